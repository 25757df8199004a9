/**
 * Random variates over `Rng`: normal, exponential, gamma, beta, and exact Poisson samplers whose
 * expected cost stays O(1) for any parameter size (DESIGN.md §5); the binomial is in binomial.ts.
 *
 * "Exact" means: the sampled distribution is the true one up to double rounding; no normal
 * approximations. Integer samplers return integral doubles.
 */
import type { Rng } from './rng';
import { logFactorial } from './log-factorial';

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

// ---------------------------------------------------------------------------------------------
// Poisson

/** Below this mean, sequential inversion (expected λ+1 steps) beats PTRS's setup and logs. */
const POISSON_INVERSION_MAX = 10;

/** Poisson(λ), exact. λ ≤ 0 (or NaN) gives 0. */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda < POISSON_INVERSION_MAX) return poissonInversion(rng, lambda);
  return poissonPtrs(rng, lambda);
}

function poissonInversion(rng: Rng, lambda: number): number {
  const p0 = Math.exp(-lambda);
  for (;;) {
    let u = rng.float();
    let p = p0;
    let k = 0;
    // Walk the cdf; the mass lost to rounding (≈1e-16) would leave u above the total forever,
    // so give up at a point whose tail is below 1e-30 and draw again.
    while (u >= p) {
      u -= p;
      k++;
      p *= lambda / k;
      if (k > 120) break;
    }
    if (k <= 120) return k;
  }
}

/** PTRS, Hörmann (1993), "The transformed rejection method for generating Poisson random
 * variables", for λ ≥ 10. */
function poissonPtrs(rng: Rng, lambda: number): number {
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.float() - 0.5;
    const v = rng.float();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) {
      return k;
    }
  }
}

export { binomial, binomialBlock } from './binomial';
