import { describe, expect, it } from 'vitest';
import { clean, formatEditable, formatRate, parseNumber, roundSignificant, separators } from '$lib/ui/inspector/number-format';

const value = (text: string, locale: string) => {
  const r = parseNumber(text, locale);
  return r.ok ? r.value : r.reason;
};

describe('parseNumber', () => {
  it('reads the decimal comma of German, Italian, Polish and Dutch', () => {
    for (const locale of ['de', 'it', 'pl', 'nl']) expect(value('2,5', locale)).toBe(2.5);
  });
  it('reads a decimal point everywhere when it cannot be grouping', () => {
    expect(value('2.5', 'en')).toBe(2.5);
    expect(value('2.5', 'de')).toBe(2.5);
    expect(value('0.125', 'de')).toBe(0.125);
    expect(value('.5', 'en')).toBe(0.5);
  });
  it('reads a comma as decimal in English when it cannot be grouping', () => {
    expect(value('2,5', 'en')).toBe(2.5);
  });
  it("treats the locale's grouping mark between groups of three digits as grouping", () => {
    expect(value('1.000', 'de')).toBe(1000);
    expect(value('1,000', 'en')).toBe(1000);
    expect(value('1,000,000', 'en')).toBe(1_000_000);
    expect(value('1 000', 'pl')).toBe(1000);
    expect(value('1\u00a0000,5', 'pl')).toBe(1000.5);
  });
  it('uses the last mark as the decimal mark when both occur', () => {
    expect(value('1.234,5', 'de')).toBe(1234.5);
    expect(value('1,234.5', 'en')).toBe(1234.5);
    expect(value('1,234.5', 'de')).toBe(1234.5);
    expect(value('1,2,3.5', 'en')).toBe(123.5);
    expect(value('1.2,3,4', 'de')).toBe('invalid');
  });
  it('ignores units typed out of habit and spaces', () => {
    expect(value(' 12 % ', 'en')).toBe(12);
    expect(value('€ 40', 'de')).toBe(40);
    expect(value('40 zł', 'pl')).toBe(40);
  });
  it('accepts negative numbers (the domain check, not the parser, refuses them)', () => {
    expect(value('-3', 'en')).toBe(-3);
    expect(value('\u22123,5', 'de')).toBe(-3.5);
  });
  it('tells empty from invalid', () => {
    expect(value('', 'en')).toBe('empty');
    expect(value('   ', 'de')).toBe('empty');
    for (const bad of ['abc', '12abc', '1..2', '-', '.', '1,2,3', '--1', '1e', 'Infinity', '1e999']) {
      expect(value(bad, 'en'), bad).toBe('invalid');
    }
  });
  it('round-trips what formatEditable writes in every language', () => {
    for (const locale of ['en', 'de', 'it', 'pl', 'nl']) {
      for (const x of [0, 0.5, 2.5, 12.25, 1234.5678, 1_000_000, -7.125]) {
        expect(value(formatEditable(x, locale), locale), `${locale} ${x}`).toBe(x);
      }
    }
  });
});

describe('formatting helpers', () => {
  it('knows the separators of each locale', () => {
    expect(separators('de')).toEqual({ decimal: ',', group: '.' });
    expect(separators('en')).toEqual({ decimal: '.', group: ',' });
  });
  it('writes editable numbers without grouping, with the locale decimal mark and no float noise', () => {
    expect(formatEditable(1234.5, 'de')).toBe('1234,5');
    expect(formatEditable(0.07 * 100, 'en')).toBe('7');
    expect(formatEditable(Number.NaN, 'en')).toBe('');
  });
  it('cleans float noise and rounds to significant digits', () => {
    expect(clean(0.07 * 100)).toBe(7);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(roundSignificant(0.123456, 3)).toBe(0.123);
    expect(roundSignificant(123456, 3)).toBe(123000);
  });
});

describe('formatRate', () => {
  it('keeps one decimal so summaries match what was typed', () => {
    expect(formatRate((0.08 + 0.15) / 2, 'en')).toBe('11.5%');
    expect(formatRate(0.12, 'en')).toBe('12%');
    expect(formatRate(0.0035, 'en')).toBe('0.35%');
    expect(formatRate(0.115, 'de')).toBe('11,5\u00a0%');
    expect(formatRate(Number.NaN, 'en')).toBe('–');
  });
});
