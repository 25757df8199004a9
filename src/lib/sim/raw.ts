/**
 * Per-run outputs of the engine, as flat typed arrays. Column-major: the value of column c for the
 * j-th run of the block sits at c·stride + j, so one KPI or one node's entered counts over all
 * runs is a contiguous slice. Blocks of consecutive runs merge by copying columns into place, so
 * any chunking gives exactly the arrays of a single call.
 *
 * Per-period series (entered per node, revenue, cost, customers) are recorded only for runs with
 * index below `bandRuns`: they feed the fan charts, and storing them for every run of a large
 * simulation would take gigabytes. They are run-major: revenue, cost and customers of band run
 * j, period t at j·periods + t (the layout of `stats/bands.ts`); entered of node i at
 * (j·n + i)·periods + t, so each run writes one contiguous block while it runs.
 */
import { KPI_COUNT, type Plan } from './plan';

export interface RawResults {
  seed: number;
  /** Index of the first run in this block and how many runs hold data. */
  firstRun: number;
  count: number;
  /** Column length (≥ count): a block may be allocated for more runs than are done yet. */
  stride: number;
  n: number;
  m: number;
  /** Number of uncertain parameters (columns of `params`). */
  u: number;
  periods: number;
  /** Runs with index < bandRuns record per-period series. */
  bandRuns: number;
  /** Band runs held by this block (from firstRun) and how many it has room for. */
  bandCount: number;
  bandStride: number;

  /** KPI values in the order of KPI_NAMES, and 1 where the value is defined. */
  kpi: Float64Array;
  kpiDefined: Uint8Array;
  entered: Float32Array;
  dropOff: Float32Array;
  inProgress: Float32Array;
  nodeRevenue: Float32Array;
  nodeCost: Float32Array;
  flow: Float32Array;
  /** Sampled values of the uncertain parameters (plan.uncertain order). */
  params: Float64Array;

  periodEntered: Float32Array;
  periodRevenue: Float32Array;
  periodCost: Float32Array;
  periodCustomers: Float32Array;
}

/** Band runs a block starting at `firstRun` with `count` runs holds. */
export function bandCountOf(firstRun: number, count: number, bandRuns: number): number {
  return Math.max(0, Math.min(count, bandRuns - firstRun));
}

/**
 * Runs whose per-period series feed the fan charts. From 2,000 runs a P10 or P90 has a standard
 * error of about 1.5 % of the P10–P90 spread (for a normal-like spread) — invisible in a chart —
 * while recording and summarising the series of every run of a large simulation would cost
 * seconds and hundreds of megabytes.
 */
export const MAX_BAND_RUNS = 2_000;
/** Cells of per-period series kept at most (about 64 MB of Float32), for very wide designs. */
const BAND_CELL_BUDGET = 16_000_000;
const MIN_BAND_RUNS = 20;

/** How many runs record per-period series when `runs` runs are simulated. */
export function defaultBandRuns(plan: Plan, runs: number): number {
  const perRun = (plan.n + 3) * plan.periods;
  return Math.min(runs, MAX_BAND_RUNS, Math.max(MIN_BAND_RUNS, Math.floor(BAND_CELL_BUDGET / perRun)));
}

export function allocRaw(plan: Plan, seed: number, firstRun: number, stride: number, bandRuns: number): RawResults {
  const { n, m, periods } = plan;
  const u = plan.uncertain.length;
  const bandStride = bandCountOf(firstRun, stride, bandRuns);
  // Every KPI starts out defined: the engine only clears the flag of a ratio whose denominator
  // is zero (or a value that overflowed) — one store per run and ratio saved, each in a column of
  // its own.
  const kpiDefined = new Uint8Array(KPI_COUNT * stride).fill(1);
  return {
    seed,
    firstRun,
    count: 0,
    stride,
    n,
    m,
    u,
    periods,
    bandRuns,
    bandCount: 0,
    bandStride,
    kpi: new Float64Array(KPI_COUNT * stride),
    kpiDefined,
    entered: new Float32Array(n * stride),
    dropOff: new Float32Array(n * stride),
    inProgress: new Float32Array(n * stride),
    nodeRevenue: new Float32Array(n * stride),
    nodeCost: new Float32Array(n * stride),
    flow: new Float32Array(m * stride),
    params: new Float64Array(u * stride),
    periodEntered: new Float32Array(n * bandStride * periods),
    periodRevenue: new Float32Array(bandStride * periods),
    periodCost: new Float32Array(bandStride * periods),
    periodCustomers: new Float32Array(bandStride * periods),
  };
}

type Columns = Float64Array | Float32Array | Uint8Array;

function copyColumns(dst: Columns, dstStride: number, dstAt: number, src: Columns, srcStride: number, count: number, cols: number) {
  for (let c = 0; c < cols; c++) dst.set(src.subarray(c * srcStride, c * srcStride + count), c * dstStride + dstAt);
}

/**
 * Copies the runs of `part` into `into` (which must cover them). Used by the pool to assemble
 * chunks as they arrive and by mergeRaw.
 */
