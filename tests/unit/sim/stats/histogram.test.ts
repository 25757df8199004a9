import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histogram } from '$lib/sim/stats/histogram';
import { sortedCopy } from '$lib/sim/stats/percentiles';
import { Rng } from '$lib/sim/random/rng';
import { normal, poisson } from '$lib/sim/random/variates';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The bin width is 1, 2 or 5 × 10^k and every edge is a multiple of it (up to rounding). */
function expectNice(edges: number[], offset = 0) {
  const w = edges[1] - edges[0];
  const e = Math.floor(Math.log10(w) + 1e-9);
  const m = Math.round(w / 10 ** e);
  expect([1, 2, 5, 10]).toContain(m);
  for (let i = 0; i < edges.length; i++) {
    if (i > 0) expect(edges[i] - edges[i - 1]).toBeCloseTo(w, 9);
    const k = (edges[i] - offset) / w;
    expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
    // No decimal noise such as 0.30000000000000004.
    expect(edges[i]).toBe(Number(edges[i].toPrecision(12)));
  }
}

function expectCovers(h: { edges: number[]; counts: number[] }, sorted: Float64Array) {
  expect(h.edges.length).toBe(h.counts.length + 1);
  expect(sum(h.counts)).toBe(sorted.length);
  expect(h.edges[0]).toBeLessThanOrEqual(sorted[0]);
  expect(h.edges[h.edges.length - 1]).toBeGreaterThanOrEqual(sorted[sorted.length - 1]);
  // Recount independently: half-open bins, the last one closed.
  const counts = h.counts.map(() => 0);
  for (const x of sorted) {
    let j = h.edges.findIndex((e, i) => i < h.counts.length && x >= e && x < h.edges[i + 1]);
    if (j < 0) j = h.counts.length - 1;
    counts[j]++;
  }
  expect(h.counts).toEqual(counts);
}

