/**
 * Exact density, cdf, quantile and a plotting range for every `Dist` (DESIGN.md §3). The
 * inspector draws the density curve and P10–P90 from these; the sampler tests check draws
 * against `distCdf`.
 *
 * A distribution that can only give one value (fixed, or low = high) is a point mass: its cdf
 * steps from 0 to 1 at the value, its density is 0 everywhere except +Infinity at the value,
 * and its support is [value, value] (the UI shows such a value as a line, not a curve).
 */
import type { Dist } from '$lib/model/schema';
import { lognormalParams, Z90 } from '$lib/model/dist';
import { betaI, betaIInv, betaPdf, normalCdf, normalPdf, normalQuantile } from './special';

type Shape =
  | { kind: 'point'; v: number }
  | { kind: 'uniform'; low: number; high: number }
  | { kind: 'triangular'; low: number; mode: number; high: number }
  | { kind: 'beta'; a: number; b: number; low: number; range: number }
  | { kind: 'normal'; mu: number; sigma: number }
  | { kind: 'lognormal'; mu: number; sigma: number };

function shapeOf(d: Dist): Shape {
  switch (d.type) {
    case 'fixed':
      return { kind: 'point', v: d.value };
    case 'uniform':
      return d.low === d.high ? { kind: 'point', v: d.low } : { kind: 'uniform', low: d.low, high: d.high };
    case 'triangular':
      return d.low === d.high ? { kind: 'point', v: d.low } : { kind: 'triangular', low: d.low, mode: d.mode, high: d.high };
    case 'pert': {
      if (d.low === d.high) return { kind: 'point', v: d.low };
      const range = d.high - d.low;
      return { kind: 'beta', a: 1 + (4 * (d.mode - d.low)) / range, b: 1 + (4 * (d.high - d.mode)) / range, low: d.low, range };
    }
    case 'normal':
      return d.low === d.high
        ? { kind: 'point', v: d.low }
        : { kind: 'normal', mu: (d.low + d.high) / 2, sigma: (d.high - d.low) / (2 * Z90) };
    case 'lognormal': {
      if (d.low === d.high) return { kind: 'point', v: d.low };
      const { mu, sigma } = lognormalParams(d.low, d.high);
      return { kind: 'lognormal', mu, sigma };
    }
    case 'beta':
      return { kind: 'beta', a: d.successes + 1, b: d.trials - d.successes + 1, low: 0, range: 1 };
  }
}

/** Probability density at x (see the module note for point masses). */
export function distPdf(d: Dist, x: number): number {
  const s = shapeOf(d);
  switch (s.kind) {
    case 'point':
      return x === s.v ? Infinity : 0;
    case 'uniform':
      return x >= s.low && x <= s.high ? 1 / (s.high - s.low) : 0;
    case 'triangular': {
      const { low, mode, high } = s;
      if (x < low || x > high) return 0;
      const w = high - low;
      if (x < mode) return (2 * (x - low)) / (w * (mode - low));
      if (x > mode) return (2 * (high - x)) / (w * (high - mode));
      return 2 / w;
    }
    case 'beta':
      return betaPdf(s.a, s.b, (x - s.low) / s.range) / s.range;
    case 'normal':
      return normalPdf((x - s.mu) / s.sigma) / s.sigma;
    case 'lognormal':
      return x > 0 ? normalPdf((Math.log(x) - s.mu) / s.sigma) / (s.sigma * x) : 0;
  }
}

/** P(X ≤ x). */
export function distCdf(d: Dist, x: number): number {
  const s = shapeOf(d);
  switch (s.kind) {
    case 'point':
      return x < s.v ? 0 : 1;
    case 'uniform':
      return x <= s.low ? 0 : x >= s.high ? 1 : (x - s.low) / (s.high - s.low);
    case 'triangular': {
      const { low, mode, high } = s;
      const w = high - low;
      if (x <= low) return 0;
      if (x >= high) return 1;
      if (x <= mode) return ((x - low) * (x - low)) / (w * (mode - low));
      return 1 - ((high - x) * (high - x)) / (w * (high - mode));
    }
    case 'beta':
      return betaI(s.a, s.b, (x - s.low) / s.range);
    case 'normal':
      return normalCdf((x - s.mu) / s.sigma);
    case 'lognormal':
      return x > 0 ? normalCdf((Math.log(x) - s.mu) / s.sigma) : 0;
  }
}

/** The p-quantile, p in [0, 1] (clamped): the smallest x with P(X ≤ x) ≥ p. */
export function distQuantile(d: Dist, p: number): number {
  const s = shapeOf(d);
  p = p > 0 ? (p < 1 ? p : 1) : 0;
  switch (s.kind) {
    case 'point':
      return s.v;
    case 'uniform':
      return s.low + p * (s.high - s.low);
    case 'triangular': {
      const { low, mode, high } = s;
      const w = high - low;
      const c = (mode - low) / w;
      return p < c ? low + Math.sqrt(p * w * (mode - low)) : high - Math.sqrt((1 - p) * w * (high - mode));
    }
    case 'beta':
      return s.low + s.range * betaIInv(s.a, s.b, p);
    case 'normal':
      return s.mu + s.sigma * normalQuantile(p);
    case 'lognormal':
      return Math.exp(s.mu + s.sigma * normalQuantile(p));
  }
}

/**
 * A range to plot the density over: the whole support when it is bounded (uniform, triangular,
 * PERT), P0.5–P99.5 for normal and lognormal, and for "s of n" the P0.5–P99.5 range widened to
 * 0 or 1 where the density does not vanish there.
 */
export function distSupport(d: Dist): [number, number] {
  const s = shapeOf(d);
  switch (s.kind) {
    case 'point':
      return [s.v, s.v];
    case 'uniform':
    case 'triangular':
      return [s.low, s.high];
    case 'beta':
      if (d.type === 'pert') return [s.low, s.low + s.range];
      return [s.a <= 1 ? 0 : betaIInv(s.a, s.b, 0.005), s.b <= 1 ? 1 : betaIInv(s.a, s.b, 0.995)];
    case 'normal':
    case 'lognormal':
      return [distQuantile(d, 0.005), distQuantile(d, 0.995)];
  }
}
