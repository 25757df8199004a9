import { describe, expect, it } from 'vitest';
import { b2bDoc, fakeSummary, summarize } from './fixtures';
import { overlayDomain, shapeHistogram, stepOutline } from '$lib/ui/results/shape/histogram';
import { fanMax, shapeBreakEven, shapeFan } from '$lib/ui/results/shape/over-time';
import { backEdges, layoutSankey, shapeSankey } from '$lib/ui/results/shape/sankey';
import { shapeTornado, strengthOf } from '$lib/ui/results/shape/tornado';
import { paramLabel } from '$lib/ui/results/shape/param-label';
import { kpisFor } from '$lib/ui/results/shape/kpi-meta';
import { compareRows, pairedDiff, quantileSorted } from '$lib/ui/results/shape/compare';
import { FunnelDocument } from '$lib/model/schema';
import { summarize as simSummarize } from '$lib/sim/stats/summary';

describe('histogram', () => {
  it('turns bin edges and counts into bins with shares and densities that integrate to 1', () => {
    const s = summarize([1, 2, 2, 3, 3, 3, 4, 4, 5, 10]);
    const h = shapeHistogram(s);
    expect(h.bins.length).toBe(s.histogram.counts.length);
    expect(h.bins.reduce((a, b) => a + b.count, 0)).toBe(10);
    expect(h.bins.reduce((a, b) => a + b.share, 0)).toBeCloseTo(1, 12);
    expect(h.bins.reduce((a, b) => a + b.density * (b.x1 - b.x0), 0)).toBeCloseTo(1, 12);
    expect(h.domain).toEqual([1, 10]);
    expect(h.marks.p50).toBe(s.p50);
    expect(h.maxCount).toBe(Math.max(...s.histogram.counts));
  });

  it('gives a run of identical values a visible bin around the value', () => {
    const h = shapeHistogram(summarize([7, 7, 7]));
    expect(h.bins).toHaveLength(1);
    expect(h.bins[0].x0).toBeLessThan(7);
    expect(h.bins[0].x1).toBeGreaterThan(7);
    expect(h.bins[0].count).toBe(3);
    const zero = shapeHistogram(summarize([0, 0]));
    expect(zero.domain[0]).toBeLessThan(0);
    expect(zero.domain[1]).toBeGreaterThan(0);
  });

  it('an end bar that also holds far outliers shows their real range and count', () => {
    const values = [...Array.from({ length: 400 }, (_, i) => 100 + (i % 50)), 90_000];
    const h = shapeHistogram(simSummarize(Float64Array.from(values), values.length));
    const last = h.bins[h.bins.length - 1];
    expect(h.above).toBe(1);
    expect(h.below).toBe(0);
    expect(last.hi).toBe(90_000);
    expect(last.x1).toBeLessThan(1000);
    expect(h.domain[1]).toBe(last.x1);
    expect(h.bins[0].lo).toBe(h.bins[0].x0);
    expect(h.bins.reduce((a, b) => a + b.count, 0)).toBe(values.length);
  });

  it('reports undefined runs and copes with none defined', () => {
    const h = shapeHistogram(summarize([NaN, NaN, 4]));
    expect(h.undefinedRuns).toBe(2);
    const none = shapeHistogram(summarize([NaN]));
    expect(none.bins).toEqual([]);
    expect(none.n).toBe(0);
  });

  it('overlays histograms on a shared domain with step outlines closed at zero', () => {
    const a = { name: 'a', data: shapeHistogram(summarize([1, 2, 3, 4])) };
    const b = { name: 'b', data: shapeHistogram(summarize([3, 5, 8, 9])) };
    const o = overlayDomain([a, b]);
    expect(o.domain).toEqual([1, 9]);
    expect(o.maxDensity).toBe(Math.max(a.data.maxDensity, b.data.maxDensity));
    const pts = stepOutline(a.data);
    expect(pts[0]).toEqual([1, 0]);
    expect(pts.at(-1)).toEqual([4, 0]);
    expect(pts.length).toBe(2 * a.data.bins.length + 2);
  });
});

