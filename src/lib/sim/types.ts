/**
 * What a simulation returns. Shared by the engine, the worker protocol, the CLI (`--json` prints
 * a subset) and the results UI. Plain JSON-able objects: numbers and arrays, never NaN
 * (a ratio with a zero denominator is left out and counted in `undefinedRuns`).
 */
import type { KpiName, OverrideField } from '$lib/model/schema';

export interface Percentiles {
  mean: number;
  p5: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
}

export interface Histogram {
  /** Bin edges, length = counts.length + 1, increasing. */
  edges: number[];
  counts: number[];
  /**
   * Runs below edges[0] (counted in the first bin) and above the last edge (counted in the
   * last): present when a few far outliers would otherwise stretch the axis until the bulk of the
   * runs sits in one or two bars.
   */
  below?: number;
  above?: number;
}

export interface Summary extends Percentiles {
  /** Runs in which the value was defined (all runs except zero-denominator ratios). */
  n: number;
  /** Runs left out because the value was undefined (zero denominator, never paid back). */
  undefinedRuns: number;
  min: number;
  max: number;
  sd: number;
  histogram: Histogram;
}

/** P10/P50/P90 per period t = 0 … periods−1. */
export interface Band {
  p10: number[];
  p50: number[];
  p90: number[];
  mean: number[];
}

/** One sampled parameter of the design, for the tornado chart. */
export interface ParamRef {
  /** Node or edge id. */
  target: string;
  field: OverrideField | 'volumeNoise';
  /** Words for people: "Webinar → Demo rate", "Paid search volume". */
  label: string;
}

export interface SensitivityEntry extends ParamRef {
  /** Spearman rank correlation with the output, −1 … 1. */
  rho: number;
}

export interface TargetResult {
  metric: KpiName;
  atLeast?: number;
  atMost?: number;
  /** Share of runs meeting the target (runs where the metric is undefined count as not meeting it). */
  probability: number;
}

export interface SimSummary {
  runs: number;
  seed: number;
  scenarioId: string | null;
  periods: number;
  /**
   * KPIs of DESIGN.md §4 over all runs. `paybackPeriod` counts periods: 1 = cumulative revenue
   * reached cumulative cost within the first period (undefined in runs where it never does).
   */
  kpis: Record<KpiName, Summary>;
  /** Per node and edge: over at most the first 100,000 runs (`n` says how many; KPIs use all). */
  nodes: Record<string, { entered: Summary; dropOff: Summary; inProgress: Summary; revenue: Summary; cost: Summary }>;
  edges: Record<string, { flow: Summary }>;
  /** Fan charts over the first min(runs, 2,000) runs (fewer for very wide designs). */
  perPeriod: {
    revenue: Band;
    cost: Band;
    customers: Band;
    cumulativeRevenue: Band;
    cumulativeCost: Band;
    entered: Record<string, Band>;
  };
  targets: TargetResult[];
  /** Top parameters by |rho| for each of these outputs. */
  sensitivity: Partial<Record<KpiName, SensitivityEntry[]>>;
  /** Count of runs with an undefined value, per ratio KPI. */
  undefinedRatios: Partial<Record<KpiName, number>>;
}

/** Expected-value mode (DESIGN.md §4): every Dist at its mean, flows as real numbers. */
export interface ExpectedValues {
  nodes: Record<string, { entered: number; dropOff: number; inProgress: number }>;
  edges: Record<string, { flow: number }>;
  /** null where a ratio's denominator is zero. */
  kpis: Record<KpiName, number | null>;
}
