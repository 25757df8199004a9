/** Every Dist type: moments against theory and a KS test against its exact cdf. */
import { describe, expect, it } from 'vitest';
import type { Dist } from '$lib/model/schema';
import { distMean, lognormalParams, Z90 } from '$lib/model/dist';
import { Rng } from '$lib/sim/random/rng';
import { DIST_STRIDE, DistCode, encodeDist, sampleDist, sampleEncoded } from '$lib/sim/random/dist-sampler';
import { distCdf } from '$lib/sim/random/dist-math';
import { expectMoments, ksCritical, ksStatistic } from './helpers';

function variance(d: Dist): number {
  switch (d.type) {
    case 'fixed':
      return 0;
    case 'uniform':
      return (d.high - d.low) ** 2 / 12;
    case 'triangular': {
      const { low: a, mode: c, high: b } = d;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'pert': {
      const r = d.high - d.low;
      const al = 1 + (4 * (d.mode - d.low)) / r;
      const be = 1 + (4 * (d.high - d.mode)) / r;
      return (r * r * al * be) / ((al + be) ** 2 * (al + be + 1));
    }
    case 'normal':
      return ((d.high - d.low) / (2 * Z90)) ** 2;
    case 'lognormal': {
      const { mu, sigma } = lognormalParams(d.low, d.high);
      return (Math.exp(sigma * sigma) - 1) * Math.exp(2 * mu + sigma * sigma);
    }
    case 'beta': {
      const a = d.successes + 1;
      const b = d.trials - d.successes + 1;
      return (a * b) / ((a + b) ** 2 * (a + b + 1));
    }
  }
}

const CONTINUOUS: Dist[] = [
  { type: 'uniform', low: -2, high: 7 },
  { type: 'triangular', low: 0, mode: 2, high: 10 },
  { type: 'triangular', low: 0, mode: 0, high: 1 },
  { type: 'triangular', low: 3, mode: 5, high: 5 },
  { type: 'pert', low: 0.01, mode: 0.03, high: 0.1 },
  { type: 'pert', low: 100, mode: 100, high: 400 },
  { type: 'normal', low: 90, high: 110 },
  { type: 'normal', low: -0.01, high: 0.05 },
  { type: 'lognormal', low: 10, high: 50 },
  { type: 'lognormal', low: 0.5, high: 40 },
  { type: 'beta', successes: 30, trials: 100 },
  { type: 'beta', successes: 0, trials: 0 },
  { type: 'beta', successes: 2, trials: 5000 },
];

const N = 50_000;

describe('dist-sampler', () => {
  CONTINUOUS.forEach((d, i) => {
    it(`${JSON.stringify(d)}: mean, variance and KS against distCdf`, () => {
      const buf = new Float64Array(DIST_STRIDE * 2);
      encodeDist(d, buf, DIST_STRIDE); // at an offset, to catch offset mistakes
      const rng = Rng.forRun(500, i);
      const xs = new Float64Array(N);
      for (let k = 0; k < N; k++) xs[k] = sampleEncoded(rng, buf, DIST_STRIDE);
      expectMoments(xs, distMean(d), variance(d));
      expect(ksStatistic(xs, (x) => distCdf(d, x))).toBeLessThan(ksCritical(N));
    });
  });

  it('fixed and collapsed ranges encode as fixed and always return the value', () => {
    const rng = Rng.forRun(1, 0);
    const buf = new Float64Array(DIST_STRIDE);
    for (const d of [
      { type: 'fixed', value: 0.25 },
      { type: 'uniform', low: 0.25, high: 0.25 },
      { type: 'triangular', low: 0.25, mode: 0.25, high: 0.25 },
      { type: 'pert', low: 0.25, mode: 0.25, high: 0.25 },
      { type: 'normal', low: 0.25, high: 0.25 },
      { type: 'lognormal', low: 0.25, high: 0.25 },
    ] as Dist[]) {
      encodeDist(d, buf, 0);
      expect(buf[0]).toBe(DistCode.fixed);
      for (let i = 0; i < 5; i++) expect(sampleEncoded(rng, buf, 0)).toBe(0.25);
    }
  });

  it('encodes the documented parameters', () => {
    const buf = new Float64Array(DIST_STRIDE);
    encodeDist({ type: 'pert', low: 10, mode: 20, high: 50 }, buf, 0);
    expect(Array.from(buf)).toEqual([DistCode.pert, 2, 4, 10, 40, 0]);
    encodeDist({ type: 'normal', low: 90, high: 110 }, buf, 0);
    expect(Array.from(buf)).toEqual([DistCode.normal, 100, 10 / Z90, 0, 0, 0]);
    encodeDist({ type: 'beta', successes: 3, trials: 10 }, buf, 0);
    expect(Array.from(buf)).toEqual([DistCode.beta, 4, 8, 0, 0, 0]);
    encodeDist({ type: 'uniform', low: 1, high: 4 }, buf, 0);
    expect(Array.from(buf)).toEqual([DistCode.uniform, 1, 3, 0, 0, 0]);
  });

  it('refuses parameters the schema refuses instead of producing NaN', () => {
    const buf = new Float64Array(DIST_STRIDE);
    for (const d of [
      { type: 'uniform', low: 3, high: 1 },
      { type: 'triangular', low: 0, mode: 5, high: 4 },
      { type: 'pert', low: 0, mode: NaN, high: 4 },
      { type: 'lognormal', low: 0, high: 4 },
      { type: 'beta', successes: 5, trials: 4 },
      { type: 'fixed', value: Infinity },
    ] as Dist[]) {
      expect(() => encodeDist(d, buf, 0)).toThrow(RangeError);
    }
    buf[0] = 99;
    expect(() => sampleEncoded(Rng.forRun(1, 0), buf, 0)).toThrow(RangeError);
  });

  it('sampleDist draws the same as encode + sampleEncoded on the same stream', () => {
    const d: Dist = { type: 'pert', low: 1, mode: 2, high: 6 };
    const buf = new Float64Array(DIST_STRIDE);
    encodeDist(d, buf, 0);
    const a = Rng.forRun(8, 3);
    const b = Rng.forRun(8, 3);
    for (let i = 0; i < 100; i++) expect(sampleDist(a, d)).toBe(sampleEncoded(b, buf, 0));
  });
});
