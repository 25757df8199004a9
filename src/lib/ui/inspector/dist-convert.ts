/**
 * Switching the kind of a distribution in the editor without losing what the user said: the
 * range (low–high) and the mean carry over, so "8–15 %" as a range becomes a PERT of 8 / 11.5 /
 * 15 %, a 90 % interval of 8–15 %, or "observed s of n" with about that mean and spread.
 */
import type { Dist, DistType } from '$lib/model/schema';
import type { DistDomain } from '$lib/model/dist-check';
import { distMean, Z90 } from '$lib/model/dist';
import { roundSignificant } from './number-format';

export interface DistSummary {
  low: number;
  mode: number;
  high: number;
  mean: number;
}

/** Low, most likely, high and mean of a distribution, as the user would describe it. */
export function summarize(d: Dist): DistSummary {
  const mean = distMean(d);
  switch (d.type) {
    case 'fixed':
      return { low: d.value, mode: d.value, high: d.value, mean };
    case 'uniform':
    case 'normal':
      return { low: d.low, mode: mean, high: d.high, mean };
    case 'lognormal':
      // The mode of the 90 % range that keeps the mean is not the lognormal's own mode: callers
      // converting to triangular/PERT derive it from the mean.
      return { low: d.low, mode: Math.sqrt(d.low * d.high), high: d.high, mean };
    case 'triangular':
    case 'pert':
      return { low: d.low, mode: d.mode, high: d.high, mean };
    case 'beta': {
      // Normal approximation of the Beta(s+1, n−s+1) 90 % interval: enough to carry the spread over.
      const a = d.successes + 1;
      const b = d.trials - d.successes + 1;
      const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
      return { low: Math.max(0, mean - Z90 * sd), mode: mean, high: Math.min(1, mean + Z90 * sd), mean };
    }
  }
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Rounds a stored value to three significant digits in the user's units (12.3 %, 1,250 €). */
function tidy(x: number, domain: DistDomain): number {
  return domain === 'rate' ? roundSignificant(x * 100, 3) / 100 : roundSignificant(x, 3);
}

/**
 * `d` as a distribution of kind `to`, keeping its range and mean where the new kind can express
 * them. A single number becoming a range gets a ±20 % spread so the new kind means something.
 */
export function convertDist(d: Dist, to: DistType, domain: DistDomain): Dist {
  if (d.type === to) return d;
  const s = summarize(d);
  const upper = domain === 'rate' ? 1 : Number.POSITIVE_INFINITY;
  let { low, high } = s;
  const mean = s.mean;
  if (low === high) {
    const spread = Math.abs(mean) * 0.2 || (domain === 'rate' ? 0.01 : 1);
    low = Math.max(0, mean - spread);
    high = Math.min(upper, mean + spread);
  }
  const r = (x: number) => tidy(x, domain);
  switch (to) {
    case 'fixed':
      return { type: 'fixed', value: r(mean) };
    case 'uniform':
    case 'normal':
      return { type: to, low: r(low), high: r(high) };
    case 'lognormal': {
      const lo = low > 0 ? low : Math.min(high / 10, mean / 2) || (domain === 'rate' ? 0.001 : 1);
      const hi = high > lo ? high : lo * 2;
      return { type: 'lognormal', low: r(lo), high: r(Math.min(upper, hi)) };
    }
    case 'triangular':
    case 'pert': {
      // Min / most likely / max carry over as they are between the two three-point kinds;
      // from any other kind the most likely value is the one that keeps the mean:
      // (low + mode + high) / 3, or (low + 4·mode + high) / 6 for PERT.
      const hasMode = (d.type === 'triangular' || d.type === 'pert') && d.low !== d.high;
      const fromMean = to === 'triangular' ? 3 * mean - low - high : (6 * mean - low - high) / 4;
      const mode = clamp(hasMode ? s.mode : fromMean, low, high);
      return { type: to, low: r(low), mode: clamp(r(mode), r(low), r(high)), high: r(high) };
    }
    case 'beta': {
      // "s of n" with the same mean and about the same spread: sd ≈ (high − low) / (2·z₉₀),
      // and a Beta's variance m(1−m)/(n+3) gives n.
      const m = clamp(mean, 0, 1);
      const sd = (high - low) / (2 * Z90);
      const raw = sd > 0 ? (m * (1 - m)) / (sd * sd) - 3 : 100;
      const trials = Math.round(clamp(Number.isFinite(raw) ? raw : 100, 2, 100_000));
      const successes = Math.round(clamp(m * (trials + 2) - 1, 0, trials));
      return { type: 'beta', successes, trials };
    }
  }
}

/** Kinds offered for a quantity: "observed s of n" only describes rates. */
export function distTypesFor(domain: DistDomain): DistType[] {
  const all: DistType[] = ['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal', 'beta'];
  return domain === 'rate' ? all : all.filter((t) => t !== 'beta');
}