describe('over time', () => {
  const doc = b2bDoc();
  const summary = fakeSummary(doc);
  it('shapes a band into one point per period', () => {
    const pts = shapeFan(summary.perPeriod.revenue);
    expect(pts).toHaveLength(doc.settings.periods);
    for (const p of pts) expect(p.p10).toBeLessThanOrEqual(p.p90);
    expect(pts[3]).toEqual({ t: 3, p10: summary.perPeriod.revenue.p10[3], p50: summary.perPeriod.revenue.p50[3], p90: summary.perPeriod.revenue.p90[3], mean: summary.perPeriod.revenue.mean[3] });
    expect(fanMax(pts)).toBe(Math.max(...pts.map((p) => p.p90)));
    expect(fanMax([])).toBe(1);
  });

  it('finds the first period where median cumulative revenue reaches median cumulative cost', () => {
    const s = structuredClone(summary);
    s.perPeriod.cumulativeRevenue.p50 = [0, 50, 150, 300, 500, 700, 900, 1100];
    s.perPeriod.cumulativeCost.p50 = [100, 200, 300, 300, 400, 500, 600, 700];
    expect(shapeBreakEven(s).breakEven).toBe(3);
    s.perPeriod.cumulativeRevenue.p50 = s.perPeriod.cumulativeRevenue.p50.map(() => 0);
    expect(shapeBreakEven(s).breakEven).toBeNull();
    // Nothing spent, nothing earned: not a break-even.
    s.perPeriod.cumulativeCost.p50 = s.perPeriod.cumulativeCost.p50.map(() => 0);
    expect(shapeBreakEven(s).breakEven).toBeNull();
  });

  it('reports the share of runs that pay back', () => {
    const s = structuredClone(summary);
    s.kpis.paybackPeriod = summarize([3, 4, NaN, NaN]);
    expect(shapeBreakEven(s).paidBackShare).toBe(0.5);
  });
});

describe('sankey', () => {
  const doc = b2bDoc();
  const summary = fakeSummary(doc);

  it('finds the edge that closes the loop lost → nurture → MQL', () => {
    expect([...backEdges(doc)]).toEqual(['e8']);
  });

  it('treats a two-node cycle and unreachable cycles', () => {
    const d = FunnelDocument.parse({
      format: 'funnel-lab', version: 1,
      nodes: [
        { id: 's', kind: 'source', label: 'S', position: { x: 0, y: 0 }, channel: 'seo', volume: { type: 'fixed', value: 1 } },
        { id: 'a', kind: 'stage', label: 'A', position: { x: 0, y: 0 }, delay: { type: 'fixed', value: 1 } },
        { id: 'b', kind: 'stage', label: 'B', position: { x: 0, y: 0 } },
        { id: 'x', kind: 'stage', label: 'X', position: { x: 0, y: 0 }, delay: { type: 'fixed', value: 1 } },
        { id: 'y', kind: 'stage', label: 'Y', position: { x: 0, y: 0 } },
      ],
      edges: [
        { id: 'sa', source: 's', target: 'a', rate: { type: 'fixed', value: 1 } },
        { id: 'ab', source: 'a', target: 'b', rate: { type: 'fixed', value: 0.5 } },
        { id: 'ba', source: 'b', target: 'a', rate: { type: 'fixed', value: 0.5 } },
        { id: 'xy', source: 'x', target: 'y', rate: { type: 'fixed', value: 0.5 } },
        { id: 'yx', source: 'y', target: 'x', rate: { type: 'fixed', value: 0.5 } },
      ],
    });
    expect([...backEdges(d)].sort()).toEqual(['ba', 'yx']);
  });

  it('uses median flows, adds drop-off ends for sources and stages only, and keeps loops out of the layout', () => {
    const g = shapeSankey(doc, summary, 'p50', 'Drop-off');
    expect(g.loops.map((l) => l.id)).toEqual(['e8']);
    expect(g.links.find((l) => l.id === 'e3')!.value).toBe(summary.edges.e3.flow.p50);
    expect(g.links.find((l) => l.id === 'drop:landing')!.value).toBe(summary.nodes.landing.dropOff.p50);
    expect(g.nodes.some((n) => n.id === 'drop:won' || n.id === 'drop:lost')).toBe(false);
    expect(g.nodes.some((n) => n.id === 'note')).toBe(false);
    expect(g.nodes.find((n) => n.id === 'drop:landing')!.label).toBe('Drop-off');
    expect(g.nodes.find((n) => n.id === 'won')!.color).toBe('var(--kind-won)');
    expect(g.nodes.find((n) => n.id === 'mql')!.color).toBe('var(--phase-consideration)');
  });

  it('lays out a cyclic design without throwing, outcomes in the last column, the loop as an arc', () => {
    const lay = layoutSankey(shapeSankey(doc, summary), 800, 320);
    expect(lay.nodes.length).toBeGreaterThan(5);
    const won = lay.nodes.find((n) => n.id === 'won')!;
    const maxX = Math.max(...lay.nodes.map((n) => n.x1 ?? 0));
    expect(won.x1).toBe(maxX);
    const dropLanding = lay.nodes.find((n) => n.id === 'drop:landing')!;
    const landing = lay.nodes.find((n) => n.id === 'landing')!;
    expect(dropLanding.depth).toBe((landing.depth ?? 0) + 1);
    for (const n of lay.nodes) {
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(320);
    }
    expect(lay.loops).toHaveLength(1);
    expect(lay.loops[0].path).toMatch(/^M[\d.]+,[\d.]+ C/);
    expect(lay.loops[0].width).toBeGreaterThan(0);
  });

  it('draws nothing for a result without flow', () => {
    const s = structuredClone(summary);
    for (const e of Object.values(s.edges)) e.flow = summarize([0, 0]);
    for (const n of Object.values(s.nodes)) n.dropOff = summarize([0, 0]);
    const g = shapeSankey(doc, s);
    expect(g.links).toEqual([]);
    expect(g.nodes).toEqual([]);
    expect(layoutSankey(g, 600, 300).nodes).toEqual([]);
  });
});

