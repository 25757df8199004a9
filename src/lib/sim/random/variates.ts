/**
 * Random variates over `Rng`: normal, exponential, gamma, beta, and exact Poisson and binomial
 * samplers whose expected cost stays O(1) for any parameter size (DESIGN.md §5).
 *
 * "Exact" means: the sampled distribution is the true one up to double rounding; no normal
 * approximations. Integer samplers return integral doubles.
 */
import type { Rng } from './rng';
import { logFactorial, stirlingTail } from './log-factorial';

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

// ---------------------------------------------------------------------------------------------
// Binomial

/**
 * Binomial(n, p), exact, for an integer n ≥ 0 (up to 2^53) and p in [0, 1] (clamped outside).
 * p > ½ by symmetry (n − Bin(n, 1−p)); then inversion when (n + 1)·p is below 11, or 16 for
 * n ≤ 1024 (expected cost ≈ n·p), else BTRD (Hörmann 1993, "The generation of binomial random variables"), whose
 * expected cost is bounded for all n.
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialLow(rng, n, 1 - p);
  return binomialLow(rng, n, p);
}

/**
 * Inversion below this (n + 1)·p, BTRD above. 11 where q^n needs exp and log1p; with q^n by
 * squaring, inversion stays cheaper than BTRD (≈ 90 ns, about half of its draws rejected from
 * the box at such small n·p·q) up to about 16.
 */
const INVERSION_MAX_MEAN = 11;
const INVERSION_POW_MAX_MEAN = 16;

function binomialLow(rng: Rng, n: number, p: number): number {
  const pow = n <= INVERSION_POW_MAX_N && p >= INVERSION_POW_MIN_P;
  if ((n + 1) * p < (pow ? INVERSION_POW_MAX_MEAN : INVERSION_MAX_MEAN)) return binomialInversion(rng, n, p, pow);
  return binomialBtrd(rng, n, p);
}

/**
 * Within these, q^n by repeated squaring (≤ 10 squarings) replaces exp(n·log1p(−p)), two
 * transcendental calls that were half the cost of a small draw. The rounding of 1 − p (≤ 2^-53)
 * grows to a relative error below n·2^-53 ≈ 1e-13 in q^n, the order of the ln k! table's error
 * in the other samplers; for tiny p (where 1 − p rounds away p itself) log1p stays.
 */
const INVERSION_POW_MAX_N = 1024;
const INVERSION_POW_MIN_P = 1 / 1024;

function binomialInversion(rng: Rng, n: number, p: number, pow: boolean): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  let r0: number;
  if (pow) {
    r0 = 1;
    let b = q;
    for (let e = n; e > 0; e >>>= 1) {
      if (e & 1) r0 *= b;
      b *= b;
    }
  } else {
    // q^n through log1p: exact for tiny p where 1 − p rounds.
    r0 = Math.exp(n * Math.log1p(-p));
  }
  for (;;) {
    let u = rng.float();
    let r = r0;
    let x = 0;
    // The pmf terms fall to 0 past n (the ratio is 0 at x = n + 1) or by underflow far in the
    // tail (n·p < 11): a draw that walks that far is rounding debris (the terms sum to 1 − ε),
    // drawn again.
    while (u >= r) {
      u -= r;
      x++;
      r *= a / x - s;
      if (!(r > 0)) break;
    }
    if (r > 0) return x;
  }
}

function binomialBtrd(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const m = Math.floor((n + 1) * p);
  const r = p / q;
  const nr = (n + 1) * r;
  const npq = n * p * q;
  const sqrtNpq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * sqrtNpq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * sqrtNpq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  // h of step 3.3 depends on (n, p) only; computed on first need (most draws never need it).
  let h = 0;
  let hReady = false;
  for (;;) {
    let v = rng.float();
    let u: number;
    if (v <= urvr) {
      // Step 1: the box in the centre — accept at once.
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = rng.float() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = (u < 0 ? -0.5 : 0.5) - u;
      v = rng.float() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      // Step 3.1: f(k)/f(m) by the recursion of the pmf.
      let f = 1;
      if (m < k) {
        for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      } else if (m > k) {
        for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      }
      if (v <= f) return k;
      continue;
    }
    // Step 3.2: squeeze on ln v.
    v = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (v < t - rho) return k;
    if (v > t + rho) continue;
    // Steps 3.3–3.4: the exact test with Stirling remainders.
    const nm = n - m + 1;
    if (!hReady) {
      h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingTail(m) + stirlingTail(n - m);
      hReady = true;
    }
    const nk = n - k + 1;
    if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingTail(k) - stirlingTail(n - k)) {
      return k;
    }
  }
}
