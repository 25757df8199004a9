/** One KPI over all runs → the `Summary` the results UI, CLI and targets read. */
import type { Summary } from '../types';
import { histogramOf } from './histogram';
import { accurateSum } from './percentiles';
import { selectQuantiles } from './select';

const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

/**
 * Summarise `values[0 … count)`. A run is left out (and counted in `undefinedRuns`) when
 * `defined[i] === 0` or its value is not finite — so the engine may also simply store x/0 or
 * 0/0 for an undefined ratio. With no defined run every statistic is 0 and n = 0 (the UI shows
 * "undefined in all runs" from n); the histogram then has no bins (`edges: [0]`). Never NaN.
 * `sd` is the sample standard deviation (n − 1), 0 for fewer than two runs.
 *
 * No sort: the seven percentiles are selected (quickselect, O(n)) and the histogram bisects its
 * bins, so a million-run column takes tens of milliseconds, not the better part of a second.
 * Order statistics are exact, so the figures are those a sort would give.
 */
export function summarize(values: Float64Array, count: number, defined?: Uint8Array): Summary {
  const kept = new Float64Array(count);
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if ((defined !== undefined && defined[i] === 0) || !Number.isFinite(v)) continue;
    kept[n++] = v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const a = kept.subarray(0, n);
  const mean = n ? accurateSum(a, n) / n : 0;
  let sd = 0;
  if (n > 1) {
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = a[i] - mean;
      ss += d * d;
    }
    sd = Math.sqrt(ss / (n - 1));
  }
  // Selection reorders `a`; the histogram does not care about order.
  const q = new Float64Array(QUANTILES.length);
  selectQuantiles(a, n, QUANTILES, q);
  return {
    mean,
    p5: q[0],
    p10: q[1],
    p25: q[2],
    p50: q[3],
    p75: q[4],
    p90: q[5],
    p95: q[6],
    n,
    undefinedRuns: count - n,
    min: n ? min : 0,
    max: n ? max : 0,
    sd,
    histogram: histogramOf(a, n, { min, max, q25: q[2], q75: q[4] }),
  };
}

/** Mean of the first `count` values (compensated sum); 0 when count is 0. */
export function mean(values: Float64Array, count = values.length): number {
  return count ? accurateSum(values, count) / count : 0;
}
