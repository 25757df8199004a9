/**
 * Ordering and domain checks for distribution parameters. Shared by the zod schema (import
 * refuses such files with a precise path), by semantic validation and by the editor (inline
 * messages while typing). Kept free of zod so it can check plain objects of any origin.
 */

/** What a quantity is: decides the allowed range of its distribution's parameters. */
export type DistDomain = 'rate' | 'count' | 'money' | 'delay';

/** Machine-readable kind of a distribution problem; the i18n key is `problems.<code>`. */
export type DistProblemCode =
  | 'dist.notNumber'
  | 'dist.order'
  | 'dist.betaWhole'
  | 'dist.betaNotRate'
  | 'dist.lognormalLow'
  | 'dist.negative'
  | 'dist.rateAbove1';

export interface DistProblem {
  /** The offending parameter (`low`, `mode`, …) or undefined for the whole distribution. */
  field?: string;
  /** English, e.g. "low (5) must not exceed high (1)". */
  message: string;
  code: DistProblemCode;
  /**
   * `param`/`other`: bare parameter names (callers prefix them with the field path, e.g.
   * `delay.low`); `value`/`otherValue`: the numbers as written (strings keep full precision).
   */
  params: { param?: string; value?: string; other?: string; otherValue?: string };
}

type AnyDist = { type: string } & Record<string, unknown>;

/** A number as text with up to six significant digits: exact enough to recognise the input. */
export const fmt = (x: number) => String(Number.isInteger(x) ? x : Number(x.toPrecision(6)));

const ok = (x: unknown, domain: DistDomain): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && (domain !== 'rate' || x <= 1);

/** The common, valid cases without allocating (validation runs on every edit of 5,000-node designs). */
function quickOk(d: AnyDist, domain: DistDomain): boolean {
  switch (d.type) {
    case 'fixed':
      return ok(d.value, domain);
    case 'uniform':
    case 'normal':
      return ok(d.low, domain) && ok(d.high, domain) && d.low <= d.high;
    case 'triangular':
    case 'pert':
      return ok(d.low, domain) && ok(d.mode, domain) && ok(d.high, domain) && d.low <= d.mode && d.mode <= d.high;
    case 'lognormal':
      return ok(d.low, domain) && ok(d.high, domain) && d.low > 0 && d.low <= d.high;
    case 'beta':
      return domain === 'rate' && Number.isInteger(d.successes) && Number.isInteger(d.trials) && (d.successes as number) >= 0 && (d.successes as number) <= (d.trials as number);
    default:
      return false;
  }
}

/** Problems with the parameters of `d` as a distribution of a quantity in `domain`; [] if fine. */
export function distProblems(d: AnyDist, domain: DistDomain): DistProblem[] {
  if (quickOk(d, domain)) return [];
  const out: DistProblem[] = [];
  const params = paramNames(d.type);
  for (const f of params) {
    const v = d[f];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      out.push({ field: f, message: `${f} must be a number`, code: 'dist.notNumber', params: { param: f } });
    }
  }
  if (out.length) return out;
  const v = (f: string) => d[f] as number;
  const order = (a: string, b: string): DistProblem => ({
    field: a,
    message: `${a} (${fmt(v(a))}) must not exceed ${b} (${fmt(v(b))})`,
    code: 'dist.order',
    params: { param: a, value: fmt(v(a)), other: b, otherValue: fmt(v(b)) },
  });

  // Ordering.
  if (params.includes('mode')) {
    if (v('low') > v('mode')) out.push(order('low', 'mode'));
    if (v('mode') > v('high')) out.push(order('mode', 'high'));
  } else if (params.includes('low') && v('low') > v('high')) {
    out.push(order('low', 'high'));
  }
  if (d.type === 'beta') {
    if (!Number.isInteger(v('successes')) || !Number.isInteger(v('trials'))) {
      out.push({ field: 'successes', message: 'successes and trials must be whole numbers', code: 'dist.betaWhole', params: {} });
    }
    if (v('successes') > v('trials')) out.push(order('successes', 'trials'));
    for (const f of params) {
      if (v(f) < 0) out.push({ field: f, message: `${f} (${fmt(v(f))}) must not be negative`, code: 'dist.negative', params: { param: f, value: fmt(v(f)) } });
    }
    if (domain !== 'rate') {
      out.push({ message: '"observed s of n" describes a rate and cannot be used here', code: 'dist.betaNotRate', params: {} });
    }
    return out;
  }
  if (d.type === 'lognormal' && v('low') <= 0) {
    out.push({
      field: 'low',
      message: `low (${fmt(v('low'))}) must be above 0 for a lognormal range`,
      code: 'dist.lognormalLow',
      params: { param: 'low', value: fmt(v('low')) },
    });
  }

  // Domain.
  for (const f of params) {
    const x = v(f);
    if (x < 0) out.push({ field: f, message: `${f} (${fmt(x)}) must not be negative`, code: 'dist.negative', params: { param: f, value: fmt(x) } });
    else if (domain === 'rate' && x > 1) {
      out.push({ field: f, message: `${f} (${fmt(x)}) must be ≤ 1 (100 %)`, code: 'dist.rateAbove1', params: { param: f, value: fmt(x) } });
    }
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
