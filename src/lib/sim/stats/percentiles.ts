/**
 * Quantiles of sorted samples: type 7 of Hyndman & Fan (linear interpolation between order
 * statistics, the default of R, NumPy and spreadsheets), so numbers match what users check in
 * their own tools.
 */
import type { Percentiles } from '../types';

type Sorted = Float64Array | number[];

/** A sorted copy of the first `count` values (native numeric sort of a Float64Array). */
export function sortedCopy(values: Float64Array | number[], count = values.length): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = values[i];
  return out.sort();
}

/** The p-quantile (p in [0, 1]) of ascending `sorted`, type 7; 0 for an empty sample. */
export function quantileSorted(sorted: Sorted, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * (p > 0 ? (p < 1 ? p : 1) : 0);
  const lo = Math.floor(h);
  const a = sorted[lo];
  if (lo + 1 >= n) return a;
  return lerp(a, sorted[lo + 1], h - lo);
}

/**
 * a + f·(b − a) for a ≤ b, f in [0, 1), computed from the nearer end (as NumPy does) so the
 * result stays within [a, b] and equals a when f = 0. Every quantile path uses it, so sorting,
 * selection and counting give bit-identical quantiles.
 */
export function lerp(a: number, b: number, f: number): number {
  if (f === 0 || a === b) return a;
  const d = b - a;
  return f < 0.5 ? a + d * f : b - d * (1 - f);
}

/** Sum with Neumaier's compensation: exact to the last bits even over a million values. */
export function accurateSum(values: Sorted, count = values.length): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < count; i++) {
    const x = values[i];
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

/** Mean and P5 … P95 of ascending `sorted`; all zeros for an empty sample. */
export function percentiles(sorted: Sorted): Percentiles {
  const n = sorted.length;
  return {
    mean: n ? accurateSum(sorted) / n : 0,
    p5: quantileSorted(sorted, 0.05),
    p10: quantileSorted(sorted, 0.1),
    p25: quantileSorted(sorted, 0.25),
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
  };
}
