import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dist } from '$lib/model/schema';
import { Z90 } from '$lib/model/dist';
import { distCdf, distPdf, distQuantile, distSupport } from '$lib/sim/random/dist-math';
import { betaI, betaIInv, gammaP, gammaQ, lnGamma, normalCdf, normalQuantile } from '$lib/sim/random/special';
import { logFactorial } from '$lib/sim/random/log-factorial';

const close = (a: number, b: number, rel = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe('special functions against reference values (SciPy)', () => {
  it('ln Γ and ln k!', () => {
    close(lnGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-14);
    close(lnGamma(0.1), 2.252712651734206, 1e-14);
    close(lnGamma(10), Math.log(362880), 1e-14);
    close(lnGamma(1e6), 12815504.569147611, 1e-15);
    close(logFactorial(300), lnGamma(301), 1e-14);
    close(logFactorial(255), lnGamma(256), 1e-13);
    close(logFactorial(256), lnGamma(257), 1e-14);
  });

  it('incomplete gamma', () => {
    close(gammaP(3, 2), 0.32332358381693654, 1e-13);
    close(gammaP(0.05, 1e-3), 0.7271792290529225, 1e-13);
    close(gammaP(1e6, 1e6 + 1000), 0.8413447863683402, 1e-9);
    close(gammaQ(0.5, 30), 9.485737571073857e-15, 1e-12);
    // χ²(63) critical value at α = 0.001: Q(31.5, 103.44237731987324 / 2) = 0.001.
    close(gammaQ(31.5, 103.44237731987324 / 2), 0.001, 1e-10);
  });

  it('normal cdf and quantile', () => {
    close(normalCdf(1.96), 0.9750021048517795, 1e-14);
    close(normalCdf(-10) / 7.61985302416047e-24, 1, 1e-12);
    close(normalQuantile(0.975), 1.959963984540054, 1e-14);
    close(normalQuantile(0.95), Z90, 1e-14);
    close(normalQuantile(1e-10), -6.361340902404056, 1e-13);
    close(normalQuantile(0.5), 0, 1e-15);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('incomplete beta and its inverse', () => {
    close(betaI(2, 3, 0.4), 0.5248, 1e-13);
    close(betaI(1001, 200001, 0.005), 0.5546212467653657, 1e-8);
    close(betaIInv(31, 71, 0.3), 0.27909979630012055, 1e-12);
    close(betaIInv(0.5, 0.5, 0.1), 0.024471741852423214, 1e-12);
    close(betaIInv(1, 1001, 0.995), 0.005279040971181681, 1e-12);
  });
});

const DISTS: Dist[] = [
  { type: 'fixed', value: 3 },
  { type: 'uniform', low: 2, high: 7 },
  { type: 'triangular', low: 0, mode: 2, high: 10 },
  { type: 'triangular', low: 0, mode: 0, high: 1 },
  { type: 'triangular', low: 0, mode: 1, high: 1 },
  { type: 'pert', low: 0.01, mode: 0.03, high: 0.1 },
  { type: 'pert', low: 5, mode: 5, high: 9 },
  { type: 'normal', low: 90, high: 110 },
  { type: 'lognormal', low: 10, high: 50 },
  { type: 'beta', successes: 30, trials: 100 },
  { type: 'beta', successes: 0, trials: 0 },
  { type: 'beta', successes: 0, trials: 1000 },
];
const label = (d: Dist) => JSON.stringify(d);

/** ∫ pdf over [a, b] by composite Simpson with n (even) panels. */
function simpson(f: (x: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

describe('dist-math', () => {
  for (const d of DISTS.filter((d) => d.type !== 'fixed')) {
    it(`pdf integrates to the cdf's mass over the support: ${label(d)}`, () => {
      const [lo, hi] = distSupport(d);
      expect(lo).toBeLessThan(hi);
      // Endpoint singularities are avoided by integrating the open interval.
      const eps = (hi - lo) * 1e-9;
      const mass = simpson((x) => distPdf(d, x), lo + eps, hi - eps);
      const expected = distCdf(d, hi - eps) - distCdf(d, lo + eps);
      expect(Math.abs(mass - expected)).toBeLessThan(2e-4);
      expect(expected).toBeGreaterThan(0.98);
    });

    it(`quantile inverts cdf: ${label(d)}`, () => {
      const [lo, hi] = distSupport(d);
      for (let i = 1; i < 50; i++) {
        const p = i / 50;
        const x = distQuantile(d, p);
        expect(Math.abs(distCdf(d, x) - p)).toBeLessThan(1e-10);
        const y = lo + ((hi - lo) * i) / 50;
        const back = distQuantile(d, distCdf(d, y));
        expect(Math.abs(back - y)).toBeLessThan(1e-7 * Math.max(1, Math.abs(y)));
      }
    });

    it(`pdf is the derivative of the cdf: ${label(d)}`, () => {
      const [lo, hi] = distSupport(d);
      for (let i = 1; i < 20; i++) {
        const x = lo + ((hi - lo) * (i + 0.37)) / 20.5;
        const h = (hi - lo) * 1e-6;
        const num = (distCdf(d, x + h) - distCdf(d, x - h)) / (2 * h);
        expect(Math.abs(num - distPdf(d, x))).toBeLessThan(1e-5 * Math.max(1, distPdf(d, x)));
      }
    });
  }

  it('the 90 % interval of normal and lognormal is [low, high]', () => {
    for (const d of [DISTS[7], DISTS[8]] as Extract<Dist, { low: number }>[]) {
      close(distQuantile(d, 0.05), d.low, 1e-12);
      close(distQuantile(d, 0.95), d.high, 1e-12);
    }
  });

  it('supports: bounded types give their bounds, unbounded P0.5–P99.5, beta opens to 0 or 1', () => {
    expect(distSupport({ type: 'uniform', low: 2, high: 7 })).toEqual([2, 7]);
    expect(distSupport({ type: 'pert', low: 1, mode: 2, high: 4 })).toEqual([1, 4]);
    const [nlo, nhi] = distSupport({ type: 'normal', low: 90, high: 110 });
    close(distCdf({ type: 'normal', low: 90, high: 110 }, nlo), 0.005, 1e-12);
    close(distCdf({ type: 'normal', low: 90, high: 110 }, nhi), 0.995, 1e-12);
    const [blo, bhi] = distSupport({ type: 'beta', successes: 0, trials: 1000 });
    expect(blo).toBe(0);
    close(bhi, 0.005279040971181681, 1e-10);
    expect(distSupport({ type: 'beta', successes: 0, trials: 0 })).toEqual([0, 1]);
  });

  it('point masses: fixed and collapsed ranges', () => {
    for (const d of [DISTS[0], { type: 'normal', low: 3, high: 3 }, { type: 'pert', low: 3, mode: 3, high: 3 }] as Dist[]) {
      expect(distSupport(d)).toEqual([3, 3]);
      expect(distCdf(d, 2.999)).toBe(0);
      expect(distCdf(d, 3)).toBe(1);
      expect(distQuantile(d, 0.3)).toBe(3);
      expect(distPdf(d, 2)).toBe(0);
    }
  });

  it('property: quantile is monotone and inside the support', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DISTS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, p1, p2) => {
          const [a, b] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const qa = distQuantile(d, a);
          const qb = distQuantile(d, b);
          if (!(qa <= qb)) return false;
          if (d.type === 'normal' || d.type === 'lognormal') return true;
          const [lo, hi] = d.type === 'beta' ? [0, 1] : distSupport(d);
          return qa >= lo - 1e-12 && qb <= hi + 1e-12;
        },
      ),
      { seed: 99, numRuns: 3000 },
    );
  });
});
