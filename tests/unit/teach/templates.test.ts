import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n';
import { createTranslator } from '$lib/i18n/translate';
import { FunnelDocument, type FunnelDocument as Doc, type Node } from '$lib/model/schema';
import { TEMPLATES, TEMPLATE_CATEGORIES, templateById } from '$lib/model/templates';
import { NODE_H, NODE_W } from '$lib/model/templates/build';
import { validateDocument } from '$lib/model/validate';
import { graphIndex, reachableFromSources } from '$lib/model/graph';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const en = createTranslator('en');
const flowNodes = (doc: Doc) => doc.nodes.filter((n) => n.kind === 'source' || n.kind === 'stage' || n.kind === 'outcome');
const texts = (doc: Doc): string[] => [
  doc.meta.title,
  doc.meta.description,
  ...doc.nodes.flatMap((n) => [n.label, n.notes ?? '', ...(n.kind === 'stage' ? n.content.map((c) => c.title) : []), n.kind === 'note' ? n.text : '']),
  ...doc.edges.map((e) => e.label ?? ''),
  ...doc.scenarios.map((s) => s.name),
];

describe('template registry', () => {
  it('has the twelve templates of issue 7, unique ids, known categories', () => {
    expect(TEMPLATES.map((x) => x.id)).toEqual([
      'blank', 'lead-magnet', 'webinar', 'email-nurture', 'event-fair', 'aida', 'six-stage', 'tofu-mofu-bofu',
      'seven-step', 'handoff', 'saas-trial', 'ecommerce',
    ]);
    for (const x of TEMPLATES) expect(['start', ...TEMPLATE_CATEGORIES]).toContain(x.category);
    for (const c of TEMPLATE_CATEGORIES) expect(TEMPLATES.some((x) => x.category === c)).toBe(true);
    expect(templateById('webinar')?.id).toBe('webinar');
    expect(templateById('nope')).toBeUndefined();
  });
  it('has a title and summary in every language', () => {
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      for (const x of TEMPLATES) {
        expect(t(x.title)).not.toBe(x.title);
        expect(t(x.description)).not.toBe(x.description);
      }
    }
  });
});

describe.each(LOCALES)('templates in %s', (locale) => {
  const t = createTranslator(locale);
  it.each(TEMPLATES.map((x) => x.id))('%s is a valid v1 document without problems', (id) => {
    const doc = templateById(id)!.build(t);
    // Parsing again changes nothing: the template is a complete, defaulted v1 document.
    expect(FunnelDocument.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    const problems = validateDocument(doc);
    if (id === 'blank') {
      expect(doc.nodes).toEqual([]);
      return;
    }
    expect(problems).toEqual([]);
    // Every text is translated: no message key leaks into the document.
    for (const s of texts(doc)) expect(s).not.toMatch(/\bteach\.[a-z-]+\./);
    expect(doc.meta.description.length).toBeGreaterThan(80);
    for (const n of flowNodes(doc)) expect(n.label.trim(), n.id).not.toBe('');
  });
});

describe.each(TEMPLATES.filter((x) => x.id !== 'blank').map((x) => x.id))('template %s', (id) => {
  const doc = templateById(id)!.build(en);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const g = graphIndex(doc);

  it('is translated: German labels differ from English ones', () => {
    const de = templateById(id)!.build(createTranslator('de'));
    expect(de.meta.title).not.toBe(doc.meta.title);
    expect(de.meta.description).not.toBe(doc.meta.description);
    // Same structure and numbers in every language.
    expect(de.nodes.map((n) => [n.id, n.kind, n.position])).toEqual(doc.nodes.map((n) => [n.id, n.kind, n.position]));
    expect(de.edges.map((e) => [e.id, e.rate])).toEqual(doc.edges.map((e) => [e.id, e.rate]));
  });

  it('has sources, a won outcome, channels and content on its stages, costs and a target', () => {
    expect(doc.nodes.some((n) => n.kind === 'source')).toBe(true);
    expect(doc.nodes.some((n) => n.kind === 'outcome' && n.result === 'won')).toBe(true);
    const stages = doc.nodes.filter((n) => n.kind === 'stage');
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const s of stages) expect(s.channels.length, s.id).toBeGreaterThan(0);
    expect(stages.filter((s) => s.content.length > 0).length).toBeGreaterThanOrEqual(stages.length - 2);
    expect(doc.targets.length).toBeGreaterThan(0);
    const costly = doc.nodes.some(
      (n) => (n.kind === 'source' && (n.cost.perUnit.type !== 'fixed' || n.cost.perUnit.value > 0 || n.cost.fixedPerPeriod.type !== 'fixed' || n.cost.fixedPerPeriod.value > 0)) || (n.kind === 'stage' && (n.cost.perLead.type !== 'fixed' || n.cost.perLead.value > 0 || n.cost.fixedPerPeriod.type !== 'fixed' || n.cost.fixedPerPeriod.value > 0)),
    );
    expect(costly).toBe(true);
    // Uncertain numbers are ranges: most edges carry a distribution, not a fixed rate.
    expect(doc.edges.filter((e) => e.rate.type !== 'fixed').length).toBeGreaterThan(doc.edges.length / 2);
    expect(reachableFromSources(doc).size).toBe(flowNodes(doc).length);
  });

  it('is laid out left to right without overlapping nodes', () => {
    const nodes = flowNodes(doc);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i].position;
        const b = nodes[j].position;
        const apart = Math.abs(a.x - b.x) >= NODE_W + 20 || Math.abs(a.y - b.y) >= NODE_H + 20;
        expect(apart, `${nodes[i].id} overlaps ${nodes[j].id}`).toBe(true);
      }
    }
    // Forward edges point right; only loop-back edges (inside a cycle) may point left.
    const reaches = (from: string, to: string): boolean => {
      const seen = new Set([from]);
      const todo = [from];
      while (todo.length) {
        const id = todo.pop()!;
        if (id === to) return true;
        for (const e of g.out.get(id) ?? []) {
          if (!seen.has(e.target)) {
            seen.add(e.target);
            todo.push(e.target);
          }
        }
      }
      return false;
    };
    for (const e of doc.edges) {
      const s = byId.get(e.source)!.position.x;
      const tx = byId.get(e.target)!.position.x;
      if (tx <= s) expect(reaches(e.target, e.source), `${e.id} points left outside a loop`).toBe(true);
    }
    // Phase bands enclose the nodes drawn on them and never overlap each other.
    const bands = doc.nodes.filter((n): n is Extract<Node, { kind: 'phase-band' }> => n.kind === 'phase-band');
    for (let i = 0; i < bands.length; i++) {
      for (let j = i + 1; j < bands.length; j++) {
        const a = bands[i];
        const b = bands[j];
        const overlapX = a.position.x < b.position.x + b.size.width && b.position.x < a.position.x + a.size.width;
        const overlapY = a.position.y < b.position.y + b.size.height && b.position.y < a.position.y + a.size.height;
        expect(overlapX && overlapY, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });
});
