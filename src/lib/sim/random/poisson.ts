/**
 * Exact Poisson variates: sequential inversion for small means, PTRS (Hörmann 1993, "The
 * transformed rejection method for generating Poisson random variables") from λ = 10, so the
 * expected cost stays O(1) for any λ.
 *
 * Like binomial.ts, the primary form draws for a block of runs side by side, each from its own
 * stream, with the generator state in locals: no call, no boxed λ and no swapping of the run's
 * state in and out per draw.
 */
import type { Rng } from './rng';
import { logFactorial } from './log-factorial';

/** 2^-53: the spacing of the 53-bit floats a uniform is made of (as in rng.ts). */
const EPS53 = 1 / 9007199254740992;

/** Below this mean, sequential inversion (expected λ+1 steps) beats PTRS's setup and logs. */
const POISSON_INVERSION_MAX = 10;

/**
 * out[j] = Poisson(lams[lOff + j]) for j < count, run j drawing from the generator state at
 * st[stOff + 4j … +3]. λ ≤ 0 (or NaN) gives 0 without touching the stream.
 */
export function poissonBlock(st: Int32Array, stOff: number, lams: Float64Array, lOff: number, out: Float64Array, count: number): void {
  for (let j = 0; j < count; j++) {
    const lambda = lams[lOff + j];
    if (!(lambda > 0)) {
      out[j] = 0;
      continue;
    }
    // The run's sfc32 state in locals; each uniform is `rng.float()` written out (see binomial.ts).
    const o = stOff + 4 * j;
    let A = st[o];
    let B = st[o + 1];
    let C = st[o + 2];
    let D = st[o + 3];
    let t1 = 0;
    let t2 = 0;
    let k = 0;
    if (lambda < POISSON_INVERSION_MAX) {
      const p0 = Math.exp(-lambda);
      for (;;) {
        t1 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t1) | 0;
        t2 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t2) | 0;
        let u = ((t1 >>> 5) * 67108864 + (t2 >>> 6)) * EPS53;
        let p = p0;
        k = 0;
        // Walk the cdf; the mass lost to rounding (≈1e-16) would leave u above the total
        // forever, so give up at a point whose tail is below 1e-30 and draw again.
        while (u >= p) {
          u -= p;
          k++;
          p *= lambda / k;
          if (k > 120) break;
        }
        if (k <= 120) break;
      }
    } else {
      const slam = Math.sqrt(lambda);
      const loglam = Math.log(lambda);
      const b = 0.931 + 2.53 * slam;
      const a = -0.059 + 0.02483 * b;
      const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
      const vr = 0.9277 - 3.6224 / (b - 2);
      for (;;) {
        t1 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t1) | 0;
        t2 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t2) | 0;
        const u = ((t1 >>> 5) * 67108864 + (t2 >>> 6)) * EPS53 - 0.5;
        t1 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t1) | 0;
        t2 = (((A + B) | 0) + D) | 0; D = (D + 1) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (((C << 21) | (C >>> 11)) + t2) | 0;
        const v = ((t1 >>> 5) * 67108864 + (t2 >>> 6)) * EPS53;
        const us = 0.5 - Math.abs(u);
        k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
        if (us >= 0.07 && v <= vr) break;
        if (k < 0 || (us < 0.013 && v > us)) continue;
        if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) break;
      }
    }
    st[o] = A;
    st[o + 1] = B;
    st[o + 2] = C;
    st[o + 3] = D;
    out[j] = k;
  }
}

// One-draw form: the same kernel on a block of one (module scratch, so nothing is allocated).
const L1 = new Float64Array(1);
const K1 = new Float64Array(1);

/** Poisson(λ), exact, from `rng`'s stream: `poissonBlock` for a single draw. */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  L1[0] = lambda;
  poissonBlock(rng.st, rng.o, L1, 0, K1, 1);
  return K1[0];
}
