import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bands } from '$lib/sim/stats/bands';
import { selectQuantiles } from '$lib/sim/stats/select';
import { quantileSorted, sortedCopy } from '$lib/sim/stats/percentiles';
import { ranks, spearman, topSensitivity } from '$lib/sim/stats/spearman';
import { Rng } from '$lib/sim/random/rng';
import { normal } from '$lib/sim/random/variates';

describe('bands', () => {
  it('per-period P10/P50/P90/mean of a run-major matrix, hand-computed', () => {
    // 5 runs × 3 periods; column t = 0: 1..5, t = 1: constant 7, t = 2: 10, 0, 30, 20, 40.
    const m = new Float64Array([1, 7, 10, 2, 7, 0, 3, 7, 30, 4, 7, 20, 5, 7, 40]);
    const b = bands(m, 5, 3);
    expect(b.p10.length).toBe(3);
    expect(b.p10[0]).toBeCloseTo(1.4, 14);
    expect(b.p50[0]).toBe(3);
    expect(b.p90[0]).toBeCloseTo(4.6, 14);
    expect(b.mean[0]).toBe(3);
    expect([b.p10[1], b.p50[1], b.p90[1], b.mean[1]]).toEqual([7, 7, 7, 7]);
    expect(b.p10[2]).toBeCloseTo(4, 12);
    expect(b.p50[2]).toBe(20);
    expect(b.p90[2]).toBeCloseTo(36, 12);
    expect(b.mean[2]).toBe(20);
  });

  // Whole numbers of small range (counting path), of wide range and real values (selection).
  for (const [kind, cell] of [
    ['whole numbers, small range', (r: Rng, i: number) => Math.round(10 * normal(r)) + (i % 13)],
    ['whole numbers, wide range', (r: Rng) => Math.round(1e6 * normal(r))],
    ['real values', (r: Rng) => Math.exp(normal(r))],
  ] as const) {
    it(`shape and agreement with sorting for a larger random matrix: ${kind}`, () => {
      const runs = 2001;
      const periods = 13;
      const r = Rng.forRun(3, 0);
      const m = Float64Array.from({ length: runs * periods }, (_, i) => cell(r, i));
      const b = bands(m, runs, periods);
      for (const k of ['p10', 'p50', 'p90', 'mean'] as const) expect(b[k].length).toBe(periods);
      for (let t = 0; t < periods; t++) {
        const col = sortedCopy(Float64Array.from({ length: runs }, (_, i) => m[i * periods + t]));
        expect(b.p10[t]).toBe(quantileSorted(col, 0.1));
        expect(b.p50[t]).toBe(quantileSorted(col, 0.5));
        expect(b.p90[t]).toBe(quantileSorted(col, 0.9));
        expect(b.p10[t]).toBeLessThanOrEqual(b.p50[t]);
        expect(b.p50[t]).toBeLessThanOrEqual(b.p90[t]);
      }
    });
  }

  it('zero runs or periods give empty or zero bands, never NaN', () => {
    expect(bands(new Float64Array(0), 0, 2)).toEqual({ p10: [0, 0], p50: [0, 0], p90: [0, 0], mean: [0, 0] });
    expect(bands(new Float64Array(0), 10, 0)).toEqual({ p10: [], p50: [], p90: [], mean: [] });
  });

  it('property: quickselect quantiles equal those of a full sort (with many ties)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -30, max: 30, noNaN: true })), { minLength: 1, maxLength: 300 }), (xs) => {
        const a = Float64Array.from(xs);
        const ps = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
        const out = new Float64Array(ps.length);
        selectQuantiles(a, a.length, ps, out);
        const s = sortedCopy(xs);
        return ps.every((p, i) => out[i] === quantileSorted(s, p));
      }),
      { seed: 23, numRuns: 1000 },
    );
  });
});

describe('spearman', () => {
  it('average ranks for ties', () => {
    expect(Array.from(ranks(new Float64Array([10, 20, 20, 30]), 4))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(ranks(new Float64Array([3, 3, 3, 1, 9]), 5))).toEqual([3, 3, 3, 1, 5]);
    expect(Array.from(ranks(new Float64Array([5, 1, 4, 99]), 3))).toEqual([3, 1, 2]);
  });

  it('hand-computed example with a tie', () => {
    // ranks y = [1, 2, 3.5, 5, 3.5]: Σdxdy = 8, Σdx² = 10, Σdy² = 9.5 → 8/√95.
    const rx = ranks(new Float64Array([1, 2, 3, 4, 5]), 5);
    const ry = ranks(new Float64Array([5, 6, 7, 8, 7]), 5);
    expect(spearman(rx, ry)).toBeCloseTo(8 / Math.sqrt(95), 14);
  });

  it('±1 for monotone relations, 0 for a constant', () => {
    const x = new Float64Array([0.1, 0.5, 0.2, 0.9, 0.4]);
    const up = x.map((v) => Math.exp(v * 10));
    const down = x.map((v) => -v * v * v);
    expect(spearman(ranks(x, 5), ranks(up, 5))).toBe(1);
    expect(spearman(ranks(x, 5), ranks(down, 5))).toBe(-1);
    expect(spearman(ranks(x, 5), ranks(new Float64Array(5).fill(2), 5))).toBe(0);
  });

  it('topSensitivity: sorted by |ρ|, constant parameters skipped, k respected', () => {
    const n = 5000;
    const r = Rng.forRun(9, 0);
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    const c = new Float64Array(n);
    const flat = new Float64Array(n).fill(3);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = normal(r);
      b[i] = normal(r);
      c[i] = normal(r);
      out[i] = 3 * a[i] - 1 * b[i] + 0.2 * c[i];
    }
    const top = topSensitivity(
      [
        { ref: { id: 'c' }, values: c },
        { ref: { id: 'flat' }, values: flat },
        { ref: { id: 'b' }, values: b },
        { ref: { id: 'a' }, values: a },
      ],
      out,
      n,
    );
    expect(top.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(top[0].rho).toBeGreaterThan(0.9);
    expect(top[1].rho).toBeLessThan(-0.2);
    expect(topSensitivity([{ ref: { id: 'a' }, values: a }, { ref: { id: 'b' }, values: b }], out, n, 1).map((t) => t.id)).toEqual(['a']);
  });

  it('topSensitivity leaves out runs whose output is undefined', () => {
    const x = new Float64Array([1, 2, 3, 4, 5, 6]);
    const y = new Float64Array([10, 20, NaN, 40, Infinity, 60]);
    expect(topSensitivity([{ ref: { id: 'x' }, values: x }], y, 6)[0].rho).toBe(1);
    expect(topSensitivity([{ ref: { id: 'x' }, values: x }], new Float64Array(6).fill(NaN), 6)).toEqual([]);
  });
});
