import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentiles, quantileSorted, sortedCopy, accurateSum } from '$lib/sim/stats/percentiles';
import { summarize } from '$lib/sim/stats/summary';
import { histogram } from '$lib/sim/stats/histogram';

describe('percentiles (type 7)', () => {
  it('matches hand-computed values', () => {
    const p = percentiles([1, 2, 3, 4]);
    expect(p.mean).toBe(2.5);
    expect(p.p5).toBeCloseTo(1.15, 14);
    expect(p.p10).toBeCloseTo(1.3, 14);
    expect(p.p25).toBeCloseTo(1.75, 14);
    expect(p.p50).toBe(2.5);
    expect(p.p75).toBeCloseTo(3.25, 14);
    expect(p.p90).toBeCloseTo(3.7, 14);
    expect(p.p95).toBeCloseTo(3.85, 14);
    // Odd count: the median is the middle value; 11 values put P10 on the second one exactly.
    const q = percentiles(Float64Array.from({ length: 11 }, (_, i) => i * 10));
    expect(q.p50).toBe(50);
    expect(q.p10).toBe(10);
    expect(q.p25).toBe(25);
  });

  it('empty and single samples', () => {
    expect(percentiles([])).toEqual({ mean: 0, p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0 });
    expect(percentiles([7])).toEqual({ mean: 7, p5: 7, p10: 7, p25: 7, p50: 7, p75: 7, p90: 7, p95: 7 });
    expect(quantileSorted([1, 2], -1)).toBe(1);
    expect(quantileSorted([1, 2], 2)).toBe(2);
  });

  it('sortedCopy sorts numerically a prefix without touching the input', () => {
    const v = new Float64Array([10, -2, 3, 100, 0]);
    expect(Array.from(sortedCopy(v, 4))).toEqual([-2, 3, 10, 100]);
    expect(Array.from(v)).toEqual([10, -2, 3, 100, 0]);
    expect(Array.from(sortedCopy([3, 1, 2]))).toEqual([1, 2, 3]);
  });

  it('the compensated sum keeps digits a naive sum loses', () => {
    const v = new Float64Array(1_000_001).fill(0.1);
    v[0] = 1e10;
    expect(accurateSum(v)).toBe(1e10 + 100000);
  });

  it('property: quantiles are monotone in p and within [min, max]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (xs) => {
        const s = sortedCopy(xs);
        const p = percentiles(s);
        const seq = [s[0], p.p5, p.p10, p.p25, p.p50, p.p75, p.p90, p.p95, s[s.length - 1]];
        return seq.every((x, i) => i === 0 || seq[i - 1] <= x);
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});

/** Every number anywhere in a JSON-able value. */
function numbers(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (Array.isArray(x)) return x.flatMap(numbers);
  if (x && typeof x === 'object') return Object.values(x).flatMap(numbers);
  return [];
}

describe('summarize', () => {
  it('mean, sd, min, max, percentiles and histogram of the defined runs', () => {
    const values = new Float64Array([4, 8, 6, 2, 999, 5]);
    const defined = new Uint8Array([1, 1, 1, 1, 0, 1]);
    const s = summarize(values, 6, defined);
    expect(s.n).toBe(5);
    expect(s.undefinedRuns).toBe(1);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(5), 14); // squares 1+9+1+9+0 = 20, / 4
    expect(s.min).toBe(2);
    expect(s.max).toBe(8);
    expect(s.p50).toBe(5);
    expect(s.histogram.counts.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('only the first `count` values count', () => {
    const s = summarize(new Float64Array([1, 2, 3, 1000]), 3);
    expect(s.n).toBe(3);
    expect(s.max).toBe(3);
  });

  it('non-finite values (x/0, 0/0) are undefined runs, never NaN in the output', () => {
    const s = summarize(new Float64Array([1, NaN, Infinity, 3, -Infinity]), 5);
    expect(s.n).toBe(2);
    expect(s.undefinedRuns).toBe(3);
    expect(s.mean).toBe(2);
    expect(numbers(s).every(Number.isFinite)).toBe(true);
  });

  it('all runs undefined: zeros, n = 0, no bins, no NaN', () => {
    const s = summarize(new Float64Array([NaN, 5]), 2, new Uint8Array([1, 0]));
    expect(s).toMatchObject({ n: 0, undefinedRuns: 2, mean: 0, sd: 0, min: 0, max: 0, p5: 0, p50: 0, p95: 0 });
    expect(s.histogram).toEqual({ edges: [0], counts: [] });
    expect(numbers(s).every(Number.isFinite)).toBe(true);
    expect(summarize(new Float64Array(0), 0).n).toBe(0);
  });

  it('a single run: sd 0, one bin', () => {
    const s = summarize(new Float64Array([42]), 1);
    expect(s).toMatchObject({ n: 1, mean: 42, sd: 0, min: 42, max: 42, p10: 42 });
    expect(s.histogram).toEqual({ edges: [41.5, 42.5], counts: [1] });
  });
});

describe('summarize without sorting', () => {
  // The summary selects percentiles and bisects histogram bins instead of sorting; it must give
  // exactly what the sorted-sample definitions give, ties, negatives and whole numbers included.
  const sample = fc.oneof(
    fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 400 }),
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 400 }),
    fc.array(fc.constantFrom(0, 0, 0, 1, 2.5, 1e5), { minLength: 1, maxLength: 400 }),
  );

  it('property: percentiles, extremes and histogram equal the sort-based ones', () => {
    fc.assert(
      fc.property(sample, (xs) => {
        const values = Float64Array.from(xs);
        const s = summarize(values, values.length);
        const sorted = sortedCopy(values);
        const p = percentiles(sorted);
        expect([s.p5, s.p10, s.p25, s.p50, s.p75, s.p90, s.p95]).toEqual([p.p5, p.p10, p.p25, p.p50, p.p75, p.p90, p.p95]);
        expect([s.min, s.max]).toEqual([sorted[0], sorted[sorted.length - 1]]);
        expect(s.mean).toBeCloseTo(p.mean, 9);
        expect(s.histogram).toEqual(histogram(sorted));
        // The caller's column is left as it was.
        expect(Array.from(values)).toEqual(Array.from(Float64Array.from(xs)));
      }),
      { seed: 9090, numRuns: 300 },
    );
  });
});
