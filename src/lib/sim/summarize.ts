/**
 * RawResults → SimSummary (types.ts): KPI and per-node/edge summaries, per-period bands,
 * target probabilities, sensitivity, undefined-ratio counts.
 *
 * Written as a generator that yields between columns, so the main-thread fallback can spread a
 * large summary over several frames; `summarizeRuns` simply runs it to the end.
 */
import type { FunnelDocument, KpiName } from '$lib/model/schema';
import { KPI_NAMES } from '$lib/model/schema';
import { summarize } from './stats/summary';
import { bands } from './stats/bands';
import { ranks, spearman } from './stats/spearman';
import { KPI_INDEX, RATIO_KPIS, type Plan } from './plan';
import type { RawResults } from './raw';
import type { Band, SensitivityEntry, SimSummary, Summary, TargetResult } from './types';

/** Outputs the tornado chart can show. */
export const SENSITIVITY_OUTPUTS: readonly KpiName[] = ['profit', 'revenue', 'customers', 'cac', 'roi'];
export const SENSITIVITY_TOP = 10;
/**
 * Sensitivity uses the first runs only: runs are independent, so they are as random as any, and
 * ρ's standard error is about 1/√SENSITIVITY_MAX_RUNS ≈ 0.01 — far below what a tornado shows.
 */
export const SENSITIVITY_MAX_RUNS = 10_000;
/**
 * Per-node and per-edge summaries use at most the first 100,000 runs (their `n` says how many):
 * percentiles from 100,000 runs are already far more precise than the canvas shows, and sorting
 * hundreds of columns of a million runs would take the summary from seconds to a minute. KPIs
 * and targets always use every run.
 */
export const DETAIL_MAX_RUNS = 100_000;

const RATIO = new Set<KpiName>(RATIO_KPIS);

export function summarizeRuns(raw: RawResults, plan: Plan, doc: FunnelDocument): SimSummary {
  const steps = summarizeSteps(raw, plan, doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export function* summarizeSteps(raw: RawResults, plan: Plan, doc: FunnelDocument): Generator<void, SimSummary> {
  const count = raw.count;
  const s = raw.stride;
  const scratch = new Float64Array(count);
  const column = (a: Float64Array | Float32Array, c: number, len = count): Float64Array => {
    if (a instanceof Float64Array) return a.subarray(c * s, c * s + len);
    scratch.set(a.subarray(c * s, c * s + len));
    return scratch;
  };

  const kpis = {} as Record<KpiName, Summary>;
  const undefinedRatios: Partial<Record<KpiName, number>> = {};
  for (const name of KPI_NAMES) {
    const k = KPI_INDEX[name];
    const defined = raw.kpiDefined.subarray(k * s, k * s + count);
    kpis[name] = summarize(column(raw.kpi, k), count, RATIO.has(name) ? defined : undefined);
    if (RATIO.has(name)) undefinedRatios[name] = kpis[name].undefinedRuns;
    yield;
  }

  const detail = Math.min(count, DETAIL_MAX_RUNS);
  const nodes: SimSummary['nodes'] = {};
  for (let i = 0; i < plan.n; i++) {
    nodes[plan.ids[i]] = {
      entered: summarize(column(raw.entered, i, detail), detail),
      dropOff: summarize(column(raw.dropOff, i, detail), detail),
      inProgress: summarize(column(raw.inProgress, i, detail), detail),
      revenue: summarize(column(raw.nodeRevenue, i, detail), detail),
      cost: summarize(column(raw.nodeCost, i, detail), detail),
    };
    yield;
  }
  const edges: SimSummary['edges'] = {};
  for (let e = 0; e < plan.m; e++) {
    edges[plan.edgeIds[e]] = { flow: summarize(column(raw.flow, e, detail), detail) };
    if (e % 4 === 3) yield;
  }
  yield;

  // Per-period bands over the runs that recorded series.
  const periods = raw.periods;
  const bc = raw.bandCount;
  const series = new Float64Array(bc * periods);
  const band = (a: Float32Array, offset: number, cumulative = false): Band => {
    series.set(a.subarray(offset, offset + bc * periods));
    if (cumulative) {
      for (let j = 0; j < bc; j++) for (let t = 1; t < periods; t++) series[j * periods + t] += series[j * periods + t - 1];
    }
    return bands(series, bc, periods);
  };
  const entered: Record<string, Band> = {};
  const n = plan.n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < bc; j++) {
      const from = (j * n + i) * periods;
      for (let t = 0; t < periods; t++) series[j * periods + t] = raw.periodEntered[from + t];
    }
    entered[plan.ids[i]] = bands(series, bc, periods);
    yield;
  }
  const perPeriod: SimSummary['perPeriod'] = {
    revenue: band(raw.periodRevenue, 0),
    cost: band(raw.periodCost, 0),
    customers: band(raw.periodCustomers, 0),
    cumulativeRevenue: band(raw.periodRevenue, 0, true),
    cumulativeCost: band(raw.periodCost, 0, true),
    entered,
  };
  yield;

  // Targets: runs whose value is undefined do not meet a target.
  const targets: TargetResult[] = doc.targets.map((tg) => {
    const k = KPI_INDEX[tg.metric];
    let hit = 0;
    for (let j = 0; j < count; j++) {
      if (!raw.kpiDefined[k * s + j]) continue;
      const v = raw.kpi[k * s + j];
      if (tg.atLeast !== undefined && !(v >= tg.atLeast)) continue;
      if (tg.atMost !== undefined && !(v <= tg.atMost)) continue;
      hit++;
    }
    const out: TargetResult = { metric: tg.metric, probability: count > 0 ? hit / count : 0 };
    if (tg.atLeast !== undefined) out.atLeast = tg.atLeast;
    if (tg.atMost !== undefined) out.atMost = tg.atMost;
    return out;
  });

  const sensitivity = yield* sensitivityOf(raw, plan);

  return {
    runs: count,
    seed: raw.seed,
    scenarioId: plan.scenarioId,
    periods,
    kpis,
    nodes,
    edges,
    perPeriod,
    targets,
    sensitivity,
    undefinedRatios,
  };
}

