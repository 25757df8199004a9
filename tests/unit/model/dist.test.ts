import { beforeAll, describe, expect, it } from 'vitest';
import { distProblems, paramNames } from '$lib/model/dist-check';
import { distMean, isCertain } from '$lib/model/dist';
import { formatDist } from '$lib/model/dist-format';
import type { Dist } from '$lib/model/schema';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('distProblems', () => {
  it('accepts ordered parameters in their domain', () => {
    expect(distProblems({ type: 'pert', low: 0.1, mode: 0.2, high: 0.3 }, 'rate')).toEqual([]);
    expect(distProblems({ type: 'lognormal', low: 1, high: 1000 }, 'money')).toEqual([]);
    expect(distProblems({ type: 'beta', successes: 3, trials: 30 }, 'rate')).toEqual([]);
    expect(distProblems({ type: 'fixed', value: 0 }, 'delay')).toEqual([]);
  });

  it('reports order, domain and type misuse with codes and params', () => {
    expect(distProblems({ type: 'uniform', low: 5, high: 1 }, 'delay')).toEqual([
      { field: 'low', code: 'dist.order', message: 'low (5) must not exceed high (1)', params: { param: 'low', value: '5', other: 'high', otherValue: '1' } },
    ]);
    expect(distProblems({ type: 'triangular', low: 0.3, mode: 0.2, high: 1.5 }, 'rate').map((p) => p.code)).toEqual(['dist.order', 'dist.rateAbove1']);
    expect(distProblems({ type: 'fixed', value: -1 }, 'money')[0]).toMatchObject({ code: 'dist.negative', params: { value: '-1' } });
    expect(distProblems({ type: 'lognormal', low: 0, high: 3 }, 'count')[0].code).toBe('dist.lognormalLow');
    expect(distProblems({ type: 'beta', successes: 4, trials: 3 }, 'money').map((p) => p.code)).toEqual(['dist.order', 'dist.betaNotRate']);
    expect(distProblems({ type: 'beta', successes: 1.5, trials: 3 }, 'rate')[0].code).toBe('dist.betaWhole');
    expect(distProblems({ type: 'uniform', low: 'a', high: NaN }, 'rate').map((p) => [p.code, p.field])).toEqual([
      ['dist.notNumber', 'low'], ['dist.notNumber', 'high'],
    ]);
    expect(distProblems({ type: 'fixed', value: 1.23456789 }, 'rate')[0].params.value).toBe('1.23457');
  });

  it('names parameters per type', () => {
    expect(paramNames('pert')).toEqual(['low', 'mode', 'high']);
    expect(paramNames('beta')).toEqual(['successes', 'trials']);
    expect(paramNames('bogus')).toEqual([]);
  });
});

describe('distMean and isCertain', () => {
  it.each<[Dist, number]>([
    [{ type: 'fixed', value: 3 }, 3],
    [{ type: 'uniform', low: 2, high: 4 }, 3],
    [{ type: 'triangular', low: 0, mode: 3, high: 6 }, 3],
    [{ type: 'pert', low: 0, mode: 3, high: 12 }, 4],
    [{ type: 'normal', low: 1, high: 5 }, 3],
    [{ type: 'beta', successes: 1, trials: 8 }, 0.2],
  ])('%j has mean %d', (d, mean) => expect(distMean(d)).toBeCloseTo(mean, 12));

  it('lognormal mean follows the 90 % interval', () => {
    const mu = (Math.log(10) + Math.log(1000)) / 2;
    const sigma = (Math.log(1000) - Math.log(10)) / 3.2897;
    expect(distMean({ type: 'lognormal', low: 10, high: 1000 })).toBeCloseTo(Math.exp(mu + (sigma * sigma) / 2), 2);
    expect(isCertain({ type: 'lognormal', low: 5, high: 5 })).toBe(true);
    expect(isCertain({ type: 'beta', successes: 5, trials: 5 })).toBe(false);
  });
});

describe('formatDist', () => {
  const en = (d: Dist, domain: Parameters<typeof formatDist>[1]) => nbsp(formatDist(d, domain));
  it('formats rates as percentages in compact forms', () => {
    expect(en({ type: 'fixed', value: 0.12 }, 'rate')).toBe('12%');
    expect(en({ type: 'uniform', low: 0.08, high: 0.15 }, 'rate')).toBe('8–15%');
    expect(en({ type: 'pert', low: 0.08, mode: 0.12, high: 0.15 }, 'rate')).toBe('~12% (8–15%)');
    expect(en({ type: 'triangular', low: 0.1, mode: 0.1, high: 0.1 }, 'rate')).toBe('10%');
    expect(en({ type: 'beta', successes: 12, trials: 130 }, 'rate')).toBe('≈ 9.8% (12 of 130 observed)');
    expect(en({ type: 'lognormal', low: 0.05, high: 0.2 }, 'rate')).toBe('90%: 5–20%');
    expect(en({ type: 'fixed', value: 0.0012 }, 'rate')).toBe('0.12%');
  });

  it('formats money in the currency and counts with grouping', () => {
    expect(en({ type: 'uniform', low: 8, high: 15 }, 'money')).toBe('€8–15');
    expect(en({ type: 'fixed', value: 49.9 }, 'money')).toBe('€49.90');
    expect(nbsp(formatDist({ type: 'uniform', low: 1000, high: 25000 }, 'money', { locale: 'en-US', currency: 'USD' }))).toBe('$1,000–25,000');
    expect(en({ type: 'fixed', value: 12500 }, 'count')).toBe('12,500');
    expect(en({ type: 'normal', low: 5, high: 20 }, 'count')).toBe('90%: 5–20');
    expect(en({ type: 'uniform', low: 2, high: 6 }, 'delay')).toBe('2–6');
  });

  it('follows the locale, with words in the nearest supported language', () => {
    expect(nbsp(formatDist({ type: 'uniform', low: 0.08, high: 0.15 }, 'rate', { locale: 'de' }))).toBe('8–15 %');
    expect(nbsp(formatDist({ type: 'uniform', low: 8, high: 15 }, 'money', { locale: 'de-DE' }))).toBe('8–15 €');
    expect(nbsp(formatDist({ type: 'fixed', value: 12500.5 }, 'money', { locale: 'de' }))).toBe('12.501 €');
    expect(nbsp(formatDist({ type: 'beta', successes: 12, trials: 130 }, 'rate', { locale: 'de' }))).toBe('≈ 9,8 % (12 von 130 beobachtet)');
    expect(nbsp(formatDist({ type: 'beta', successes: 12, trials: 130 }, 'rate', { locale: 'pl-PL' }))).toBe('≈ 9,8% (zaobserwowano 12 z 130)');
    expect(nbsp(formatDist({ type: 'fixed', value: 1234 }, 'count', { locale: 'nl' }))).toBe('1.234');
  });

  it('never throws on an unknown locale or currency', () => {
    expect(formatDist({ type: 'fixed', value: 3 }, 'money', { locale: 'xx-not-a-locale-$$', currency: 'EUR' })).toMatch(/3/);
    expect(formatDist({ type: 'fixed', value: 3 }, 'money', { locale: 'en', currency: 'euro' })).toBe('3');
  });
});
