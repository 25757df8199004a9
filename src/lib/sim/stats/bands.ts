/** Per-period P10/P50/P90 and mean over runs: the fan charts of DESIGN.md §4. */
import type { Band } from '../types';
import { lerp } from './percentiles';
import { selectQuantiles } from './select';

const PS = [0.1, 0.5, 0.9] as const;

// One column buffer reused across calls (grown on demand): summaries of a big model ask for
// hundreds of bands, and each would otherwise allocate a runs-sized array.
let column = new Float64Array(0);
let tally = new Int32Array(0);
const q = new Float64Array(3);
const ks = new Float64Array(6);

/**
 * Type-7 quantiles PS of whole numbers in column[0 … n) spanning [min, max], by counting:
 * O(n + range), several times faster than selection for the counts of people per period.
 */
function countedQuantiles(n: number, min: number, max: number): void {
  const size = max - min + 1;
  if (tally.length < size) tally = new Int32Array(size);
  else tally.fill(0, 0, size);
  for (let i = 0; i < n; i++) tally[column[i] - min]++;
  // Order statistics lo and lo+1 of each quantile, ascending; walk the counts once.
  for (let j = 0; j < 3; j++) {
    const lo = Math.floor((n - 1) * PS[j]);
    ks[2 * j] = lo;
    ks[2 * j + 1] = Math.min(lo + 1, n - 1);
  }
  let v = 0;
  let below = 0; // how many values are < min + v
  for (let j = 0; j < 6; j++) {
    while (below + tally[v] <= ks[j]) below += tally[v++];
    ks[j] = min + v;
  }
  for (let j = 0; j < 3; j++) {
    const h = (n - 1) * PS[j];
    const f = h - Math.floor(h);
    q[j] = lerp(ks[2 * j], ks[2 * j + 1], f);
  }
}

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
    let whole = true;
    for (let r = 0, i = t; r < runs; r++, i += periods) {
      const x = matrix[i];
      if (!Number.isFinite(x)) continue;
      column[n++] = x;
      if (whole && x !== Math.floor(x)) whole = false;
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
    if (whole && max - min < 4 * n + 64) countedQuantiles(n, min, max);
    else selectQuantiles(column, n, PS, q);
    band.p10[t] = q[0];
    band.p50[t] = q[1];
    band.p90[t] = q[2];
  }
  return band;
}
