/** Moments of the continuous samplers against theory (their KS tests live in dist-sampler.test.ts). */
import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/sim/random/rng';
import { beta, exponential, gamma, normal } from '$lib/sim/random/variates';
import { expectMoments, ksCritical, ksStatistic } from './helpers';
import { gammaP, normalCdf, betaI } from '$lib/sim/random/special';

const N = 100_000;

function draw(f: () => number, n = N): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f();
  return out;
}

describe('continuous variates', () => {
  it('normal: mean 0, variance 1, KS against Φ', () => {
    const r = Rng.forRun(1, 1);
    const xs = draw(() => normal(r));
    expectMoments(xs, 0, 1);
    expect(ksStatistic(xs, normalCdf)).toBeLessThan(ksCritical(N));
  });

  it('normal: the cached spare does not leak across reseed', () => {
    const r = Rng.forRun(4, 0);
    normal(r); // leaves a spare
    r.reseed(4, 1);
    const fresh = Rng.forRun(4, 1);
    for (let i = 0; i < 10; i++) expect(normal(r)).toBe(normal(fresh));
  });

  it('exponential: mean 1, variance 1, KS', () => {
    const r = Rng.forRun(1, 2);
    const xs = draw(() => exponential(r));
    expectMoments(xs, 1, 1);
    expect(ksStatistic(xs, (x) => 1 - Math.exp(-x))).toBeLessThan(ksCritical(N));
  });

  for (const shape of [0.05, 0.3, 1, 2.5, 50, 1e6]) {
    it(`gamma(${shape}): mean and variance = shape, KS against P(a, x)`, () => {
      const r = Rng.forRun(2, Math.round(shape * 100));
      // P(a, x) costs O(√a) per point: fewer draws for the huge shape.
      const n = shape > 1000 ? 10_000 : N;
      const xs = draw(() => gamma(r, shape), n);
      expectMoments(xs, shape, shape);
      expect(ksStatistic(xs, (x) => gammaP(shape, x))).toBeLessThan(ksCritical(n));
    });
  }

  it('gamma of a non-positive shape is 0', () => {
    const r = Rng.forRun(2, 0);
    expect(gamma(r, 0)).toBe(0);
    expect(gamma(r, -1)).toBe(0);
    expect(gamma(r, NaN)).toBe(0);
  });

  for (const [a, b] of [
    [1, 1],
    [0.5, 0.5],
    [2, 5],
    [31, 71],
    [1, 1001],
  ] as const) {
    it(`beta(${a}, ${b}): mean, variance, KS against I_x(a, b)`, () => {
      const r = Rng.forRun(3, a * 1000 + b);
      const xs = draw(() => beta(r, a, b));
      const mean = a / (a + b);
      const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
      expectMoments(xs, mean, variance);
      expect(ksStatistic(xs, (x) => betaI(a, b, x))).toBeLessThan(ksCritical(N));
    });
  }

  it('beta with vanishing shapes tends to Bernoulli(a/(a+b)) and stays in [0, 1]', () => {
    const r = Rng.forRun(3, 9);
    let ones = 0;
    let bad = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = beta(r, 1e-3, 3e-3);
      if (!(x >= 0 && x <= 1)) bad++;
      if (x > 0.5) ones++;
    }
    expect(bad).toBe(0);
    // P(X > ½) → ¼; SE of the share ≈ 0.003.
    expect(Math.abs(ones / 20_000 - 0.25)).toBeLessThan(0.02);
  });
});
