/** Helpers over distributions (DESIGN.md §3, table "Distribution"). */
import type { Dist } from './schema';

/** z for the 90 % interval: P5/P95 of a normal are μ ∓ 1.644854σ (the design's 3.2897 = 2·z). */
export const Z90 = 1.6448536269514722;

/** Location and scale of a lognormal given by its 90 % interval. */
export function lognormalParams(low: number, high: number): { mu: number; sigma: number } {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z90);
  return { mu, sigma };
}

/** The mean of a distribution, before clamping to its domain. */
export function distMean(d: Dist): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
    case 'normal':
      return (d.low + d.high) / 2;
    case 'triangular':
      return (d.low + d.mode + d.high) / 3;
    case 'pert':
      return (d.low + 4 * d.mode + d.high) / 6;
    case 'lognormal': {
      const { mu, sigma } = lognormalParams(d.low, d.high);
      return Math.exp(mu + (sigma * sigma) / 2);
    }
    case 'beta':
      return (d.successes + 1) / (d.trials + 2);
  }
}

/** True when the distribution can only ever give one value. */
export function isCertain(d: Dist): boolean {
  switch (d.type) {
    case 'fixed':
      return true;
    case 'uniform':
    case 'normal':
    case 'lognormal':
    case 'triangular':
    case 'pert':
      return d.low === d.high;
    case 'beta':
      return false;
  }
}

export const fixed = (value: number): Dist => ({ type: 'fixed', value });
export const range = (low: number, high: number): Dist => ({ type: 'uniform', low, high });

/** A delay sample as the engine uses it: whole periods, rounded half up, never negative. */
export const roundPeriods = (x: number) => (x > 0 ? Math.round(x) : 0);

/**
 * The smallest whole-period delay a sample of `d` can round to (samples are clamped at 0).
 * Normal and lognormal ranges and beta rates reach down to 0, so only a certain value or a
 * bounded range (uniform, triangular, PERT) can guarantee a delay.
 */
export function minRoundedDelay(d: Dist): number {
  switch (d.type) {
    case 'fixed':
      return roundPeriods(d.value);
    case 'uniform':
    case 'triangular':
    case 'pert':
      return roundPeriods(d.low);
    case 'normal':
    case 'lognormal':
      return d.low === d.high ? roundPeriods(d.low) : 0;
    case 'beta':
      return 0;
  }
}
