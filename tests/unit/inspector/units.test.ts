import { describe, expect, it } from 'vitest';
import { currencyName, displayScale, fromDisplay, isWholeParam, toDisplay } from '$lib/ui/inspector/units';

describe('units', () => {
  it('shows rates in percent and converts back exactly', () => {
    expect(displayScale('rate')).toBe(100);
    expect(toDisplay(0.07, 'rate')).toBe(7);
    expect(fromDisplay(12, 'rate')).toBe(0.12);
    expect(fromDisplay(0.5, 'rate')).toBe(0.005);
    for (const x of [0, 0.001, 0.07, 0.123, 0.29, 0.57, 1]) expect(fromDisplay(toDisplay(x, 'rate'), 'rate')).toBe(x);
  });
  it('keeps money, volumes and delays as typed', () => {
    for (const d of ['money', 'count', 'delay'] as const) {
      expect(toDisplay(42.5, d)).toBe(42.5);
      expect(fromDisplay(42.5, d)).toBe(42.5);
    }
  });
  it('never scales the counts of "observed s of n"', () => {
    expect(toDisplay(12, 'rate', 'successes')).toBe(12);
    expect(fromDisplay(80, 'rate', 'trials')).toBe(80);
    expect(isWholeParam('trials')).toBe(true);
    expect(isWholeParam('low')).toBe(false);
  });
  it('names currencies in the language, or by code when Intl does not know them', () => {
    expect(currencyName('EUR', 'de')).toBe('Euro');
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('XYZ', 'en')).toMatch(/XYZ/);
  });
});
