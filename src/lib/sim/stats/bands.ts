/** Per-period P10/P50/P90 and mean over runs: the fan charts of DESIGN.md §4. */
import type { Band } from '../types';
import { selectQuantiles } from './select';

const PS = [0.1, 0.5, 0.9] as const;

// One column buffer reused across calls (grown on demand): summaries of a big model ask for
// hundreds of bands, and each would otherwise allocate a runs-sized array.
let column = new Float64Array(0);
const q = new Float64Array(3);

/**
 * Bands of a run-major matrix (`matrix[r * periods + t]`), quantiles of type 7 as everywhere
 * else. Non-finite cells are left out of their period (none are expected).
 */
export function bands(matrix: Float64Array, runs: number, periods: number): Band {
  if (column.length < runs) column = new Float64Array(runs);
  const band: Band = { p10: new Array(periods), p50: new Array(periods), p90: new Array(periods), mean: new Array(periods) };
  for (let t = 0; t < periods; t++) {
    let n = 0;
    let sum = 0;
    let c = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let r = 0, i = t; r < runs; r++, i += periods) {
      const x = matrix[i];
      if (!Number.isFinite(x)) continue;
      column[n++] = x;
      // Neumaier-compensated sum.
      const s = sum + x;
      c += Math.abs(sum) >= Math.abs(x) ? sum - s + x : x - s + sum;
      sum = s;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    if (n === 0) {
      band.p10[t] = band.p50[t] = band.p90[t] = band.mean[t] = 0;
      continue;
    }
    band.mean[t] = (sum + c) / n;
    if (min === max) {
      // Common before the first arrivals and after the last: no selection needed.
      band.p10[t] = band.p50[t] = band.p90[t] = min;
      continue;
    }
    selectQuantiles(column, n, PS, q);
    band.p10[t] = q[0];
    band.p50[t] = q[1];
    band.p90[t] = q[2];
  }
  return band;
}
