/** One KPI over all runs → the `Summary` the results UI, CLI and targets read. */
import type { Summary } from '../types';
import { histogram } from './histogram';
import { accurateSum, percentiles } from './percentiles';

/**
 * Summarise `values[0 … count)`. A run is left out (and counted in `undefinedRuns`) when
 * `defined[i] === 0` or its value is not finite — so the engine may also simply store x/0 or
 * 0/0 for an undefined ratio. With no defined run every statistic is 0 and n = 0 (the UI shows
 * "undefined in all runs" from n); the histogram then has no bins (`edges: [0]`). Never NaN.
 * `sd` is the sample standard deviation (n − 1), 0 for fewer than two runs.
 */
export function summarize(values: Float64Array, count: number, defined?: Uint8Array): Summary {
  const kept = new Float64Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if ((defined !== undefined && defined[i] === 0) || !Number.isFinite(v)) continue;
    kept[n++] = v;
  }
  const sorted = kept.subarray(0, n).sort();
  const p = percentiles(sorted);
  let sd = 0;
  if (n > 1) {
    const mean = p.mean;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = sorted[i] - mean;
      ss += d * d;
    }
    sd = Math.sqrt(ss / (n - 1));
  }
  return {
    ...p,
    n,
    undefinedRuns: count - n,
    min: n ? sorted[0] : 0,
    max: n ? sorted[n - 1] : 0,
    sd,
    histogram: histogram(sorted),
  };
}

/** Mean of the first `count` values (compensated sum); 0 when count is 0. */
export function mean(values: Float64Array, count = values.length): number {
  return count ? accurateSum(values, count) / count : 0;
}
