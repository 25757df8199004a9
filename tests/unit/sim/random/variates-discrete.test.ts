/**
 * Exactness of the Poisson and binomial samplers: χ² goodness of fit against the exact pmf in
 * every branch (inversion, PTRS, BTRD with and without the squeeze), moments, edge cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '$lib/sim/random/rng';
import { binomial, poisson } from '$lib/sim/random/variates';
import { logFactorial } from '$lib/sim/random/log-factorial';
import { expectChiSquareFit, expectMoments } from './helpers';

const binomPmf = (n: number, p: number) => (k: number) =>
  Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
const poissonPmf = (lambda: number) => (k: number) => Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));

/**
 * Draw `count` samples and compare with `pmf` over cells of `width` integers covering
 * mean ± 8 sd within [0, max] (tails pooled into the first and last cells).
 */
function checkDiscrete(draw: () => number, pmf: (k: number) => number, mean: number, sd: number, count: number, width = 1, max = Infinity) {
  const lo = Math.max(0, Math.floor(mean - 8 * sd));
  const hi = Math.min(max, Math.ceil(mean + 8 * sd));
  const cells = Math.ceil((hi - lo + 1) / width);
  const observed = new Float64Array(cells + 2);
  const samples = new Float64Array(count);
  let notInteger = 0;
  for (let i = 0; i < count; i++) {
    const k = draw();
    samples[i] = k;
    if (!Number.isInteger(k) || k < 0) notInteger++;
    const c = k < lo ? 0 : k > hi ? cells + 1 : 1 + Math.floor((k - lo) / width);
    observed[Math.min(c, cells + 1)]++;
  }
  expect(notInteger).toBe(0);
  const probs = new Float64Array(cells + 2);
  let inside = 0;
  for (let k = lo; k <= hi; k++) {
    const q = pmf(k);
    probs[1 + Math.floor((k - lo) / width)] += q;
    inside += q;
  }
  // Mass below lo (exact for lo small) and above hi: what remains.
  let below = 0;
  for (let k = 0; k < lo && k < 200_000; k++) below += pmf(k);
  if (lo >= 200_000) below = 0; // 8 sd below the mean: far below 1e-14
  probs[0] = below;
  probs[cells + 1] = Math.max(0, 1 - inside - below);
  expectChiSquareFit(observed, probs, count);
  expectMoments(samples, mean, sd * sd);
}

describe('poisson', () => {
  it('edge cases: λ = 0, negative or NaN give 0', () => {
    const r = Rng.forRun(1, 0);
    expect(poisson(r, 0)).toBe(0);
    expect(poisson(r, -3)).toBe(0);
    expect(poisson(r, NaN)).toBe(0);
  });

  for (const [lambda, count, width] of [
    [0.05, 200_000, 1],
    [2.5, 200_000, 1],
    [9.99, 200_000, 1],
    [10, 300_000, 1],
    [37.5, 300_000, 1],
    [1e5, 200_000, 20],
    [3e8, 100_000, 2000],
  ] as const) {
    it(`matches the exact pmf and moments at λ = ${lambda} (${lambda < 10 ? 'inversion' : 'PTRS'})`, () => {
      const r = Rng.forRun(101, Math.round(lambda * 100));
      checkDiscrete(() => poisson(r, lambda), poissonPmf(lambda), lambda, Math.sqrt(lambda), count, width);
    });
  }
});

describe('binomial', () => {
  it('edge cases: n = 0, p = 0, p = 1, p outside [0, 1]', () => {
    const r = Rng.forRun(1, 0);
    expect(binomial(r, 0, 0.5)).toBe(0);
    expect(binomial(r, 1000, 0)).toBe(0);
    expect(binomial(r, 1000, 1)).toBe(1000);
    expect(binomial(r, 1e9, 1)).toBe(1e9);
    expect(binomial(r, 10, -0.2)).toBe(0);
    expect(binomial(r, 10, 1.5)).toBe(10);
    expect(binomial(r, 10, NaN)).toBe(0);
  });

  for (const [n, p, count, width, branch] of [
    [1, 0.3, 100_000, 1, 'inversion, Bernoulli'],
    [20, 0.1, 200_000, 1, 'inversion'],
    [5, 0.3, 200_000, 1, 'inversion, q^n by squaring'],
    [40, 0.2, 200_000, 1, 'inversion, q^n by squaring, n·p = 8'],
    [1000, 0.0105, 200_000, 1, 'inversion, q^n by 10 squarings at the limit'],
    [1025, 0.0105, 200_000, 1, 'inversion, q^n by log1p just past the limit'],
    [3000, 0.003, 200_000, 1, 'inversion, q^n by log1p for p below 1/1024'],
    [20, 0.9, 200_000, 1, 'symmetry + inversion'],
    [1e9, 5e-9, 200_000, 1, 'inversion, huge n'],
    [60, 0.2, 300_000, 1, 'inversion by squaring, (n+1)·p = 12.2'],
    [75, 0.2, 300_000, 1, 'inversion by squaring near its threshold, (n+1)·p = 15.2'],
    [1000, 0.015, 300_000, 1, 'inversion by squaring, n = 1000, (n+1)·p = 15.0'],
    [80, 0.2, 300_000, 1, 'BTRD near its threshold, (n+1)·p = 16.2'],
    [2000, 0.006, 300_000, 1, 'BTRD for n > 1024 at (n+1)·p = 12'],
    [100, 0.5, 300_000, 1, 'BTRD, p = ½'],
    [2000, 0.05, 300_000, 1, 'BTRD, recursion and squeeze'],
    [500, 0.93, 300_000, 1, 'symmetry + BTRD'],
    [1e6, 0.3, 200_000, 25, 'BTRD, large n'],
    [1e9, 0.4, 100_000, 2000, 'BTRD, n = 1e9'],
  ] as const) {
    it(`Bin(${n}, ${p}) matches the exact pmf and moments (${branch})`, () => {
      const r = Rng.forRun(202, n % 997);
      const q = 1 - p;
      checkDiscrete(() => binomial(r, n, p), binomPmf(n, p), n * p, Math.sqrt(n * p * q), count, width, n);
    });
  }

  it('Bin(n, p) and n − Bin(n, 1 − p) have the same distribution (symmetry)', () => {
    const r = Rng.forRun(5, 5);
    const n = 300;
    const a = new Float64Array(200_000);
    const b = new Float64Array(200_000);
    for (let i = 0; i < a.length; i++) {
      a[i] = binomial(r, n, 0.7);
      b[i] = n - binomial(r, n, 0.3);
    }
    const sd = Math.sqrt(n * 0.21);
    expectMoments(a, 210, sd * sd);
    expectMoments(b, 210, sd * sd);
  });

  it('property: always an integer in [0, n], for any n up to 2^31 and p in [0, 1]', () => {
    const r = Rng.forRun(77, 0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        for (let i = 0; i < 20; i++) {
          const k = binomial(r, n, p);
          if (!Number.isInteger(k) || k < 0 || k > n) return false;
        }
        return true;
      }),
      { seed: 4242, numRuns: 2000 },
    );
  });

  it('property: Poisson is always a non-negative integer', () => {
    const r = Rng.forRun(78, 0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (lambda) => {
        for (let i = 0; i < 20; i++) {
          const k = poisson(r, lambda);
          if (!Number.isInteger(k) || k < 0) return false;
        }
        return true;
      }),
      { seed: 4243, numRuns: 2000 },
    );
  });
});
