/**
 * Reading and writing numbers the way people type them in their language. Editable text uses
 * the locale's decimal mark and no grouping (a grouping mark inside a field you are editing only
 * gets in the way); parsing is forgiving: "2,5" and "2.5" both mean two and a half wherever that
 * is unambiguous, and "1.000" is a thousand for a German user but one for an English one.
 */

export type ParseResult = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

const separatorCache = new Map<string, { decimal: string; group: string }>();

/** The decimal and grouping marks of a locale ("," and "." for German). */
export function separators(locale: string): { decimal: string; group: string } {
  let s = separatorCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separatorCache.set(locale, s);
  }
  return s;
}

// Spaces of every kind (Polish and French group with no-break spaces), and the unit marks a
// user may type out of habit ("12 %", "€ 40"): the unit is shown next to the field anyway.
const IGNORED = /[\s\u00a0\u202f'’%€$£¥]|zł|CHF|kr/gi;

/** Parses a number typed in `locale`. */
export function parseNumber(text: string, locale: string): ParseResult {
  let s = text.replace(IGNORED, '').replace(/^\u2212/, '-');
  if (s === '') return { ok: false, reason: 'empty' };
  const { decimal, group } = separators(locale);
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  if (hasComma && hasDot) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const grp = dec === ',' ? '.' : ',';
    if (s.indexOf(dec) !== s.lastIndexOf(dec)) return { ok: false, reason: 'invalid' };
    s = s.split(grp).join('').replace(dec, '.');
  } else if (hasComma || hasDot) {
    const mark = hasComma ? ',' : '.';
    const count = s.split(mark).length - 1;
    // A mark is grouping when it is the locale's grouping mark and separates groups of exactly
    // three digits ("1.000" in German, "1,000,000" in English); otherwise it is a decimal mark,
    // so an English "2,5" or a German "2.5" still means 2.5.
    const grouped = new RegExp(`^-?[1-9]\\d{0,2}(\\${mark}\\d{3})+$`).test(s);
    if (mark === group && mark !== decimal && grouped) s = s.split(mark).join('');
    else if (count === 1) s = s.replace(mark, '.');
    else return { ok: false, reason: 'invalid' };
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return { ok: false, reason: 'invalid' };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'invalid' };
}

/** Removes binary floating-point noise (0.07 × 100 = 7.000000000000001). */
export function clean(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

/** A number as editable text: locale decimal mark, no grouping, at most `maxFraction` decimals. */
export function formatEditable(x: number, locale: string, maxFraction = 6): string {
  if (!Number.isFinite(x)) return '';
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: maxFraction }).format(clean(x));
}

/** A number for reading (grouping, sensible precision). */
export function formatReadable(x: number, locale: string, maxFraction = 2): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? Math.min(1, maxFraction) : maxFraction;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(clean(x));
}

/** Rounds to `digits` significant digits: parameters derived when switching kinds stay tidy. */
export function roundSignificant(x: number, digits = 3): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

const percentCache = new Map<string, Intl.NumberFormat>();

/**
 * A rate (fraction) for reading in the inspector: one decimal ("11.5 %"), two significant digits
 * below 1 % ("0.35 %"). The editor shows the numbers people typed, so its summaries must not
 * round 11.5 % to 12 %.
 */
export function formatRate(fraction: number, locale: string): string {
  if (!Number.isFinite(fraction)) return '–';
  const x = clean(fraction);
  const small = x !== 0 && Math.abs(x) < 0.01;
  const key = `${locale}|${small}`;
  let f = percentCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, small ? { style: 'percent', maximumSignificantDigits: 2 } : { style: 'percent', maximumFractionDigits: 1 });
    percentCache.set(key, f);
  }
  return f.format(x);
}
