import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertDist, distTypesFor, summarize } from '$lib/ui/inspector/dist-convert';
import { distMean } from '$lib/model/dist';
import { distProblems } from '$lib/model/dist-check';
import type { Dist, DistType } from '$lib/model/schema';

const TYPES: DistType[] = ['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal'];

describe('convertDist', () => {
  it('keeps a range when switching between range kinds', () => {
    const range: Dist = { type: 'uniform', low: 0.08, high: 0.15 };
    expect(convertDist(range, 'normal', 'rate')).toEqual({ type: 'normal', low: 0.08, high: 0.15 });
    expect(convertDist(range, 'lognormal', 'rate')).toEqual({ type: 'lognormal', low: 0.08, high: 0.15 });
    expect(convertDist(range, 'pert', 'rate')).toEqual({ type: 'pert', low: 0.08, mode: 0.115, high: 0.15 });
    expect(convertDist(range, 'triangular', 'rate')).toEqual({ type: 'triangular', low: 0.08, mode: 0.115, high: 0.15 });
  });
  it('keeps min / most likely / max between triangular and PERT', () => {
    const pert: Dist = { type: 'pert', low: 10, mode: 20, high: 60 };
    const tri = convertDist(pert, 'triangular', 'count');
    expect(tri).toEqual({ type: 'triangular', low: 10, mode: 20, high: 60 });
    expect(convertDist(tri, 'pert', 'count')).toEqual(pert);
  });
  it('keeps the mean of a lognormal range when it becomes a PERT', () => {
    const logn: Dist = { type: 'lognormal', low: 10, high: 100 };
    const pert = convertDist(logn, 'pert', 'money');
    expect(pert).toMatchObject({ low: 10, high: 100 });
    expect(distMean(pert)).toBeCloseTo(distMean(logn), 0);
  });
  it('turns a range into its mean when fixed, and a fixed number into a ±20 % range', () => {
    expect(convertDist({ type: 'uniform', low: 100, high: 200 }, 'fixed', 'money')).toEqual({ type: 'fixed', value: 150 });
    expect(convertDist({ type: 'fixed', value: 100 }, 'uniform', 'count')).toEqual({ type: 'uniform', low: 80, high: 120 });
    expect(convertDist({ type: 'fixed', value: 0 }, 'uniform', 'rate')).toEqual({ type: 'uniform', low: 0, high: 0.01 });
  });
  it('keeps a rate range inside 0–100 %', () => {
    expect(convertDist({ type: 'fixed', value: 0.95 }, 'uniform', 'rate')).toEqual({ type: 'uniform', low: 0.76, high: 1 });
  });
  it('gives a lognormal a positive low', () => {
    const d = convertDist({ type: 'uniform', low: 0, high: 10 }, 'lognormal', 'delay');
    expect(d.type).toBe('lognormal');
    expect(distProblems(d, 'delay')).toEqual([]);
  });
  it('turns a rate range into "s of n" with the same mean and about the same spread, and back', () => {
    const beta = convertDist({ type: 'uniform', low: 0.1, high: 0.2 }, 'beta', 'rate');
    expect(beta.type).toBe('beta');
    expect(distMean(beta)).toBeCloseTo(0.15, 2);
    const back = summarize(beta);
    expect(back.low).toBeGreaterThan(0.08);
    expect(back.high).toBeLessThan(0.22);
    expect(back.high - back.low).toBeGreaterThan(0.06);
  });
  it('offers "observed s of n" only for rates', () => {
    expect(distTypesFor('rate')).toContain('beta');
    expect(distTypesFor('money')).not.toContain('beta');
  });
  it('always gives valid parameters for valid input (property)', () => {
    const domains = ['rate', 'count', 'money', 'delay'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...domains),
        fc.constantFrom(...TYPES),
        fc.constantFrom(...TYPES, 'beta' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (domain, from, to, a, b, c) => {
          if (to === 'beta' && domain !== 'rate') return;
          const scale = domain === 'rate' ? 1 : 1000;
          const [lo, mid, hi] = [a, b, c].map((x) => x * scale).sort((x, y) => x - y);
          const start: Dist =
            from === 'fixed' ? { type: 'fixed', value: mid }
            : from === 'triangular' || from === 'pert' ? { type: from, low: lo, mode: mid, high: hi }
            : from === 'lognormal' ? { type: 'lognormal', low: Math.max(lo, scale * 1e-3), high: Math.max(hi, scale * 2e-3) }
            : ({ type: from, low: lo, high: hi } as Dist);
          const out = convertDist(start, to, domain);
          expect(out.type).toBe(to);
          expect(distProblems(out, domain)).toEqual([]);
        },
      ),
      { seed: 7, numRuns: 400 },
    );
  });
});