export function writeRawInto(into: RawResults, part: RawResults): void {
  const at = part.firstRun - into.firstRun;
  if (at < 0 || at + part.count > into.stride) throw new RangeError('block outside the target results');
  if (part.n !== into.n || part.m !== into.m || part.u !== into.u || part.periods !== into.periods || part.bandRuns !== into.bandRuns || part.seed !== into.seed) {
    throw new Error('results of different plans or seeds cannot be merged');
  }
  const { n, m, u, periods } = part;
  const cnt = part.count;
  copyColumns(into.kpi, into.stride, at, part.kpi, part.stride, cnt, KPI_COUNT);
  copyColumns(into.kpiDefined, into.stride, at, part.kpiDefined, part.stride, cnt, KPI_COUNT);
  for (const key of ['entered', 'dropOff', 'inProgress', 'nodeRevenue', 'nodeCost'] as const) {
    copyColumns(into[key], into.stride, at, part[key], part.stride, cnt, n);
  }
  copyColumns(into.flow, into.stride, at, part.flow, part.stride, cnt, m);
  copyColumns(into.params, into.stride, at, part.params, part.stride, cnt, u);
  const bc = part.bandCount;
  if (bc > 0) {
    into.periodEntered.set(part.periodEntered.subarray(0, bc * n * periods), at * n * periods);
    for (const key of ['periodRevenue', 'periodCost', 'periodCustomers'] as const) {
      into[key].set(part[key].subarray(0, bc * periods), at * periods);
    }
  }
}

/** One block with the runs of `parts`, which must be consecutive (in any order). */
export function mergeRaw(plan: Plan, parts: RawResults[]): RawResults {
  if (!parts.length) throw new Error('nothing to merge');
  const sorted = [...parts].sort((a, b) => a.firstRun - b.firstRun);
  const first = sorted[0].firstRun;
  let next = first;
  for (const p of sorted) {
    if (p.firstRun !== next) throw new Error(`runs ${next}…${p.firstRun - 1} are missing`);
    next += p.count;
  }
  const out = allocRaw(plan, sorted[0].seed, first, next - first, sorted[0].bandRuns);
  for (const p of sorted) writeRawInto(out, p);
  out.count = next - first;
  out.bandCount = bandCountOf(first, out.count, out.bandRuns);
  return out;
}

/** The first `count` runs of a block, without copying (for partial summaries). */
export function prefixRaw(raw: RawResults, count: number): RawResults {
  const c = Math.min(count, raw.count);
  return { ...raw, count: c, bandCount: bandCountOf(raw.firstRun, c, raw.bandRuns) };
}

/**
 * Runs 0 … count−1 gathered from blocks that cover them (in any order; blocks may reach beyond
 * count) into a new block with buffers of its own, keeping per-period series for at most
 * `maxBandRuns` runs (a partial picture's fan charts need few).
 */
export function gatherRuns(plan: Plan, parts: readonly RawResults[], count: number, maxBandRuns = Infinity): RawResults {
  if (!parts.length) throw new Error('nothing to gather');
  const bandRuns = Math.min(parts[0].bandRuns, maxBandRuns);
  const out = allocRaw(plan, parts[0].seed, 0, count, bandRuns);
  const { n, m, u, periods } = out;
  let covered = 0;
  for (const p of parts) {
    const len = Math.min(p.count, count - p.firstRun);
    if (len <= 0) continue;
    covered += len;
    const at = p.firstRun;
    copyColumns(out.kpi, count, at, p.kpi, p.stride, len, KPI_COUNT);
    copyColumns(out.kpiDefined, count, at, p.kpiDefined, p.stride, len, KPI_COUNT);
    for (const key of ['entered', 'dropOff', 'inProgress', 'nodeRevenue', 'nodeCost'] as const) copyColumns(out[key], count, at, p[key], p.stride, len, n);
    copyColumns(out.flow, count, at, p.flow, p.stride, len, m);
    copyColumns(out.params, count, at, p.params, p.stride, len, u);
    const bc = Math.min(p.bandCount, out.bandStride - at, len);
    if (bc > 0) {
      out.periodEntered.set(p.periodEntered.subarray(0, bc * n * periods), at * n * periods);
      for (const key of ['periodRevenue', 'periodCost', 'periodCustomers'] as const) out[key].set(p[key].subarray(0, bc * periods), at * periods);
    }
  }
  if (covered !== count) throw new Error(`blocks cover ${covered} of runs 0…${count - 1}`);
  out.count = count;
  out.bandCount = bandCountOf(0, count, bandRuns);
  return out;
}

/** KPI values of the first `max` runs, column-major (KPI c of run j at c·count + j), NaN where undefined. */
export function perRunKpis(raw: RawResults, max: number): { count: number; values: Float64Array } {
  const count = Math.min(raw.count, max);
  const values = new Float64Array(KPI_COUNT * count);
  for (let c = 0; c < KPI_COUNT; c++) {
    for (let j = 0; j < count; j++) values[c * count + j] = raw.kpiDefined[c * raw.stride + j] ? raw.kpi[c * raw.stride + j] : NaN;
  }
  return { count, values };
}

/** The buffers of a block, for postMessage's transfer list. */
export function rawBuffers(raw: RawResults): ArrayBuffer[] {
  return [
    raw.kpi, raw.kpiDefined, raw.entered, raw.dropOff, raw.inProgress, raw.nodeRevenue, raw.nodeCost, raw.flow,
    raw.params, raw.periodEntered, raw.periodRevenue, raw.periodCost, raw.periodCustomers,
  ].map((a) => a.buffer as ArrayBuffer);
}
