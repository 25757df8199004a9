/**
 * Paired scenario comparison end to end: the worker pool (on the main thread here) keeps per-run
 * KPI values; with the same seed the base and a scenario are paired run by run.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '$lib/model/io/parse';
import { SimPool } from '$lib/state/sim-pool';
import { perRunByKpi } from '$lib/state/simulation.svelte';
import { pairedDiff } from '$lib/ui/results/shape/compare';
import { KPI_NAMES } from '$lib/model/schema';

const parsed = parseDocument(readFileSync('tests/fixtures/b2b-pipeline.funnel.json', 'utf8'));
if (!parsed.ok) throw new Error('fixture does not parse');
const doc = parsed.doc;

describe('per-run KPI values for paired comparison', () => {
  it('splits a column-major block into one array per KPI', () => {
    const count = 3;
    const values = Float64Array.from({ length: KPI_NAMES.length * count }, (_, i) => i);
    const by = perRunByKpi({ count, values })!;
    expect(Array.from(by.arrivals!)).toEqual([0, 1, 2]);
    expect(Array.from(by[KPI_NAMES[2]]!)).toEqual([6, 7, 8]);
    expect(perRunByKpi(null)).toBeUndefined();
  });

  it('the pool keeps values that reproduce the summary, NaN where a ratio is undefined, and pairs scenarios', { timeout: 60_000 }, async () => {
    const pool = new SimPool({ workers: 0 });
    try {
      const runs = 200;
      const a = pool.run({ doc, scenarioId: null, runs, seed: 11 });
      const base = await a.done;
      const baseRuns = perRunByKpi(a.kpis())!;
      const b = pool.run({ doc, scenarioId: 'double-paid', runs, seed: 11 });
      const scen = await b.done;
      const scenRuns = perRunByKpi(b.kpis())!;
      expect(base && scen).toBeTruthy();
      expect(baseRuns.customers!.length).toBe(runs);
      const mean = (xs: Float64Array) => xs.reduce((s, v) => s + v, 0) / xs.length;
      expect(mean(baseRuns.customers!)).toBeCloseTo(base!.kpis.customers.mean, 9);
      expect(mean(scenRuns.revenue!)).toBeCloseTo(scen!.kpis.revenue.mean, 6);
      const undefinedPayback = Array.from(baseRuns.paybackPeriod!).filter(Number.isNaN).length;
      expect(undefinedPayback).toBe(base!.kpis.paybackPeriod.undefinedRuns);
      // Twice the paid budget: more arrivals in (nearly) every paired run.
      const d = pairedDiff(baseRuns.arrivals!, scenRuns.arrivals!, true);
      expect(d.n).toBe(runs);
      expect(d.pBetter).toBeGreaterThan(0.95);
      expect(d.p50).toBeGreaterThan(0);
      // Same seed, same scenario: identical runs, so every pair ties.
      const again = pool.run({ doc, scenarioId: null, runs, seed: 11 });
      await again.done;
      const same = pairedDiff(baseRuns.profit!, perRunByKpi(again.kpis())!.profit!, true);
      expect(same.pSame).toBe(1);
    } finally {
      pool.dispose();
    }
  });
});
