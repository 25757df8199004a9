/**
 * Spearman rank correlation, for the tornado chart: which sampled parameter moves the chosen
 * output most (DESIGN.md §4, "Sensitivity").
 */

/** Index of the first element ≥ x in ascending `a`. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > x in ascending `a`. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranks 1 … count of values[0 … count), ties getting the average of their ranks. Values must be
 * finite. A native sort of a copy plus two binary searches per value: much faster in V8 than
 * sorting an index array with a comparator.
 */
export function ranks(values: Float64Array, count: number): Float64Array {
  const sorted = values.slice(0, count).sort();
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const x = values[i];
    const lo = lowerBound(sorted, x);
    // Most values are distinct: skip the second search when the next sorted value differs.
    const hi = lo + 1 < count && sorted[lo + 1] === x ? upperBound(sorted, x) : lo + 1;
    out[i] = (lo + 1 + hi) / 2;
  }
  return out;
}

/** Pearson correlation of two equally long rank vectors; 0 when either is constant. */
export function spearman(rx: Float64Array, ry: Float64Array): number {
  const n = Math.min(rx.length, ry.length);
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += rx[i];
    my += ry[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i] - mx;
    const dy = ry[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return 0;
  const rho = sxy / Math.sqrt(sxx * syy);
  return rho > 1 ? 1 : rho < -1 ? -1 : rho;
}

/**
 * The k parameters whose values correlate most (by |ρ|, descending) with `output[0 … count)`.
 * Constant parameters are skipped. Runs where the output is not finite (an undefined ratio)
 * are left out of every correlation. At most `maxRuns` runs are used — the first ones, which are
 * as random as any (runs are independent): ρ's standard error there is about 1/√maxRuns.
 */
export function topSensitivity<T extends object>(
  params: { ref: T; values: Float64Array }[],
  output: Float64Array,
  count: number,
  k = 10,
  maxRuns = 100_000,
): (T & { rho: number })[] {
  const limit = Math.min(count, maxRuns);
  // Keep runs with a finite output.
  const keep = new Uint32Array(limit);
  let m = 0;
  for (let i = 0; i < limit; i++) if (Number.isFinite(output[i])) keep[m++] = i;
  if (m < 2) return [];
  const all = m === limit;
  const gather = (src: Float64Array, dst: Float64Array) => {
    if (all) dst.set(src.subarray(0, m));
    else for (let i = 0; i < m; i++) dst[i] = src[keep[i]];
    return dst;
  };
  const scratch = new Float64Array(m);
  const ry = ranks(gather(output, new Float64Array(m)), m);
  const result: (T & { rho: number })[] = [];
  for (const p of params) {
    const xs = gather(p.values, scratch);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m; i++) {
      const x = xs[i];
      if (x < min) min = x;
      if (x > max) max = x;
    }
    if (!(min < max)) continue; // constant (or not finite): no information
    result.push({ ...p.ref, rho: spearman(ranks(xs, m), ry) });
  }
  // Stable sort: equal |ρ| keep the parameters' order.
  result.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho));
  return result.slice(0, k);
}
