import { describe, expect, it } from 'vitest';
import { b2bDoc } from './fixtures';
import { BOX_H, BOX_W, sketchOf } from '$lib/ui/results/report/sketch';
import { assumptionRows, distWords } from '$lib/ui/results/report/assumptions';

describe('report: funnel picture', () => {
  it('lays the funnel out top to bottom inside its bounds, with a route per edge', () => {
    const doc = b2bDoc();
    const sk = sketchOf(doc);
    expect(sk.nodes.map((n) => n.id).sort()).toEqual(['landing', 'lost', 'mql', 'nurture', 'paid', 'seo', 'sql', 'won']);
    for (const n of sk.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + BOX_W).toBeLessThanOrEqual(sk.width + 0.5);
      expect(n.y + BOX_H).toBeLessThanOrEqual(sk.height + 0.5);
    }
    const y = (id: string) => sk.nodes.find((n) => n.id === id)!.y;
    expect(y('paid')).toBeLessThan(y('landing'));
    expect(y('landing')).toBeLessThan(y('mql'));
    expect(y('sql')).toBeLessThan(y('won'));
    expect(sk.edges).toHaveLength(doc.edges.length);
    for (const e of sk.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
    expect(sk.nodes.find((n) => n.id === 'won')!.kind).toBe('won');
    expect(sketchOf({ ...doc, nodes: [], edges: [] }).nodes).toEqual([]);
  });
});

describe('report: assumptions', () => {
  it('lists every uncertain number with its distribution, leaving out zero costs', () => {
    const doc = b2bDoc();
    const rows = assumptionRows(doc);
    expect(rows.find((r) => r.id === 'paid' && r.field === 'volume')!.dist).toEqual({ type: 'uniform', low: 80, high: 120 });
    expect(rows.find((r) => r.id === 'e3')!.element).toBe('Landing page → MQL');
    expect(rows.some((r) => r.field === 'cost.fixedPerPeriod')).toBe(false);
    expect(rows.find((r) => r.id === 'sql' && r.field === 'delay')).toBeTruthy();
    const f = (v: number) => `${v}`;
    const name = (t: string) => t;
    const of = (s: string, n: string) => `${s} of ${n}`;
    expect(distWords({ type: 'fixed', value: 3 }, f, name, of)).toBe('3');
    expect(distWords({ type: 'uniform', low: 1, high: 2 }, f, name, of)).toBe('1 – 2 (uniform)');
    expect(distWords({ type: 'pert', low: 1, mode: 2, high: 4 }, f, name, of)).toBe('1 / 2 / 4 (pert)');
    expect(distWords({ type: 'beta', successes: 45, trials: 90 }, f, name, of)).toBe('45 of 90 (beta)');
  });
});
