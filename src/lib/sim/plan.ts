/**
 * The compiled form of a design (DESIGN.md §4): flow nodes in a topological order, outgoing
 * edges in CSR form, and every parameter as an encoded distribution in flat typed arrays. The
 * engine and the expected-value mode run over a Plan, never over the document.
 */
import { KPI_NAMES, type KpiName } from '$lib/model/schema';
import type { ParamRef } from './types';

/** Node kinds in the plan (`kind` array). */
export const SOURCE = 0;
export const STAGE = 1;
export const WON = 2;
export const LOST = 3;

/** Edge target classes (`edgeClass` array). */
export const EDGE_TO_STAGE = 0;
export const EDGE_TO_CAPACITY = 1;
export const EDGE_TO_WON = 2;
export const EDGE_TO_LOST = 3;

/** Milestone codes (`milestone` array); 0 = none. Index i + 1 of MILESTONE_NAMES. */
export const MILESTONE_NAMES = ['lead', 'mql', 'sal', 'sql', 'opportunity'] as const;

/** Parameter domains (`paramDomain` array). */
export const DOMAIN_RATE = 0;
export const DOMAIN_COUNT = 1;
export const DOMAIN_MONEY = 2;
export const DOMAIN_DELAY = 3;

/** KPI rows of the raw results, in the order of `KPI_NAMES`. */
export const KPI_COUNT = KPI_NAMES.length;
export const KPI_INDEX = Object.fromEntries(KPI_NAMES.map((k, i) => [k, i])) as Record<KpiName, number>;
/** KPIs that may be undefined in a run (zero denominator, never paid back, no won outcome). */
export const RATIO_KPIS: readonly KpiName[] = [
  'roi', 'roas', 'cpl', 'cac', 'conversion', 'revenuePerArrival', 'ltv', 'ltvToCac', 'paybackPeriod',
];

export interface Plan {
  scenarioId: string | null;
  periods: number;
  /** Defaults from the document's settings. */
  runs: number;
  seed: number;

  // --- Flow nodes, in processing (topological) order 0 … n−1.
  n: number;
  ids: string[];
  labels: string[];
  kind: Uint8Array;
  milestone: Uint8Array;
  /** First and last active period of a source (inclusive); −1 … −2 when never active. */
  activeFrom: Int32Array;
  activeTo: Int32Array;
  /** Coefficient of variation of per-period arrivals (sources). */
  volumeNoise: Float64Array;
  hasCapacity: Uint8Array;
  /** 1 when people beyond capacity are lost, 0 when they wait. */
  overflowDrop: Uint8Array;
  /**
   * Largest delay that can ever be stored in a stage's ring (≤ periods − 1). People leaving at
   * period t sit in slot ringOffset + (t & ringMask); ring sizes are powers of two above
   * maxDelay, so slots of exits up to maxDelay periods apart never collide.
   */
  maxDelay: Int32Array;
  ringOffset: Int32Array;
  ringMask: Int32Array;
  ringSize: number;

  // --- Edges in CSR order: node i's outgoing edges are outStart[i] … outStart[i+1]−1, in
  // document order.
  m: number;
  edgeIds: string[];
  edgeLabels: string[];
  outStart: Int32Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** What an edge's target is: EDGE_TO_STAGE, EDGE_TO_CAPACITY (a stage with capacity), EDGE_TO_WON, EDGE_TO_LOST. */
  edgeClass: Uint8Array;

  // --- Parameters. Each node field is an index into the parameter table, or −1 when absent.
  params: number;
  /** Encoded distributions, DIST_STRIDE numbers each. */
  paramDist: Float64Array;
  paramDomain: Uint8Array;
  /** Clamp bounds of each parameter's domain. */
  paramLo: Float64Array;
  paramHi: Float64Array;
  /** Value of certain parameters, and the (clamped) mean of every parameter. */
  paramValue: Float64Array;
  paramMean: Float64Array;
  paramRefs: ParamRef[];
  /** Parameters that can take more than one value, in table order: sampled once per run. */
  uncertain: Int32Array;

  pVolume: Int32Array;
  pUnitCost: Int32Array;
  pFixedCost: Int32Array;
  pDelay: Int32Array;
  pRevenue: Int32Array;
  pCapacity: Int32Array;
  pValue: Int32Array;
  pRecurring: Int32Array;
  pChurn: Int32Array;
  pRate: Int32Array;
}

/** Delay in whole periods: rounded half up, clamped at 0 (the model's roundPeriods). */
export { roundPeriods as roundDelay } from '$lib/model/dist';
/** Capacity (people per period): rounded, clamped at 0. */
export const roundCapacity = (x: number) => (x > 0 ? Math.round(x) : 0);
