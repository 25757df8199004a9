import { describe, expect, it } from 'vitest';
import {
  MISSING,
  currencySymbol,
  formatCompact,
  formatCurrency,
  formatDate,
  formatDuration,
  formatList,
  formatNumber,
  formatPercent,
  formatPercentRange,
  formatRelativeTime,
} from '$lib/i18n/format';

// Intl uses no-break spaces (U+00A0, U+202F) between number and unit; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatNumber', () => {
  it('groups thousands the locale way', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'de')).toBe('1.234');
    expect(formatNumber(1234, 'nl')).toBe('1.234');
    expect(plain(formatNumber(12345, 'pl'))).toBe('12 345');
    expect(formatNumber(12345, 'it')).toBe('12.345');
  });
  it('chooses digits by size unless told', () => {
    expect(formatNumber(12345.678, 'en')).toBe('12,346');
    expect(formatNumber(12.345, 'en')).toBe('12.3');
    expect(formatNumber(0.0345, 'de')).toBe('0,035');
    expect(formatNumber(2, 'en', { digits: 2 })).toBe('2.00');
  });
  it('never prints NaN or Infinity', () => {
    for (const x of [NaN, Infinity, -Infinity, null, undefined]) expect(formatNumber(x, 'en')).toBe(MISSING);
  });
});

describe('formatPercent', () => {
  it('formats fractions as percent with locale spacing', () => {
    expect(formatPercent(0.12, 'en')).toBe('12%');
    expect(plain(formatPercent(0.12, 'de'))).toBe('12 %');
    expect(formatPercent(0.034, 'it')).toBe('3,4%');
    expect(formatPercent(0.0012, 'en')).toBe('0.12%');
    expect(formatPercent(0.5, 'en', { digits: 1 })).toBe('50.0%');
  });
  it('formats ranges with one unit and shared precision', () => {
    expect(formatPercentRange(0.08, 0.15, 'en')).toBe('8–15%');
    expect(plain(formatPercentRange(0.08, 0.15, 'de'))).toBe('8–15 %');
    expect(formatPercentRange(0.025, 0.05, 'en')).toBe('2.5–5%');
    expect(formatPercentRange(0.1, 0.1, 'en')).toBe('10%');
  });
});

describe('formatCurrency', () => {
  it('places the symbol and separators per locale', () => {
    expect(formatCurrency(1234.5, 'en', 'EUR')).toBe('€1,235');
    expect(plain(formatCurrency(1234.5, 'de', 'EUR'))).toBe('1.235 €');
    expect(plain(formatCurrency(1234.5, 'nl', 'EUR'))).toBe('€ 1.235');
    expect(formatCurrency(12.5, 'en', 'EUR')).toBe('€12.50');
    expect(formatCurrency(12, 'en', 'USD')).toBe('$12');
  });
  it('has compact forms for big amounts', () => {
    expect(formatCurrency(1_234_567, 'en', 'EUR', { compact: true })).toBe('€1.23M');
    expect(plain(formatCurrency(1_234_567, 'de', 'EUR', { compact: true }))).toBe('1,23 Mio. €');
    expect(formatCurrency(999, 'en', 'EUR', { compact: true })).toBe('€999');
  });
  it('finds currency symbols and tolerates unknown codes', () => {
    expect(currencySymbol('EUR', 'de')).toBe('€');
    expect(currencySymbol('PLN', 'pl')).toBe('zł');
    expect(typeof currencySymbol('XYZ', 'en')).toBe('string');
  });
});

describe('formatCompact', () => {
  it('abbreviates where the locale has a short form and keeps whole numbers otherwise', () => {
    expect(formatCompact(12_345, 'en')).toBe('12.3K');
    expect(plain(formatCompact(12_345, 'pl'))).toBe('12,3 tys.');
    // German has no short form for thousands: no silent rounding to 12.300.
    expect(formatCompact(12_345, 'de')).toBe('12.345');
    expect(plain(formatCompact(2_500_000, 'de'))).toBe('2,5 Mio.');
    expect(formatCompact(950, 'en')).toBe('950');
  });
});

describe('dates and lists', () => {
  const day = new Date(2021, 11, 24, 15, 30);
  it('formats dates per locale', () => {
    expect(formatDate(day, 'de')).toBe('24.12.2021');
    expect(formatDate(day, 'en')).toBe('Dec 24, 2021');
    expect(formatDate('not a date', 'en')).toBe(MISSING);
    expect(formatDate(day, 'de', 'datetime')).toMatch(/24\.12\.2021.*15:30/);
  });
  it('formats relative times against a given now', () => {
    const now = day.getTime();
    expect(formatRelativeTime(now - 3 * 86_400_000, now, 'en')).toBe('3 days ago');
    expect(formatRelativeTime(now - 3 * 86_400_000, now, 'de')).toBe('vor 3 Tagen');
    expect(formatRelativeTime(now - 2 * 3_600_000, now, 'nl')).toBe('2 uur geleden');
  });
  it('joins lists with the locale conjunction', () => {
    expect(formatList(['A', 'B', 'C'], 'de')).toBe('A, B und C');
    expect(formatList(['A', 'B'], 'pl')).toBe('A i B');
  });
});

describe('formatDuration', () => {
  it('names periods with the locale plural rules, quarters included', () => {
    expect(formatDuration(52, 'week', 'en')).toBe('52 weeks');
    expect(formatDuration(1, 'week', 'de')).toBe('1 Woche');
    expect(formatDuration(22, 'week', 'pl')).toBe('22 tygodnie');
    expect(formatDuration(5, 'week', 'pl')).toBe('5 tygodni');
    expect(formatDuration(24, 'month', 'it')).toBe('24 mesi');
    expect(formatDuration(1, 'quarter', 'nl')).toBe('1 kwartaal');
    expect(formatDuration(5, 'quarter', 'pl')).toBe('5 kwartałów');
    expect(formatDuration(3, 'quarter', 'pl')).toBe('3 kwartały');
    expect(formatDuration(NaN, 'day', 'en')).toBe(MISSING);
  });
});
