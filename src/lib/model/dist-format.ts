/**
 * Distributions for humans, in the user's locale (Intl): rates as percentages, money in the
 * design's currency, counts with grouping, delays as plain numbers of periods.
 *   fixed "12 %" · uniform "8–15 %" · triangular/PERT "~12 % (8–15 %)" ·
 *   normal/lognormal "90 %: 5–20 %" (the 90 % interval) · beta "≈ 9 % (12 of 130 observed)"
 */
import { createTranslator, detectLocale } from '$lib/i18n';
import type { DistDomain } from './dist-check';
import { distMean } from './dist';
import type { Dist } from './schema';

export interface FormatOptions {
  /** A BCP 47 tag; formats follow it, words come from the nearest supported language if its messages are loaded (`loadMessages`; the app's active language always is), else English. Default 'en'. */
  locale?: string;
  /** ISO 4217 code for money. Default 'EUR'. */
  currency?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    // An unknown locale or currency must not break the canvas: fall back to English, then to no currency.
    for (const [loc, opts] of [[locale, options], ['en', options], ['en', { ...options, style: 'decimal', currency: undefined }]] as const) {
      try {
        f = new Intl.NumberFormat(loc, opts);
        break;
      } catch {
        continue;
      }
    }
    f ??= new Intl.NumberFormat('en');
    formatters.set(key, f);
  }
  return f;
}

/** Fraction digits that show a number's meaningful part without noise. */
function digitsFor(values: number[]): number {
  const max = Math.max(...values.map(Math.abs));
  if (values.every(Number.isInteger)) return 0;
  if (max >= 100) return 0;
  if (max >= 10) return 1;
  return 2;
}

/** Number formatter for a domain, sized for the given values (all values of one distribution). */
function formatterFor(domain: DistDomain, values: number[], locale: string, currency: string): Intl.NumberFormat {
  switch (domain) {
    case 'rate':
      return nf(locale, { style: 'percent', maximumSignificantDigits: 3 });
    case 'money': {
      const whole = values.every(Number.isInteger) || Math.max(...values.map(Math.abs)) >= 1000;
      return nf(locale, { style: 'currency', currency, maximumFractionDigits: whole ? 0 : 2, minimumFractionDigits: whole ? 0 : 2 });
    }
    case 'count':
    case 'delay':
      return nf(locale, { maximumFractionDigits: digitsFor(values) });
  }
}

/** "8–15 %": one unit for both ends when the locale puts the unit at the same place. */
function formatRange(f: Intl.NumberFormat, low: number, high: number): string {
  const a = f.format(low);
  const b = f.format(high);
  if (a === b) return a;
  const pa = f.formatToParts(low);
  const pb = f.formatToParts(high);
  const isUnit = (p: Intl.NumberFormatPart) => p.type === 'percentSign' || p.type === 'currency' || p.type === 'literal';
  const trailing = (parts: Intl.NumberFormatPart[]) => {
    let k = parts.length;
    while (k > 0 && isUnit(parts[k - 1])) k--;
    return parts.slice(k).map((p) => p.value).join('');
  };
  const leading = (parts: Intl.NumberFormatPart[]) => {
    let k = 0;
    while (k < parts.length && isUnit(parts[k])) k++;
    return parts.slice(0, k).map((p) => p.value).join('');
  };
  const ta = trailing(pa);
  const la = leading(pa);
  // Trailing unit ("12 %", "8,00 €"): drop it from the low end. Leading ("€8"): drop it from the high end.
  if (ta && ta === trailing(pb) && !la) return `${a.slice(0, a.length - ta.length).trimEnd()}–${b}`;
  if (la && la === leading(pb) && !ta) return `${a}–${b.slice(la.length).trimStart()}`;
  if (!ta && !la) return `${a}–${b}`;
  return `${a} – ${b}`;
}

/** A distribution in words a marketer reads at a glance. */
export function formatDist(d: Dist, domain: DistDomain, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'en';
  const currency = options.currency ?? 'EUR';
  switch (d.type) {
    case 'fixed':
      return formatterFor(domain, [d.value], locale, currency).format(d.value);
    case 'uniform':
      return formatRange(formatterFor(domain, [d.low, d.high], locale, currency), d.low, d.high);
    case 'triangular':
    case 'pert': {
      const f = formatterFor(domain, [d.low, d.mode, d.high], locale, currency);
      if (d.low === d.high) return f.format(d.mode);
      return `~${f.format(d.mode)} (${formatRange(f, d.low, d.high)})`;
    }
    case 'normal':
    case 'lognormal': {
      const f = formatterFor(domain, [d.low, d.high], locale, currency);
      if (d.low === d.high) return f.format(d.low);
      const ninety = nf(locale, { style: 'percent' }).format(0.9);
      return `${ninety}: ${formatRange(f, d.low, d.high)}`;
    }
    case 'beta': {
      // "≈": two significant digits are all an observed rate is worth.
      const f = domain === 'rate' ? nf(locale, { style: 'percent', maximumSignificantDigits: 2 }) : formatterFor(domain, [distMean(d)], locale, currency);
      const count = nf(locale, { maximumFractionDigits: 0 });
      const t = createTranslator(detectLocale([locale]));
      const observed = t('problems.format.observed', { successes: count.format(d.successes), trials: count.format(d.trials) });
      return `≈ ${f.format(distMean(d))} (${observed})`;
    }
  }
}