describe('tornado', () => {
  const doc = b2bDoc();
  const summary = fakeSummary(doc);
  const names = { rate: 'rate', volume: 'volume', 'cost.perUnit': 'cost per unit' } as Record<string, string>;
  const label = (e: Parameters<typeof paramLabel>[0]) => paramLabel(e, doc, (f) => names[f] ?? f);

  it('sorts by absolute correlation, keeps at most ten, and names parameters in words', () => {
    const rows = shapeTornado(summary.sensitivity.customers, label);
    expect(rows.map((r) => r.rho)).toEqual([0.82, 0.41, -0.05]);
    expect(rows[0].label).toBe('Landing page → MQL: rate');
    expect(rows[1].label).toBe('Paid search: volume');
    const many = Array.from({ length: 14 }, (_, i) => ({ target: 'paid', field: 'volume' as const, label: `p${i}`, rho: (i % 2 ? -1 : 1) * i / 20 }));
    const top = shapeTornado(many, (e) => e.label);
    expect(top).toHaveLength(10);
    expect(Math.abs(top[0].rho)).toBe(13 / 20);
    expect(shapeTornado(undefined, label)).toEqual([]);
  });

  it('falls back to the engine label for parameters no longer in the design and names strength', () => {
    expect(label({ target: 'gone', field: 'rate', label: 'Old → Gone rate' })).toBe('Old → Gone rate');
    expect(strengthOf(-0.7)).toBe('strong');
    expect(strengthOf(0.3)).toBe('moderate');
    expect(strengthOf(0.05)).toBe('weak');
  });
});

describe('KPI cards', () => {
  it('shows milestone counts only where stages carry them', () => {
    const doc = b2bDoc();
    const k = kpisFor(doc);
    expect(k).toContain('mqls');
    expect(k).toContain('sqls');
    expect(k).not.toContain('leads');
    expect(k).not.toContain('cpl');
    expect(k).not.toContain('opportunities');
    expect(k.slice(0, 4)).toEqual(['customers', 'revenue', 'cost', 'profit']);
  });
});

describe('comparison', () => {
  it('computes P50 deltas and whether they go the good way', () => {
    const doc = b2bDoc();
    const base = fakeSummary(doc, { seed: 1 });
    const more = fakeSummary(doc, { seed: 1, scale: 1.5 });
    const rows = compareRows(['customers', 'cost', 'cac'], [base, more]);
    const customers = rows.find((r) => r.kpi === 'customers')!;
    expect(customers.cells[1].delta).toBeCloseTo(more.kpis.customers.p50 - base.kpis.customers.p50, 9);
    expect(customers.cells[1].better).toBe(true);
    const cost = rows.find((r) => r.kpi === 'cost')!;
    expect(cost.cells[1].better).toBe(false);
    expect(cost.cells[0].delta).toBeUndefined();
  });

  it('pairs runs: difference percentiles, chance to beat the base, undefined runs left out', () => {
    const base = [10, 20, 30, 40, NaN, 60];
    const other = [12, 18, 30, 45, 50, NaN];
    const d = pairedDiff(base, other, true);
    expect(d.n).toBe(4);
    expect(d.excluded).toBe(2);
    expect(d.pBetter).toBe(0.5); // +2, +5
    expect(d.pWorse).toBe(0.25); // −2
    expect(d.pSame).toBe(0.25); // 0
    expect(d.mean).toBeCloseTo((2 - 2 + 0 + 5) / 4, 12);
    expect(d.p50).toBe(quantileSorted(Float64Array.from([-2, 0, 2, 5]), 0.5));
    expect(d.histogram.counts.reduce((a, b) => a + b, 0)).toBe(4);
    // For a cost, lower is better: the same numbers flip.
    const c = pairedDiff(base, other, false);
    expect(c.pBetter).toBe(0.25);
    expect(c.pWorse).toBe(0.5);
  });

  it('quantiles interpolate between order statistics', () => {
    const s = Float64Array.from([1, 2, 3, 4, 5]);
    expect(quantileSorted(s, 0)).toBe(1);
    expect(quantileSorted(s, 0.5)).toBe(3);
    expect(quantileSorted(s, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileSorted(s, 1)).toBe(5);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });
});
