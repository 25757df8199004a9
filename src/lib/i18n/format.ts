/**
 * Locale-aware number, percent, currency and date formatting through `Intl` (DESIGN.md §6),
 * shared by every part of the UI. Formatters are cached per (locale, options) because creating
 * an `Intl.NumberFormat` costs far more than using one, and the canvas formats on every edit.
 *
 * Conventions: rates are fractions (0.05 → "5 %" in German, "5%" in English); non-finite values
 * (NaN, ±Infinity, null, undefined) format as an en dash so a missing number never prints "NaN".
 */

export const MISSING = '–';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** Significant-digit rounding that keeps small numbers readable and big ones whole. */
function autoDigits(x: number): Intl.NumberFormatOptions {
  const a = Math.abs(x);
  if (a >= 100 || a === 0) return { maximumFractionDigits: 0 };
  if (a >= 10) return { maximumFractionDigits: 1 };
  if (a >= 1) return { maximumFractionDigits: 2 };
  return { maximumSignificantDigits: 2 };
}

export interface NumberOptions {
  /** Fixed number of fraction digits; by default the digits follow the size of the number. */
  digits?: number;
  /** Short forms such as "12K" / "12.345" → "12 Tsd." (for tight places like node badges). */
  compact?: boolean;
}

/** "1,234" (en), "1.234" (de), "1 234" (pl). */
export function formatNumber(x: number | null | undefined, locale: string, options: NumberOptions = {}): string {
  if (!finite(x)) return MISSING;
  if (options.compact) return formatCompact(x, locale);
  const digits = options.digits === undefined ? autoDigits(x) : { minimumFractionDigits: options.digits, maximumFractionDigits: options.digits };
  return numberFormat(locale, digits).format(x);
}

/** Compact forms: 12,345 → "12.3K" (en), "12,3 tys." (pl); whole numbers where a locale has no short form. */
export function formatCompact(x: number | null | undefined, locale: string): string {
  if (!finite(x)) return MISSING;
  if (Math.abs(x) < 1000) return formatNumber(x, locale);
  const parts = numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).formatToParts(x);
  // Some locales (de, it, pl below 10,000) have no short form for thousands: rounding to three
  // digits without a suffix would only hide precision, so show the whole number instead.
  if (!parts.some((p) => p.type === 'compact')) return formatNumber(x, locale);
  return parts.map((p) => p.value).join('');
}

/** A rate given as a fraction: 0.12 → "12%" (en), "12 %" (de). Digits follow the size unless given. */
export function formatPercent(fraction: number | null | undefined, locale: string, options: { digits?: number } = {}): string {
  if (!finite(fraction)) return MISSING;
  const pct = Math.abs(fraction * 100);
  const digits =
    options.digits !== undefined
      ? { minimumFractionDigits: options.digits, maximumFractionDigits: options.digits }
      : pct === 0 || pct >= 10
        ? { maximumFractionDigits: 0 }
        : pct >= 1
          ? { maximumFractionDigits: 1 }
          : { maximumSignificantDigits: 2 };
  return numberFormat(locale, { style: 'percent', ...digits }).format(fraction);
}

/** A percent range for rates: (0.08, 0.15) → "8–15 %" (de) / "8–15%" (en); equal ends give one value. */
export function formatPercentRange(low: number, high: number, locale: string): string {
  if (!finite(low) || !finite(high)) return MISSING;
  if (low === high) return formatPercent(low, locale);
  // Both ends get the precision the smaller one needs ("2.5–5%", not "3–5%").
  const small = Math.min(Math.abs(low), Math.abs(high)) * 100;
  const digits = small === 0 || small >= 10 ? 0 : small >= 1 ? 1 : 2;
  const lo = numberFormat(locale, { maximumFractionDigits: digits }).format(low * 100);
  const hi = numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(high);
  return `${lo}–${hi}`;
}

export interface CurrencyOptions {
  compact?: boolean;
  /** Fixed fraction digits; by default cents are shown only below 100 and only when there are any. */
  digits?: number;
}

/** 1234.5, "EUR" → "€1,235" (en), "1.235 €" (de), "1235 €" (pl has no grouping below 10,000). */
export function formatCurrency(x: number | null | undefined, locale: string, currency: string, options: CurrencyOptions = {}): string {
  if (!finite(x)) return MISSING;
  const base: Intl.NumberFormatOptions = { style: 'currency', currency, currencyDisplay: 'narrowSymbol' };
  if (options.compact && Math.abs(x) >= 1000) {
    return numberFormat(locale, { ...base, notation: 'compact', maximumSignificantDigits: 3 }).format(x);
  }
  const digits =
    options.digits !== undefined
      ? { minimumFractionDigits: options.digits, maximumFractionDigits: options.digits }
      : Math.abs(x) >= 100
        ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
        : Number.isInteger(x)
          ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
          : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return numberFormat(locale, { ...base, ...digits }).format(x);
}

/** The symbol of a currency in a locale ("€", "zł", "$"), for input adornments. */
export function currencySymbol(currency: string, locale: string): string {
  try {
    return (
      numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(0)
        .find((p) => p.type === 'currency')?.value ?? currency
    );
  } catch {
    return currency;
  }
}

const dateCache = new Map<string, Intl.DateTimeFormat>();

/** Dates and times: 'date' → "24 Dec 2021" (en-GB style per locale), 'datetime' adds the time, 'short' → "24.12.21". */
export function formatDate(value: Date | number | string, locale: string, style: 'date' | 'datetime' | 'short' = 'date'): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return MISSING;
  const key = `${locale}|${style}`;
  let f = dateCache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'short'
        ? { dateStyle: 'short' }
        : style === 'datetime'
          ? { dateStyle: 'medium', timeStyle: 'short' }
          : { dateStyle: 'medium' };
    f = new Intl.DateTimeFormat(locale, options);
    dateCache.set(key, f);
  }
  return f.format(d);
}

/** "3 days ago" / "vor 3 Tagen" for saved-design lists; `now` is passed in so results are testable. */
export function formatRelativeTime(value: Date | number, now: Date | number, locale: string): string {
  const diff = (new Date(value).getTime() - new Date(now).getTime()) / 1000;
  if (!Number.isFinite(diff)) return MISSING;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(diff);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, seconds] of units) {
    if (abs >= seconds) return rtf.format(Math.round(diff / seconds), unit);
  }
  return rtf.format(Math.round(diff), 'second');
}

/** A list joined the locale's way: "A, B and C" / "A, B und C". */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/** Plural names of a quarter, which `Intl` has no unit for (CLDR plural categories per locale). */
const QUARTERS: Record<string, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  en: { one: 'quarter', other: 'quarters' },
  de: { one: 'Quartal', other: 'Quartale' },
  it: { one: 'trimestre', other: 'trimestri' },
  pl: { one: 'kwartał', few: 'kwartały', many: 'kwartałów', other: 'kwartału' },
  nl: { one: 'kwartaal', other: 'kwartalen' },
};

/** A number of periods in words: (52, 'week') → "52 weeks" / "52 Wochen" / "52 tygodnie". */
export function formatDuration(count: number, unit: 'day' | 'week' | 'month' | 'quarter', locale: string): string {
  if (!finite(count)) return MISSING;
  if (unit === 'quarter') {
    const base = locale.toLowerCase().split('-')[0];
    const names = QUARTERS[base] ?? QUARTERS.en;
    const rule = new Intl.PluralRules(locale).select(count);
    return `${formatNumber(count, locale)} ${names[rule] ?? names.other}`;
  }
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(count);
}
