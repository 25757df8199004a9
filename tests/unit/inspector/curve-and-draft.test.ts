import { describe, expect, it } from 'vitest';
import { curveData } from '$lib/ui/inspector/curve-data';
import { draftTexts, evaluateDraft } from '$lib/ui/inspector/dist-draft.svelte';
import { isWebUrl } from '$lib/ui/inspector/links';

describe('curveData', () => {
  it('gives the exact P10, P90 and mean of a range', () => {
    const c = curveData({ type: 'uniform', low: 0.1, high: 0.2 }, 'rate');
    expect(c.p10).toBeCloseTo(0.11, 12);
    expect(c.p90).toBeCloseTo(0.19, 12);
    expect(c.mean).toBeCloseTo(0.15, 9);
    expect(c.point).toBeNull();
    // Density is flat inside the range and zero outside: the picture has walls.
    const inside = c.points.filter((p) => p.x > 0.1 && p.x < 0.2);
    expect(inside.every((p) => p.y === 1)).toBe(true);
    expect(c.points[0].y).toBe(0);
    expect(c.points.at(-1)!.y).toBe(0);
  });
  it('clamps to the domain the way the simulation clamps its samples', () => {
    // A 90 % normal of -10 %…30 % puts mass below 0: P10 becomes 0 and the mean rises above 10 %.
    const c = curveData({ type: 'normal', low: -0.1, high: 0.3 }, 'rate');
    expect(c.x0).toBe(0);
    expect(c.p10).toBe(0);
    expect(c.mean).toBeGreaterThan(0.1);
    const hi = curveData({ type: 'uniform', low: 0.5, high: 1 }, 'rate');
    expect(hi.x1).toBe(1);
  });
  it('treats a fixed number as a point', () => {
    const c = curveData({ type: 'fixed', value: 3 }, 'delay');
    expect(c).toMatchObject({ point: 3, p10: 3, p90: 3, mean: 3, points: [] });
  });
  it('scales the highest density point to 1 and stays finite for skewed shapes', () => {
    for (const d of [
      { type: 'lognormal', low: 8000, high: 30000 },
      { type: 'pert', low: 0, mode: 0, high: 10 },
      { type: 'beta', successes: 0, trials: 20 },
    ] as const) {
      const c = curveData(d, d.type === 'beta' ? 'rate' : 'money');
      expect(Math.max(...c.points.map((p) => p.y))).toBe(1);
      expect(c.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(c.p10).toBeLessThan(c.p90);
    }
  });
});

describe('evaluateDraft', () => {
  it('parses display units into a checked distribution', () => {
    expect(evaluateDraft('uniform', { low: '8', high: '15' }, 'rate', 'en')).toEqual({ dist: { type: 'uniform', low: 0.08, high: 0.15 }, issues: [] });
    expect(evaluateDraft('pert', { low: '1,5', mode: '2', high: '4' }, 'delay', 'de').dist).toEqual({ type: 'pert', low: 1.5, mode: 2, high: 4 });
  });
  it('reports typing problems per parameter before checking the distribution', () => {
    expect(evaluateDraft('uniform', { low: '', high: 'x' }, 'rate', 'en').issues).toEqual([
      { code: 'empty', param: 'low' },
      { code: 'invalid', param: 'high' },
    ]);
    expect(evaluateDraft('beta', { successes: '2.5', trials: '10' }, 'rate', 'en').issues).toEqual([{ code: 'whole', param: 'successes' }]);
  });
  it('reports the model checks with the parameter they concern', () => {
    expect(evaluateDraft('triangular', { low: '5', mode: '3', high: '9' }, 'count', 'en').issues).toEqual([{ code: 'order', param: 'low', other: 'mode' }]);
    expect(evaluateDraft('fixed', { value: '120' }, 'rate', 'en').issues).toEqual([{ code: 'aboveOne', param: 'value', other: undefined }]);
    expect(evaluateDraft('beta', { successes: '12', trials: '10' }, 'rate', 'en').issues).toEqual([{ code: 'order', param: 'successes', other: 'trials' }]);
  });
  it('writes texts that evaluate back to the same distribution', () => {
    for (const [d, domain, locale] of [
      [{ type: 'uniform', low: 0.07, high: 0.29 }, 'rate', 'de'],
      [{ type: 'pert', low: 1.5, mode: 2.25, high: 4 }, 'money', 'pl'],
      [{ type: 'beta', successes: 45, trials: 90 }, 'rate', 'en'],
    ] as const) {
      expect(evaluateDraft(d.type, draftTexts(d, domain, locale), domain, locale).dist).toEqual(d);
    }
  });
});

describe('isWebUrl', () => {
  it('takes http and https addresses only', () => {
    expect(isWebUrl('https://example.com/x?y=1')).toBe(true);
    expect(isWebUrl('http://example.com')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'ftp://example.com', 'https://', 'https:///path', 'example.com', 'https://exa mple.com', `https://x.io/${'a'.repeat(2000)}`]) {
      expect(isWebUrl(bad), bad).toBe(false);
    }
  });
});
