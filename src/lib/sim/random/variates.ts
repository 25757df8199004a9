/**
 * Random variates over `Rng`: normal, exponential, gamma, beta, and the exact Poisson and binomial
 * samplers (poisson.ts, binomial.ts), whose expected cost stays O(1) for any parameter size.
 *
 * "Exact" means: the sampled distribution is the true one up to double rounding; no normal
 * approximations. Integer samplers return integral doubles.
 */
import type { Rng } from './rng';

/**
 * Standard normal by Marsaglia's polar method. The second value of each pair is kept on the
 * generator (`rng.spare`), which `reseed` clears, so a run's draws depend on its stream only.
 */
export function normal(rng: Rng): number {
  if (rng.hasSpare) {
    rng.hasSpare = false;
    return rng.spare;
  }
  let u: number;
  let v: number;
  let s: number;
  do {
    u = 2 * rng.float() - 1;
    v = 2 * rng.float() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s === 0);
  const f = Math.sqrt((-2 * Math.log(s)) / s);
  rng.spare = v * f;
  rng.hasSpare = true;
  return u * f;
}

/** Standard exponential (mean 1) by inversion. */
export function exponential(rng: Rng): number {
  return -Math.log(rng.floatOpen());
}

/**
 * Gamma(shape, scale 1) by Marsaglia & Tsang (2000); for shape < 1 the boost
 * Gamma(a) = Gamma(a + 1)·U^(1/a). Shape ≤ 0 (or NaN) gives 0, the degenerate limit.
 */
export function gamma(rng: Rng, shape: number): number {
  if (!(shape > 0)) return 0;
  if (shape < 1) {
    // exp(ln U / a) instead of U^(1/a): the same value, and a clear underflow to 0 for tiny a.
    return gammaLarge(rng, shape + 1) * Math.exp(Math.log(rng.floatOpen()) / shape);
  }
  return gammaLarge(rng, shape);
}

function gammaLarge(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.floatOpen();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a);
  const y = gamma(rng, b);
  const s = x + y;
  // Both gammas underflow only for tiny shapes, where Beta(a, b) tends to Bernoulli(a/(a+b)).
  if (s === 0) return rng.float() * (a + b) < a ? 1 : 0;
  return x / s;
}

export { poisson, poissonBlock } from './poisson';
export { binomial, binomialBlock } from './binomial';
