import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument, serializeDocument } from '$lib/model/io';
import { validateDocument } from '$lib/model/validate';
import { b2bPipeline, brokenDelay, newerVersion, notFunnel } from '../../fixtures/make-fixtures';
import type { FunnelDocument } from '$lib/model/schema';

const read = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const stale = 'fixture is stale: run `npx tsx tests/fixtures/make-fixtures.ts`';

describe('fixtures', () => {
  it('b2b-pipeline is valid, canonical and complete (DESIGN.md §5 M1)', () => {
    const text = read('b2b-pipeline.funnel.json');
    expect(text, stale).toBe(serializeDocument(b2bPipeline()));
    const r = parseDocument(text);
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
    expect(r.warnings).toEqual([]);
    expect(validateDocument(r.doc)).toEqual([]);
    const d = r.doc;
    expect(d.settings).toEqual({ periodUnit: 'week', periods: 52, runs: 10000, seed: 1 });
    expect(d.nodes.filter((n) => n.kind === 'source').map((n) => n.kind === 'source' && n.channel)).toEqual(['paid-search', 'seo']);
    expect(d.nodes.filter((n) => n.kind === 'stage').map((n) => n.kind === 'stage' && n.milestone)).toEqual([
      undefined, 'lead', 'mql', 'sal', 'sql', 'opportunity', undefined,
    ]);
    const opp = d.nodes.find((n) => n.id === 'opportunity');
    expect(opp?.kind === 'stage' && opp.delay).toEqual({ type: 'uniform', low: 2, high: 6 });
    const nurture = d.nodes.find((n) => n.id === 'nurture');
    expect(nurture?.kind === 'stage' && nurture.delay).toEqual({ type: 'uniform', low: 4, high: 12 });
    expect(d.edges.some((e) => e.source === 'lost' && e.target === 'nurture')).toBe(true);
    expect(d.edges.some((e) => e.source === 'nurture' && e.target === 'mql')).toBe(true);
    expect(d.scenarios).toHaveLength(1);
    expect(d.targets).toHaveLength(1);
  });

  it('broken-delay is refused naming the stage and both values', () => {
    const text = read('broken-delay.funnel.json');
    expect(text, stale).toBe(serializeDocument(brokenDelay() as FunnelDocument));
    const r = parseDocument(text);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['nodes[3] "Webinar": delay.low (5) must not exceed delay.high (1)']);
  });

  it('newer-version is refused asking to update the app', () => {
    const text = read('newer-version.funnel.json');
    expect(text, stale).toBe(serializeDocument(newerVersion() as FunnelDocument));
    const r = parseDocument(text);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['import.newerVersion']);
  });

  it('not-funnel is valid JSON but not a Funnel Lab file', () => {
    const text = read('not-funnel.json');
    expect(JSON.parse(text)).toEqual(notFunnel);
    const r = parseDocument(text);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['This is not a Funnel Lab file (it lacks "format": "funnel-lab")']);
  });
});