describe('histogram', () => {
  it('a normal sample: 10–40 bins of a nice width, counts sum to n, no empty end bins', () => {
    const r = Rng.forRun(1, 0);
    const xs = sortedCopy(Float64Array.from({ length: 10_000 }, () => 1000 + 37 * normal(r)));
    const h = histogram(xs);
    expect(h.counts.length).toBeGreaterThanOrEqual(10);
    expect(h.counts.length).toBeLessThanOrEqual(40);
    expectNice(h.edges);
    expectCovers(h, xs);
    expect(h.counts[0]).toBeGreaterThan(0);
    expect(h.counts[h.counts.length - 1]).toBeGreaterThan(0);
  });

  it('decimal data get exact decimal edges', () => {
    const xs = sortedCopy(Float64Array.from({ length: 500 }, (_, i) => 0.3 + (0.4 * i) / 499));
    const h = histogram(xs);
    expectNice(h.edges);
    expectCovers(h, xs);
    expect(h.edges[0]).toBe(0.3);
    expect(h.edges[h.edges.length - 1]).toBe(0.7);
  });

  it('whole numbers over a small range: one bin per value, centred on it', () => {
    const xs = sortedCopy([0, 1, 1, 2, 2, 2, 5, 7]);
    const h = histogram(xs);
    expect(h.edges).toEqual([-0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]);
    expect(h.counts).toEqual([1, 2, 3, 0, 0, 1, 0, 1]);
  });

  it('whole numbers over a wide range: whole-number widths, each bin holds exactly w values', () => {
    const r = Rng.forRun(2, 0);
    const xs = sortedCopy(Float64Array.from({ length: 5000 }, () => poisson(r, 5000)));
    const h = histogram(xs);
    expectNice(h.edges);
    expectCovers(h, xs);
    for (const e of h.edges) expect(Number.isInteger(e)).toBe(true);
    expect(h.edges[1] - h.edges[0]).toBeGreaterThanOrEqual(1);
  });

  it('a constant sample gives one bin; an empty one none', () => {
    expect(histogram([0, 0, 0])).toEqual({ edges: [-0.5, 0.5], counts: [3] });
    expect(histogram([0.37, 0.37])).toEqual({ edges: [0.35, 0.4], counts: [2] });
    expect(histogram([-1250.5])).toEqual({ edges: [-1300, -1200], counts: [1] });
    expect(histogram([])).toEqual({ edges: [0], counts: [] });
  });

  it('a value on an edge goes to the bin that starts there; the maximum on the last edge stays in', () => {
    const xs = sortedCopy(Float64Array.from({ length: 101 }, (_, i) => i / 100));
    const h = histogram(xs, { bins: 10 });
    expect(h.edges).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expectCovers(h, xs);
    expect(h.counts[9]).toBe(11); // 0.90 … 1.00
  });

  it('honours a requested bin count approximately', () => {
    const xs = sortedCopy(Float64Array.from({ length: 1000 }, (_, i) => Math.sqrt(i)));
    for (const bins of [5, 20, 60]) {
      const h = histogram(xs, { bins });
      expect(h.counts.length).toBeGreaterThanOrEqual(Math.floor(bins / 1.5));
      expect(h.counts.length).toBeLessThanOrEqual(Math.ceil(bins * 1.5));
      expectNice(h.edges);
    }
  });

  it('property: counts sum to n, edges increase and cover the data, at most 40 bins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -50, max: 50 })), { minLength: 1, maxLength: 200 }),
        (raw) => {
          const xs = sortedCopy(raw);
          const h = histogram(xs);
          if (h.counts.length < 1 || h.counts.length > 40) return false;
          if (h.edges.some((e, i) => i > 0 && !(e > h.edges[i - 1]))) return false;
          // Edges cover the data, except where an end bin is marked open for outliers.
          const coversLow = (h.below ?? 0) > 0 || h.edges[0] <= xs[0];
          const coversHigh = (h.above ?? 0) > 0 || h.edges[h.edges.length - 1] >= xs[xs.length - 1];
          return sum(h.counts) === xs.length && coversLow && coversHigh;
        },
      ),
      { seed: 17, numRuns: 1000 },
    );
  });

  it('a few far outliers go into an open end bin instead of stretching the axis', () => {
    // 1,000 runs between 0 and 100 and two "jackpot" runs far out.
    const xs = sortedCopy([...Array.from({ length: 1000 }, (_, i) => i / 10), 5_000, 80_000]);
    const h = histogram(xs);
    expect(h.above).toBe(2);
    expect(h.below).toBeUndefined();
    expect(h.edges[h.edges.length - 1]).toBeLessThan(1000);
    expect(h.counts.length).toBeGreaterThanOrEqual(10);
    expect(sum(h.counts)).toBe(xs.length);
    // The two outliers are in the last bin with the runs that fall there anyway.
    const last = h.edges[h.edges.length - 2];
    expect(h.counts[h.counts.length - 1]).toBe(xs.filter((x) => x >= last).length);
    // Low side, whole numbers.
    const ys = sortedCopy([-90_000, ...Array.from({ length: 500 }, (_, i) => i % 30)]);
    const g = histogram(ys);
    expect(g.below).toBe(1);
    expect(g.edges[0]).toBeGreaterThan(-1000);
    expect(g.counts[0]).toBe(ys.filter((y) => y < g.edges[1]).length);
    expect(sum(g.counts)).toBe(ys.length);
  });

  it('symmetric and moderately skewed samples keep their full range', () => {
    // Exact quantiles of a logistic and an exponential distribution: deterministic samples.
    const logistic = sortedCopy(Array.from({ length: 20_000 }, (_, i) => {
      const u = (i + 0.5) / 20_000;
      return Math.log(u / (1 - u));
    }));
    const h = histogram(logistic);
    expect(h.below).toBeUndefined();
    expect(h.above).toBeUndefined();
    const expo = sortedCopy(Array.from({ length: 5_000 }, (_, i) => -Math.log(1 - (i + 0.5) / 5_000)));
    const e = histogram(expo);
    expect(e.above).toBeUndefined();
  });
});
