/**
 * Synthetic results for tests: a small B2B design with a loop (lost → nurture → MQL) and a
 * SimSummary built from known per-run values, so chart shaping can be checked against numbers
 * we computed ourselves (no engine needed).
 */
import { FunnelDocument, KPI_NAMES, type KpiName } from '$lib/model/schema';
import type { Band, SimSummary, Summary } from '$lib/sim/types';
import { equalWidthHistogram, quantileSorted } from '$lib/ui/results/shape/compare';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function summarize(values: number[]): Summary {
  const defined = values.filter(Number.isFinite);
  const sorted = Float64Array.from(defined).sort();
  const n = sorted.length;
  const mean = n ? defined.reduce((a, b) => a + b, 0) / n : 0;
  const sd = n > 1 ? Math.sqrt(defined.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const q = (p: number) => (n ? quantileSorted(sorted, p) : 0);
  return {
    n,
    undefinedRuns: values.length - n,
    mean,
    p5: q(0.05),
    p10: q(0.1),
    p25: q(0.25),
    p50: q(0.5),
    p75: q(0.75),
    p90: q(0.9),
    p95: q(0.95),
    min: n ? sorted[0] : 0,
    max: n ? sorted[n - 1] : 0,
    sd,
    histogram: equalWidthHistogram(sorted, 20),
  };
}

export const b2bDoc = (): FunnelDocument =>
  FunnelDocument.parse({
    format: 'funnel-lab',
    version: 1,
    meta: { title: 'B2B test', currency: 'EUR' },
    settings: { periodUnit: 'week', periods: 8, runs: 200, seed: 7 },
    nodes: [
      { id: 'paid', kind: 'source', label: 'Paid search', position: { x: 0, y: 0 }, channel: 'paid-search', volume: { type: 'uniform', low: 80, high: 120 }, cost: { perUnit: { type: 'fixed', value: 2 } } },
      { id: 'seo', kind: 'source', label: 'SEO', position: { x: 0, y: 100 }, channel: 'seo', volume: { type: 'fixed', value: 50 } },
      { id: 'landing', kind: 'stage', label: 'Landing page', position: { x: 200, y: 0 }, phase: 'interest' },
      { id: 'mql', kind: 'stage', label: 'MQL', position: { x: 400, y: 0 }, milestone: 'mql', phase: 'consideration' },
      { id: 'sql', kind: 'stage', label: 'SQL', position: { x: 600, y: 0 }, milestone: 'sql', phase: 'evaluation', delay: { type: 'fixed', value: 1 } },
      { id: 'won', kind: 'outcome', label: 'Won', position: { x: 800, y: 0 }, result: 'won', value: { type: 'fixed', value: 1000 } },
      { id: 'lost', kind: 'outcome', label: 'Lost', position: { x: 800, y: 100 }, result: 'lost' },
      { id: 'nurture', kind: 'stage', label: 'Nurture', position: { x: 600, y: 200 }, phase: 'retention', delay: { type: 'fixed', value: 2 } },
      { id: 'note', kind: 'note', label: 'A note', position: { x: 0, y: 300 }, text: 'hello' },
    ],
    edges: [
      { id: 'e1', source: 'paid', target: 'landing', rate: { type: 'fixed', value: 0.5 } },
      { id: 'e2', source: 'seo', target: 'landing', rate: { type: 'fixed', value: 0.6 } },
      { id: 'e3', source: 'landing', target: 'mql', rate: { type: 'uniform', low: 0.1, high: 0.3 } },
      { id: 'e4', source: 'mql', target: 'sql', rate: { type: 'fixed', value: 0.4 } },
      { id: 'e5', source: 'sql', target: 'won', rate: { type: 'fixed', value: 0.25 } },
      { id: 'e6', source: 'sql', target: 'lost', rate: { type: 'fixed', value: 0.75 } },
      { id: 'e7', source: 'lost', target: 'nurture', rate: { type: 'fixed', value: 0.5 } },
      { id: 'e8', source: 'nurture', target: 'mql', rate: { type: 'fixed', value: 0.2 } },
    ],
    scenarios: [{ id: 'sc-1', name: 'More budget', overrides: [{ target: 'paid', field: 'volume', value: { type: 'fixed', value: 200 } }] }],
    targets: [{ metric: 'customers', atLeast: 10 }],
  });

const band = (values: number[][]): Band => {
  const periods = values[0]?.length ?? 0;
  const out: Band = { p10: [], p50: [], p90: [], mean: [] };
  for (let t = 0; t < periods; t++) {
    const s = summarize(values.map((r) => r[t]));
    out.p10.push(s.p10);
    out.p50.push(s.p50);
    out.p90.push(s.p90);
    out.mean.push(s.mean);
  }
  return out;
};

/**
 * A summary with plausible numbers: per run, arrivals ~ 1200, flows by fixed shares with noise.
 * `scale` multiplies volumes (a "more budget" scenario); `undefinedCac` runs have no customers.
 */
export function fakeSummary(doc: FunnelDocument, opts: { runs?: number; seed?: number; scale?: number; scenarioId?: string | null; undefinedCac?: number } = {}): SimSummary {
  const runs = opts.runs ?? 200;
  const rnd = mulberry32(opts.seed ?? 1);
  const scale = opts.scale ?? 1;
  const periods = doc.settings.periods;
  const per: Record<string, number[]> = {};
  const push = (k: string, v: number) => (per[k] ??= []).push(v);
  const perPeriod: Record<string, number[][]> = { revenue: [], cost: [], customers: [], cumulativeRevenue: [], cumulativeCost: [] };
  for (let r = 0; r < runs; r++) {
    const arrivals = Math.round((1000 + 400 * rnd()) * scale);
    const landing = Math.round(arrivals * 0.55);
    const mql = Math.round(landing * (0.1 + 0.2 * rnd()));
    const sql = Math.round(mql * 0.4);
    const won = r < (opts.undefinedCac ?? 0) ? 0 : Math.round(sql * 0.25);
    const lost = sql - won;
    const nurture = Math.round(lost * 0.5);
    const revenue = won * 1000;
    const cost = arrivals * 2;
    push('arrivals', arrivals);
    push('customers', won);
    push('mqls', mql);
    push('sqls', sql);
    push('revenue', revenue);
    push('cost', cost);
    push('acquisitionCost', cost);
    push('profit', revenue - cost);
    push('roi', cost ? (revenue - cost) / cost : NaN);
    push('roas', cost ? revenue / cost : NaN);
    push('cac', won ? cost / won : NaN);
    push('conversion', won / arrivals);
    push('revenuePerArrival', revenue / arrivals);
    push('ltv', 1000);
    push('ltvToCac', won ? 1000 / (cost / won) : NaN);
    push('paybackPeriod', revenue >= cost ? Math.floor(periods * 0.6) : NaN);
    push('inProgress', Math.round(sql * 0.1));
    push('n:landing', landing);
    push('n:mql', mql);
    push('n:sql', sql);
    push('n:won', won);
    push('n:lost', lost);
    push('n:nurture', nurture);
    push('n:paid', Math.round(arrivals * 0.7));
    push('n:seo', arrivals - Math.round(arrivals * 0.7));
    push('d:landing', arrivals - landing);
    push('d:mql', mql - sql);
    push('e:e1', Math.round(arrivals * 0.35));
    push('e:e2', landing - Math.round(arrivals * 0.35));
    push('e:e3', mql);
    push('e:e4', sql);
    push('e:e5', won);
    push('e:e6', lost);
    push('e:e7', nurture);
    push('e:e8', Math.round(nurture * 0.2));
    const rev: number[] = [];
    const cst: number[] = [];
    const cus: number[] = [];
    for (let t = 0; t < periods; t++) {
      cus.push(Math.round((won / periods) * (0.5 + rnd())));
      rev.push(cus[t] * 1000);
      cst.push(cost / periods);
    }
    perPeriod.revenue.push(rev);
    perPeriod.cost.push(cst);
    perPeriod.customers.push(cus);
    const cum = (xs: number[]) => xs.map(((s) => (v: number) => (s += v))(0));
    perPeriod.cumulativeRevenue.push(cum(rev));
    perPeriod.cumulativeCost.push(cum(cst));
  }
  const zero = () => new Array<number>(runs).fill(0);
  const kpis = {} as Record<KpiName, Summary>;
  for (const k of KPI_NAMES) kpis[k] = summarize(per[k] ?? zero());
  const nodes: SimSummary['nodes'] = {};
  for (const n of doc.nodes) {
    if (n.kind === 'note' || n.kind === 'phase-band') continue;
    nodes[n.id] = {
      entered: summarize(per[`n:${n.id}`] ?? zero()),
      dropOff: summarize(per[`d:${n.id}`] ?? zero()),
      inProgress: summarize(zero()),
      revenue: summarize(n.id === 'won' ? per.revenue : zero()),
      cost: summarize(n.id === 'paid' ? per.cost : zero()),
    };
  }
  const edges: SimSummary['edges'] = {};
  for (const e of doc.edges) edges[e.id] = { flow: summarize(per[`e:${e.id}`] ?? zero()) };
  const entered: Record<string, Band> = {};
  for (const id of Object.keys(nodes)) entered[id] = band(perPeriod.customers.map((row) => row.map((v) => v * 3)));
  return {
    runs,
    seed: doc.settings.seed,
    scenarioId: opts.scenarioId ?? null,
    periods,
    kpis,
    nodes,
    edges,
    perPeriod: {
      revenue: band(perPeriod.revenue),
      cost: band(perPeriod.cost),
      customers: band(perPeriod.customers),
      cumulativeRevenue: band(perPeriod.cumulativeRevenue),
      cumulativeCost: band(perPeriod.cumulativeCost),
      entered,
    },
    targets: doc.targets.map((t) => ({ ...t, probability: (per.customers ?? []).filter((v) => v >= (t.atLeast ?? -Infinity)).length / runs })),
    sensitivity: {
      customers: [
        { target: 'e3', field: 'rate', label: 'Landing page → MQL rate', rho: 0.82 },
        { target: 'paid', field: 'volume', label: 'Paid search volume', rho: 0.41 },
        { target: 'e5', field: 'rate', label: 'SQL → Won rate', rho: -0.05 },
      ],
      profit: [{ target: 'paid', field: 'cost.perUnit', label: 'Paid search cost per unit', rho: -0.6 }],
    },
    undefinedRatios: { cac: kpis.cac.undefinedRuns, ltvToCac: kpis.ltvToCac.undefinedRuns, paybackPeriod: kpis.paybackPeriod.undefinedRuns },
  };
}
