/**
 * Exact binomial variates (DESIGN.md §5): inversion for small means, BTRD (Hörmann 1993, "The
 * generation of binomial random variables") above, so the expected cost stays O(1) for any n.
 *
 * The engine simulates a block of runs side by side and splits each group of people for all of
 * them at once, so the sampler's primary form is `binomialBlock`: one call draws Bin(n_j, p_j)
 * for every run j of the block, each from its own stream. Everything (both methods and the
 * generator step) is inside that one loop on purpose — a call per draw, and the heap number V8
 * allocates to pass p into a function it does not inline, cost about a third of a draw.
 *
 * "Exact" means: the sampled distribution is the true one up to double rounding; no normal
 * approximations. Results are integral doubles.
 */
import type { Rng } from './rng';
import { stirlingTail } from './log-factorial';

/** 2^-53: the spacing of the 53-bit floats a uniform is made of (as in rng.ts). */
const EPS53 = 1 / 9007199254740992;

/**
 * Inversion below this (n + 1)·p, BTRD above. 11 where q^n needs exp and log1p; with q^n by
 * squaring, inversion stays cheaper than BTRD (about half of its draws rejected from the box at
 * such small n·p·q) up to about 16.
 */
const INVERSION_MAX_MEAN = 11;
const INVERSION_POW_MAX_MEAN = 16;

/**
 * Within these, q^n by repeated squaring (≤ 10 squarings) replaces exp(n·log1p(−p)), two
 * transcendental calls that were half the cost of a small draw. The rounding of 1 − p (≤ 2^-53)
 * grows to a relative error below n·2^-53 ≈ 1e-13 in q^n, the order of the ln k! table's error
 * in the other samplers; for tiny p (where 1 − p rounds away p itself) log1p stays.
 */
const INVERSION_POW_MAX_N = 1024;
const INVERSION_POW_MIN_P = 1 / 1024;
/**
 * [1, b] for the squaring loop: `r0 *= SEL[bit]` instead of `if (bit) r0 *= b`. The bits of n
 * are random, so that branch was mispredicted about half the time; the lookup has no branch, and
 * multiplying by 1 is exact, so the result is the same.
 */
const SEL = new Float64Array(2);
SEL[0] = 1;

/**
 * out[j] = Bin(ns[j], ps[pOff + j]) for j < count, run j drawing from the generator state at
 * st[stOff + 4j … +3]. Each n an integer ≥ 0 (up to 2^53), each p in [0, 1] (clamped outside).
 * A draw with n ≤ 0, p ≤ 0 or p ≥ 1 is decided without touching the stream.
 *
 * Per draw: p > ½ by symmetry (n − Bin(n, 1−p)); then inversion when (n + 1)·p is below 11, or
 * 16 for n ≤ 1024 (expected cost ≈ n·p), else BTRD, whose expected cost is bounded for all n.
 */
export function binomialBlock(
  st: Int32Array, stOff: number, ns: Float64Array, ps: Float64Array, pOff: number, out: Float64Array, count: number,
): void {
  for (let j = 0; j < count; j++) {
    const n = ns[j];
    let p = ps[pOff + j];
    if (n <= 0 || !(p > 0)) {
      out[j] = 0;
      continue;
    }
    if (p >= 1) {
      out[j] = n;
      continue;
    }
    const flip = p > 0.5;
    if (flip) p = 1 - p;
    const q = 1 - p;
    // The run's sfc32 state in locals for the whole draw. Each uniform below is `rng.float()`
    // written out (two steps, 27 + 26 bits): as calls, V8's inlining budget ran out inside this
    // function and the draws that missed out cost twice as much.
    const o = stOff + 4 * j;
    let A = st[o];
    let B = st[o + 1];
    let C = st[o + 2];
    let D = st[o + 3];
    let t1 = 0;
    let t2 = 0;
    let x = 0;
    const pow = n <= INVERSION_POW_MAX_N && p >= INVERSION_POW_MIN_P;
    if ((n + 1) * p < (pow ? INVERSION_POW_MAX_MEAN : INVERSION_MAX_MEAN)) {
      // Inversion: walk the pmf from 0.
      const s = p / q;
      const a = (n + 1) * s;
      let r0: number;
      if (pow) {
        r0 = 1;
        let b = q;
        for (let e = n; e > 0; e >>>= 1) {
          SEL[1] = b;
          r0 *= SEL[e & 1];
          b *= b;
        }
      } else {
        // q^n through log1p: exact for tiny p where 1 − p rounds.
        r0 = Math.exp(n * Math.log1p(-p));
      }
      for (;;) {
        t1 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t1) | 0;
        t2 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t2) | 0;
        let u = ((t1 >>> 5) * 67108864 + (t2 >>> 6)) * EPS53;
        let r = r0;
        x = 0;
        // The pmf terms fall to 0 past n (the ratio is 0 at x = n + 1) or by underflow far in
        // the tail (n·p < 11): a draw that walks that far is rounding debris (the terms sum to
        // 1 − ε), drawn again.
        while (u >= r) {
          u -= r;
          x++;
          r *= a / x - s;
          if (!(r > 0)) break;
        }
        if (r > 0) break;
      }
    } else {
      // BTRD.
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
        t1 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t1) | 0;
        t2 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t2) | 0;
        let v = ((t1 >>> 5) * 67108864 + (t2 >>> 6)) * EPS53;
        let u: number;
        if (v <= urvr) {
          // Step 1: the box in the centre — accept at once.
          u = v / vr - 0.43;
          x = Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
          break;
        }
        t1 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t1) | 0;
        t2 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t2) | 0;
        const w = ((t1 >>> 5) * 67108864 + (t2 >>> 6)) * EPS53;
        if (v >= vr) {
          u = w - 0.5;
        } else {
          u = v / vr - 0.93;
          u = (u < 0 ? -0.5 : 0.5) - u;
          v = w * vr;
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
          if (v <= f) {
            x = k;
            break;
          }
          continue;
        }
        // Step 3.2: squeeze on ln v.
        v = Math.log(v);
        const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
        const t = (-km * km) / (2 * npq);
        if (v < t - rho) {
          x = k;
          break;
        }
        if (v > t + rho) continue;
        // Steps 3.3–3.4: the exact test with Stirling remainders.
        const nm = n - m + 1;
        if (!hReady) {
          h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingTail(m) + stirlingTail(n - m);
          hReady = true;
        }
        const nk = n - k + 1;
        if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingTail(k) - stirlingTail(n - k)) {
          x = k;
          break;
        }
      }
    }
    st[o] = A;
    st[o + 1] = B;
    st[o + 2] = C;
    st[o + 3] = D;
    out[j] = flip ? n - x : x;
  }
}

// One-draw form: the same kernel on a block of one (module scratch, so nothing is allocated).
const N1 = new Float64Array(1);
const P1 = new Float64Array(1);
const X1 = new Float64Array(1);

/** Binomial(n, p), exact, from `rng`'s stream: `binomialBlock` for a single draw. */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  N1[0] = n;
  P1[0] = p;
  binomialBlock(rng.st, rng.o, N1, P1, 0, X1, 1);
  return X1[0];
}
