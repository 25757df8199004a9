/**
 * Scenario comparison: a KPI table side by side, and — from per-run values of two scenarios run
 * with common random numbers — the distribution of the paired difference and the chance that a
 * scenario beats the base. Pairing run r with run r is what makes the difference signal, not noise.
 */
import type { KpiName } from '$lib/model/schema';
import type { Histogram, SimSummary, Summary } from '$lib/sim/types';
import { KPI_META } from './kpi-meta';

export interface CompareCell {
  summary: Summary;
  /** P50 minus the base's P50 (undefined for the base itself). */
  delta?: number;
  /** Relative change of the P50 against the base, when the base P50 is not zero. */
  deltaRel?: number;
  /** True when the change goes the good way for this KPI. */
  better?: boolean;
}

export interface CompareRow {
  kpi: KpiName;
  cells: CompareCell[];
}

export function compareRows(kpis: readonly KpiName[], summaries: readonly SimSummary[]): CompareRow[] {
  if (summaries.length === 0) return [];
  const [base] = summaries;
  return kpis
    .filter((k) => summaries.every((s) => s.kpis[k]))
    .map((kpi) => ({
      kpi,
      cells: summaries.map((s, i) => {
        const summary = s.kpis[kpi];
        if (i === 0) return { summary };
        const b = base.kpis[kpi].p50;
        const delta = summary.p50 - b;
        return {
          summary,
          delta,
          deltaRel: b !== 0 ? delta / Math.abs(b) : undefined,
          better: delta === 0 ? undefined : (delta > 0) === KPI_META[kpi].higherIsBetter,
        };
      }),
    }));
}

export interface DiffStats {
  /** Pairs where both runs had a defined value. */
  n: number;
  /** Pairs left out because the KPI was undefined in one of the two runs. */
  excluded: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  histogram: Histogram;
  /** Share of paired runs in which the scenario does better than the base (by the KPI's direction). */
  pBetter: number;
  pWorse: number;
  pSame: number;
}

/** Linear interpolation between order statistics (the common "type 7" quantile). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function equalWidthHistogram(sorted: ArrayLike<number>, bins = 30): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [], counts: [] };
  const lo = sorted[0];
  const hi = sorted[n - 1];
  if (hi === lo) return { edges: [lo, hi], counts: [n] };
  const k = Math.max(1, Math.min(bins, n));
  const w = (hi - lo) / k;
  const edges = Array.from({ length: k + 1 }, (_, i) => (i === k ? hi : lo + i * w));
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(k - 1, Math.floor((sorted[i] - lo) / w))]++;
  return { edges, counts };
}

/**
 * Paired difference scenario − base per run. NaN marks a run where the KPI was undefined.
 * "Same" means equal up to a relative 1e-9 (integer counts often tie exactly).
 */
export function pairedDiff(base: ArrayLike<number>, other: ArrayLike<number>, higherIsBetter: boolean): DiffStats {
  const len = Math.min(base.length, other.length);
  const diffs: number[] = [];
  let better = 0;
  let worse = 0;
  let same = 0;
  for (let r = 0; r < len; r++) {
    const a = base[r];
    const b = other[r];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    const d = b - a;
    diffs.push(d);
    if (Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) same++;
    else if ((d > 0) === higherIsBetter) better++;
    else worse++;
  }
  const n = diffs.length;
  const sorted = Float64Array.from(diffs).sort();
  const mean = n ? diffs.reduce((s, v) => s + v, 0) / n : NaN;
  return {
    n,
    excluded: len - n,
    mean,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    histogram: equalWidthHistogram(sorted),
    pBetter: n ? better / n : 0,
    pWorse: n ? worse / n : 0,
    pSame: n ? same / n : 0,
  };
}

/** A DiffStats as a Summary-shaped object so the histogram chart can draw it. */
export function diffAsSummary(d: DiffStats): Summary {
  const { edges } = d.histogram;
  return {
    n: d.n,
    undefinedRuns: d.excluded,
    mean: d.mean,
    p5: d.p10,
    p10: d.p10,
    p25: d.p50,
    p50: d.p50,
    p75: d.p50,
    p90: d.p90,
    p95: d.p90,
    min: edges[0] ?? 0,
    max: edges[edges.length - 1] ?? 0,
    sd: 0,
    histogram: d.histogram,
  };
}
