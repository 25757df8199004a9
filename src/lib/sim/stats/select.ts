/**
 * Order statistics without a full sort: quickselect in place. The per-period fan charts need
 * three quantiles of thousands of columns; selection is O(n) per quantile where sorting is
 * O(n log n), and the results are identical (order statistics are exact).
 */
import { lerp } from './percentiles';

/**
 * Rearrange a[left … right] so that a[k] holds the value it would have if that range were
 * sorted, everything before it ≤ a[k] and everything after ≥ a[k]. Median-of-three pivots with
 * a Hoare partition; ranges below 16 finish by insertion sort.
 */
export function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
  while (right - left > 16) {
    const mid = (left + right) >>> 1;
    // Median of three to a[mid], with a[left] ≤ a[mid] ≤ a[right].
    if (a[mid] < a[left]) swap(a, mid, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[mid]) swap(a, right, mid);
    const pivot = a[mid];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[left … j] ≤ pivot ≤ a[i … right], and j < i.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return; // a[j+1 … i−1] all equal the pivot
  }
  for (let i = left + 1; i <= right; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= left && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Type-7 quantiles at ascending probabilities `ps` of a[0 … n), written to `out`. Reorders `a`.
 * The middle probability is selected first; the others then only search the side they lie on.
 */
export function selectQuantiles(a: Float64Array, n: number, ps: readonly number[], out: Float64Array): void {
  if (n === 0) {
    out.fill(0, 0, ps.length);
    return;
  }
  selectRange(a, n, ps, out, 0, ps.length - 1, 0, n - 1);
}

/** Quantiles ps[qa … qb] whose order statistics are known to lie in a[left … right]. */
function selectRange(a: Float64Array, n: number, ps: readonly number[], out: Float64Array, qa: number, qb: number, left: number, right: number): void {
  if (qa > qb) return;
  const q = (qa + qb) >>> 1;
  const h = (n - 1) * ps[q];
  const lo = Math.floor(h);
  const f = h - lo;
  selectInPlace(a, lo, left, right);
  const x = a[lo];
  if (f === 0 || lo + 1 >= n) {
    out[q] = x;
  } else {
    // The next order statistic is the smallest value right of lo. Everything beyond `right` is
    // ≥ the range, so the range suffices — unless lo is its last index.
    const end = lo + 1 <= right ? right : n - 1;
    let y = a[lo + 1];
    for (let i = lo + 2; i <= end; i++) if (a[i] < y) y = a[i];
    out[q] = lerp(x, y, f);
  }
  selectRange(a, n, ps, out, qa, q - 1, left, lo);
  selectRange(a, n, ps, out, q + 1, qb, lo, right);
}
