import { describe, expect, it } from 'vitest';
import { parseRateInput, rateInputText } from '$lib/ui/edges/rate-input';

describe('parseRateInput', () => {
  it.each([
    ['12', { type: 'fixed', value: 0.12 }],
    ['12%', { type: 'fixed', value: 0.12 }],
    [' 12 % ', { type: 'fixed', value: 0.12 }],
    ['7,5 %', { type: 'fixed', value: 0.075 }],
    ['0.5', { type: 'fixed', value: 0.005 }],
    ['100', { type: 'fixed', value: 1 }],
    ['0', { type: 'fixed', value: 0 }],
    ['8-15', { type: 'uniform', low: 0.08, high: 0.15 }],
    ['8–15 %', { type: 'uniform', low: 0.08, high: 0.15 }],
    ['8 % - 15 %', { type: 'uniform', low: 0.08, high: 0.15 }],
    ['8..15', { type: 'uniform', low: 0.08, high: 0.15 }],
    ['8 to 15', { type: 'uniform', low: 0.08, high: 0.15 }],
    ['8 bis 15', { type: 'uniform', low: 0.08, high: 0.15 }],
    ['15-8', { type: 'uniform', low: 0.08, high: 0.15 }],
    ['12.3', { type: 'fixed', value: 0.123 }],
    ['10-10', { type: 'fixed', value: 0.1 }],
  ])('reads %j', (text, dist) => {
    expect(parseRateInput(text)).toEqual(dist);
  });

  it.each(['', 'abc', '12 %%', '101', '-5', '5-120', '1e3', '12.5.3', '8 -', '- 15', '50 %  % 3'])('refuses %j', (text) => {
    expect(parseRateInput(text)).toBeNull();
  });
});

describe('rateInputText', () => {
  it('starts the editor with the current rate in the user’s decimal style', () => {
    expect(rateInputText({ type: 'fixed', value: 0.12 }, 'en')).toBe('12');
    expect(rateInputText({ type: 'fixed', value: 0.075 }, 'de')).toBe('7,5');
    expect(rateInputText({ type: 'uniform', low: 0.08, high: 0.15 }, 'en')).toBe('8–15');
    expect(rateInputText({ type: 'pert', low: 0.05, mode: 0.1, high: 0.2 }, 'en')).toBeNull();
  });

  it('round-trips through parseRateInput', () => {
    for (const d of [
      { type: 'fixed', value: 0.123 },
      { type: 'uniform', low: 0.015, high: 0.333 },
    ] as const) {
      for (const locale of ['en', 'de', 'pl']) expect(parseRateInput(rateInputText(d, locale)!)).toEqual(d);
    }
  });
});
