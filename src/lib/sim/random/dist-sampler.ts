/**
 * Distributions compiled for the hot loop: each `Dist` becomes DIST_STRIDE numbers in a
 * Float64Array — a type code and up to five parameters precomputed once (DESIGN.md §3 table
 * "Distribution"), so a draw is a switch and a little arithmetic, with no object access.
 */
import type { Dist } from '$lib/model/schema';
import { lognormalParams, Z90 } from '$lib/model/dist';
import type { Rng } from './rng';
import { beta, normal } from './variates';

export const DIST_STRIDE = 6;

/** Type codes in slot 0 of an encoded distribution. */
export const DistCode = {
  /** [value] — also every distribution whose range has collapsed to one point. */
  fixed: 0,
  /** [low, width] */
  uniform: 1,
  /** [low, high, c = (mode−low)/(high−low), (high−low)(mode−low), (high−low)(high−mode)] */
  triangular: 2,
  /** [α, β, low, range]: low + range·Beta(α, β), α = 1 + 4(mode−low)/range, β = 1 + 4(high−mode)/range */
  pert: 3,
  /** [μ, σ] from the 90 % interval: μ = (low+high)/2, σ = (high−low)/(2·Z90) */
  normal: 4,
  /** [μ, σ] of ln X from the 90 % interval */
  lognormal: 5,
  /** [a, b] = [s+1, n−s+1] */
  beta: 6,
} as const;

function bad(d: Dist, why: string): never {
  throw new RangeError(`invalid ${d.type} distribution ${JSON.stringify(d)}: ${why}`);
}

const finite = (...xs: number[]) => xs.every(Number.isFinite);

/**
 * Write `d` at `out[offset … offset+DIST_STRIDE)`. Throws a RangeError for parameters the
 * schema refuses (unordered, non-finite, lognormal low ≤ 0, successes > trials), so a bug
 * upstream can never turn into NaN results.
 */
export function encodeDist(d: Dist, out: Float64Array, offset: number): void {
  out.fill(0, offset, offset + DIST_STRIDE);
  const fixed = (v: number) => {
    out[offset] = DistCode.fixed;
    out[offset + 1] = v;
  };
  switch (d.type) {
    case 'fixed':
      if (!finite(d.value)) bad(d, 'value must be finite');
      return fixed(d.value);
    case 'uniform': {
      if (!finite(d.low, d.high) || d.low > d.high) bad(d, 'needs finite low ≤ high');
      if (d.low === d.high) return fixed(d.low);
      out[offset] = DistCode.uniform;
      out[offset + 1] = d.low;
      out[offset + 2] = d.high - d.low;
      return;
    }
    case 'triangular': {
      const { low, mode, high } = d;
      if (!finite(low, mode, high) || low > mode || mode > high) bad(d, 'needs finite low ≤ mode ≤ high');
      if (low === high) return fixed(low);
      const w = high - low;
      out[offset] = DistCode.triangular;
      out[offset + 1] = low;
      out[offset + 2] = high;
      out[offset + 3] = (mode - low) / w;
      out[offset + 4] = w * (mode - low);
      out[offset + 5] = w * (high - mode);
      return;
    }
    case 'pert': {
      const { low, mode, high } = d;
      if (!finite(low, mode, high) || low > mode || mode > high) bad(d, 'needs finite low ≤ mode ≤ high');
      if (low === high) return fixed(low);
      const range = high - low;
      out[offset] = DistCode.pert;
      out[offset + 1] = 1 + (4 * (mode - low)) / range;
      out[offset + 2] = 1 + (4 * (high - mode)) / range;
      out[offset + 3] = low;
      out[offset + 4] = range;
      return;
    }
    case 'normal': {
      if (!finite(d.low, d.high) || d.low > d.high) bad(d, 'needs finite low ≤ high');
      if (d.low === d.high) return fixed(d.low);
      out[offset] = DistCode.normal;
      out[offset + 1] = (d.low + d.high) / 2;
      out[offset + 2] = (d.high - d.low) / (2 * Z90);
      return;
    }
    case 'lognormal': {
      if (!finite(d.low, d.high) || d.low > d.high || d.low <= 0) bad(d, 'needs finite 0 < low ≤ high');
      if (d.low === d.high) return fixed(d.low);
      const { mu, sigma } = lognormalParams(d.low, d.high);
      out[offset] = DistCode.lognormal;
      out[offset + 1] = mu;
      out[offset + 2] = sigma;
      return;
    }
    case 'beta': {
      const { successes: s, trials: n } = d;
      if (!Number.isInteger(s) || !Number.isInteger(n) || s < 0 || s > n) bad(d, 'needs whole 0 ≤ successes ≤ trials');
      out[offset] = DistCode.beta;
      out[offset + 1] = s + 1;
      out[offset + 2] = n - s + 1;
      return;
    }
  }
}

/** One raw draw of the distribution encoded at `buf[offset]` — not clamped to any domain. */
export function sampleEncoded(rng: Rng, buf: Float64Array, offset: number): number {
  switch (buf[offset]) {
    case DistCode.fixed:
      return buf[offset + 1];
    case DistCode.uniform:
      return buf[offset + 1] + buf[offset + 2] * rng.float();
    case DistCode.triangular: {
      const u = rng.float();
      return u < buf[offset + 3]
        ? buf[offset + 1] + Math.sqrt(u * buf[offset + 4])
        : buf[offset + 2] - Math.sqrt((1 - u) * buf[offset + 5]);
    }
    case DistCode.pert:
      return buf[offset + 3] + buf[offset + 4] * beta(rng, buf[offset + 1], buf[offset + 2]);
    case DistCode.normal:
      return buf[offset + 1] + buf[offset + 2] * normal(rng);
    case DistCode.lognormal:
      return Math.exp(buf[offset + 1] + buf[offset + 2] * normal(rng));
    case DistCode.beta:
      return beta(rng, buf[offset + 1], buf[offset + 2]);
    default:
      throw new RangeError(`unknown distribution code ${buf[offset]} at ${offset}`);
  }
}

const scratch = new Float64Array(DIST_STRIDE);

/** One raw draw of `d` (convenience; the engine encodes once and calls sampleEncoded). */
export function sampleDist(rng: Rng, d: Dist): number {
  encodeDist(d, scratch, 0);
  return sampleEncoded(rng, scratch, 0);
}