/**
 * Spearman ρ of every uncertain parameter against each output, top SENSITIVITY_TOP by |ρ|.
 * Parameter ranks are computed once and shared by all outputs defined in every run; an output
 * with undefined runs (a ratio with a zero denominator) ranks the parameters over its defined
 * runs only.
 */
function* sensitivityOf(raw: RawResults, plan: Plan): Generator<void, Partial<Record<KpiName, SensitivityEntry[]>>> {
  const out: Partial<Record<KpiName, SensitivityEntry[]>> = {};
  const count = Math.min(raw.count, SENSITIVITY_MAX_RUNS);
  const s = raw.stride;
  const refs = Array.from(plan.uncertain, (p) => plan.paramRefs[p]);
  if (raw.u === 0 || count < 3) return out;
  const varies = (a: Float64Array) => {
    for (let j = 1; j < a.length; j++) if (a[j] !== a[0]) return true;
    return false;
  };
  const top = (paramRanks: (Float64Array | null)[], ry: Float64Array): SensitivityEntry[] => {
    const list: SensitivityEntry[] = [];
    paramRanks.forEach((rx, c) => {
      if (rx) list.push({ ...refs[c], rho: spearman(rx, ry) });
    });
    list.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho));
    return list.slice(0, SENSITIVITY_TOP);
  };
  let fullRanks: (Float64Array | null)[] | null = null;
  for (const name of SENSITIVITY_OUTPUTS) {
    const k = KPI_INDEX[name];
    const def = raw.kpiDefined.subarray(k * s, k * s + count);
    let nd = 0;
    for (let j = 0; j < count; j++) nd += def[j];
    if (nd < 3) continue;
    if (nd === count) {
      const y = raw.kpi.subarray(k * s, k * s + count);
      if (!varies(y)) continue;
      fullRanks ??= refs.map((_, c) => {
        const x = raw.params.subarray(c * s, c * s + count);
        return varies(x) ? ranks(x, count) : null;
      });
      out[name] = top(fullRanks, ranks(y, count));
    } else {
      const pick = (src: Float64Array, off: number) => {
        const v = new Float64Array(nd);
        for (let j = 0, w = 0; j < count; j++) if (def[j]) v[w++] = src[off + j];
        return v;
      };
      const y = pick(raw.kpi, k * s);
      if (!varies(y)) continue;
      const subRanks = refs.map((_, c) => {
        const x = pick(raw.params, c * s);
        return varies(x) ? ranks(x, nd) : null;
      });
      out[name] = top(subRanks, ranks(y, nd));
    }
    yield;
  }
  return out;
}
