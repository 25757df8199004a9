import { describe, expect, it } from 'vitest';
import { BENCHMARKS, benchmarkForEdge, combinedPipelineRate, compareToBenchmark, funnelLevel } from '$lib/model/benchmarks';
import { FunnelDocument, type FunnelDocumentInput } from '$lib/model/schema';

const f = (value: number) => ({ type: 'fixed', value }) as const;
function doc(nodes: FunnelDocumentInput['nodes'], edges: [string, string][] = []) {
  return FunnelDocument.parse({
    format: 'funnel-lab',
    version: 1,
    nodes,
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target, rate: f(0.2) })),
  });
}
const pos = { x: 0, y: 0 };
const stage = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'stage' as const, label: id, position: pos, ...extra });

describe('benchmarks data', () => {
  it('holds the ranges of DESIGN.md §7.3 as fractions with a note each', () => {
    const get = (id: string) => BENCHMARKS.find((b) => b.id === id)!;
    expect([get('visitor-lead').low, get('visitor-lead').high]).toEqual([0.01, 0.05]);
    expect([get('landing-lead').low, get('landing-lead').high]).toEqual([0.05, 0.15]);
    expect([get('lead-mql').low, get('lead-mql').high]).toEqual([0.15, 0.4]);
    expect([get('mql-sql').low, get('mql-sql').high]).toEqual([0.12, 0.6]);
    expect(get('mql-sql').segments!.map((s) => [s.id, s.typical])).toEqual([
      ['demo-request', 0.45], ['events', 0.25], ['content-webinar', 0.15], ['paid-lead-forms', 0.12],
    ]);
    expect([get('sql-opportunity').low, get('sql-opportunity').high]).toEqual([0.3, 0.8]);
    expect([get('opportunity-won').low, get('opportunity-won').high]).toEqual([0.1, 0.35]);
    expect(get('webinar-attendance').typical).toBeCloseTo(1 / 3);
    expect(get('email-click').typical).toBe(0.03);
    for (const b of BENCHMARKS) {
      expect(b.note.length).toBeGreaterThan(10);
      if (b.low !== undefined) expect(b.low).toBeLessThan(b.high!);
    }
  });
});

describe('benchmarkForEdge', () => {
  const d = doc(
    [
      { id: 'ads', kind: 'source', label: 'Ads', position: pos, channel: 'paid-search', volume: f(100) },
      { id: 'fair', kind: 'source', label: 'Fair', position: pos, channel: 'trade-fair', volume: f(100) },
      stage('lp', { preset: 'landing-page' }),
      stage('lead', { milestone: 'lead' }),
      stage('mql', { milestone: 'mql' }),
      stage('sal', { milestone: 'sal' }),
      stage('sql', { milestone: 'sql' }),
      stage('opp', { milestone: 'opportunity' }),
      { id: 'won', kind: 'outcome', label: 'Won', position: pos, result: 'won' },
      { id: 'lost', kind: 'outcome', label: 'Lost', position: pos, result: 'lost' },
      stage('web', { preset: 'webinar' }),
      stage('mail', { preset: 'email-sequence' }),
      stage('plain'),
    ],
    [['ads', 'lp'], ['lp', 'lead'], ['fair', 'lead'], ['lead', 'mql'], ['mql', 'sal'], ['sal', 'sql'], ['mql', 'sql'], ['sql', 'opp'], ['opp', 'won'], ['opp', 'lost'], ['web', 'plain'], ['mail', 'plain'], ['plain', 'won']],
  );
  const match = (source: string, target: string) => benchmarkForEdge(d, { source, target });

  it('finds the published step between two milestones', () => {
    expect(match('lead', 'mql')?.benchmark.id).toBe('lead-mql');
    expect(match('mql', 'sql')).toMatchObject({ scope: 'direct', benchmark: { id: 'mql-sql' } });
    expect(match('sql', 'opp')?.benchmark.id).toBe('sql-opportunity');
    expect(match('opp', 'won')?.benchmark.id).toBe('opportunity-won');
  });
  it('relates both halves of MQL → SAL → SQL to the MQL → SQL range', () => {
    expect(match('mql', 'sal')).toMatchObject({ scope: 'part', benchmark: { id: 'mql-sql' } });
    expect(match('sal', 'sql')).toMatchObject({ scope: 'part', benchmark: { id: 'mql-sql' } });
  });
  it('knows visitors, landing pages, webinars and email sequences', () => {
    expect(match('fair', 'lead')?.benchmark.id).toBe('visitor-lead');
    expect(match('lp', 'lead')?.benchmark.id).toBe('landing-lead');
    expect(match('web', 'plain')?.benchmark.id).toBe('webinar-attendance');
    expect(match('mail', 'plain')?.benchmark.id).toBe('email-click');
  });
  it('gives nothing where no published rate applies', () => {
    expect(match('ads', 'lp')).toBeNull();
    expect(match('opp', 'lost')).toBeNull();
    expect(match('plain', 'won')).toBeNull();
    expect(match('lead', 'sql')).toBeNull();
    expect(match('missing', 'won')).toBeNull();
  });
  it('points out the MQL → SQL medians of the lead sources upstream', () => {
    expect(match('mql', 'sql')!.segments.map((s) => s.id).sort()).toEqual(['events', 'paid-lead-forms']);
    const demo = doc([stage('d', { preset: 'demo' }), stage('m', { milestone: 'mql' }), stage('s', { milestone: 'sql' })], [['d', 'm'], ['m', 's']]);
    expect(benchmarkForEdge(demo, { source: 'm', target: 's' })!.segments.map((s) => s.id)).toEqual(['demo-request']);
  });
  it('tells the funnel level of a node', () => {
    expect(d.nodes.map(funnelLevel)).toEqual(['visitor', 'visitor', 'landing', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'won', null, null, null, null]);
  });
});

describe('compareToBenchmark', () => {
  const b = BENCHMARKS.find((x) => x.id === 'mql-sql')!;
  it('places a rate below, within or above the range', () => {
    expect(compareToBenchmark(0.05, b)).toBe('below');
    expect(compareToBenchmark(0.3, b)).toBe('within');
    expect(compareToBenchmark(0.12, b)).toBe('within');
    expect(compareToBenchmark(0.7, b)).toBe('above');
    expect(compareToBenchmark((0.5 + 0.7) / 2, b)).toBe('within');
    expect(compareToBenchmark(0.6000001, b)).toBe('above');
    expect(compareToBenchmark(0.3, BENCHMARKS.find((x) => x.id === 'email-click')!)).toBeNull();
  });
});

describe('combinedPipelineRate', () => {
  const d = FunnelDocument.parse({
    format: 'funnel-lab',
    version: 1,
    nodes: [stage('m', { milestone: 'mql' }), stage('a', { milestone: 'sal' }), stage('s', { milestone: 'sql' }), stage('x')],
    edges: [
      { id: 'ma', source: 'm', target: 'a', rate: { type: 'uniform', low: 0.6, high: 0.8 } },
      { id: 'as', source: 'a', target: 's', rate: f(0.5) },
      { id: 'ax', source: 'a', target: 'x', rate: f(0.1) },
    ],
  });
  it('multiplies the two halves of MQL → SAL → SQL at their means', () => {
    expect(combinedPipelineRate(d, d.edges[0])).toBeCloseTo(0.35);
    expect(combinedPipelineRate(d, d.edges[1])).toBeCloseTo(0.35);
  });
  it('gives null for other edges', () => {
    expect(combinedPipelineRate(d, d.edges[2])).toBeNull();
  });
});
