/**
 * Ordering and domain checks for distribution parameters. Shared by the zod schema (import
 * refuses such files with a precise path) and by the editor (inline messages while typing).
 * Kept free of zod so it can check plain objects of any origin.
 */

/** What a quantity is: decides the allowed range of its distribution's parameters. */
export type DistDomain = 'rate' | 'count' | 'money' | 'delay';

export interface DistProblem {
  /** The offending parameter (`low`, `mode`, …) or undefined for the whole distribution. */
  field?: string;
  message: string;
}

type AnyDist = { type: string } & Record<string, unknown>;

const fmt = (x: number) => String(Number.isInteger(x) ? x : Number(x.toPrecision(6)));

/** Problems with the parameters of `d` as a distribution of a quantity in `domain`; [] if fine. */
export function distProblems(d: AnyDist, domain: DistDomain): DistProblem[] {
  const out: DistProblem[] = [];
  const params = paramNames(d.type);
  for (const f of params) {
    const v = d[f];
    if (typeof v !== 'number' || !Number.isFinite(v)) out.push({ field: f, message: `${f} must be a number` });
  }
  if (out.length) return out;
  const v = (f: string) => d[f] as number;

  // Ordering.
  if (params.includes('mode')) {
    if (v('low') > v('mode')) out.push({ field: 'low', message: `low (${fmt(v('low'))}) must not exceed mode (${fmt(v('mode'))})` });
    if (v('mode') > v('high')) out.push({ field: 'mode', message: `mode (${fmt(v('mode'))}) must not exceed high (${fmt(v('high'))})` });
  } else if (params.includes('low') && v('low') > v('high')) {
    out.push({ field: 'low', message: `low (${fmt(v('low'))}) must not exceed high (${fmt(v('high'))})` });
  }
  if (d.type === 'beta') {
    if (!Number.isInteger(v('successes')) || !Number.isInteger(v('trials'))) {
      out.push({ field: 'successes', message: 'successes and trials must be whole numbers' });
    }
    if (v('successes') > v('trials')) {
      out.push({ field: 'successes', message: `successes (${fmt(v('successes'))}) must not exceed trials (${fmt(v('trials'))})` });
    }
    if (domain !== 'rate') out.push({ message: '"observed s of n" describes a rate and cannot be used here' });
    return out;
  }
  if (d.type === 'lognormal' && v('low') <= 0) {
    out.push({ field: 'low', message: `low (${fmt(v('low'))}) must be above 0 for a lognormal range` });
  }

  // Domain.
  for (const f of params) {
    const x = v(f);
    if (x < 0) out.push({ field: f, message: `${f} (${fmt(x)}) must not be negative` });
    else if (domain === 'rate' && x > 1) out.push({ field: f, message: `${f} (${fmt(x)}) must be ≤ 1 (100 %)` });
  }
  return out;
}

/** Numeric parameters of each distribution type, in display order. */
export function paramNames(type: string): string[] {
  switch (type) {
    case 'fixed':
      return ['value'];
    case 'uniform':
    case 'normal':
    case 'lognormal':
      return ['low', 'high'];
    case 'triangular':
    case 'pert':
      return ['low', 'mode', 'high'];
    case 'beta':
      return ['successes', 'trials'];
    default:
      return [];
  }
}
