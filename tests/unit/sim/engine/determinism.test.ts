/**
 * Results depend only on (document, scenario, seed, runs): never on chunking, worker count or the
 * thread. Also the pool's progress, cancel, stale-result and fallback behaviour.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '$lib/sim/compile';
import { Engine, simulate } from '$lib/sim/engine';
import { allocRaw, mergeRaw, type RawResults } from '$lib/sim/raw';
import { summarizeRuns } from '$lib/sim/summarize';
import { SimPool } from '$lib/state/sim-pool';
import type { SimSummary } from '$lib/sim/types';
import { design, edge, fixed, lost, pert, source, stage, uniform, won } from './helpers';
import { fakeWorkerFactory } from './fake-worker';

const doc = design(
  [
    source('ads', uniform(30, 60), { volumeNoise: 0.2, cost: { perUnit: uniform(1, 2), fixedPerPeriod: fixed(5) } }),
    source('seo', fixed(20), { activeFrom: 2 }),
    stage('lp', { milestone: 'lead' }),
    stage('mql', { milestone: 'mql', delay: uniform(0, 2), cost: { perLead: fixed(3), fixedPerPeriod: fixed(0) } }),
    stage('demo', { milestone: 'opportunity', delay: uniform(1, 3), capacity: { perPeriod: pert(2, 4, 6), overflow: 'wait' } }),
    won('w', { value: uniform(500, 900), recurring: { perPeriod: fixed(20), churn: uniform(0.05, 0.1) } }),
    lost('l'),
    stage('nurture', { delay: uniform(2, 5) }),
  ],
  [
    edge('ads', 'lp', fixed(1)),
    edge('seo', 'lp', fixed(1)),
    edge('lp', 'mql', uniform(0.1, 0.3)),
    edge('mql', 'demo', uniform(0.3, 0.6)),
    edge('demo', 'w', uniform(0.2, 0.4)),
    edge('demo', 'l', uniform(0.5, 0.7)),
    edge('l', 'nurture', fixed(0.5)),
    edge('nurture', 'mql', uniform(0.1, 0.3)),
  ],
  { periods: 26 },
  { targets: [{ metric: 'customers', atLeast: 5 }, { metric: 'cac', atMost: 200 }] },
);

const RUNS = 120;
const SEED = 99;

const ARRAYS = ['kpi', 'kpiDefined', 'entered', 'dropOff', 'inProgress', 'nodeRevenue', 'nodeCost', 'flow', 'params', 'periodEntered', 'periodRevenue', 'periodCost', 'periodCustomers'] as const;
function expectSameRaw(a: RawResults, b: RawResults) {
  expect(a.count).toBe(b.count);
  expect(a.bandCount).toBe(b.bandCount);
  for (const k of ARRAYS) expect(Array.from(a[k]), k).toEqual(Array.from(b[k]));
}

describe('determinism', () => {
  const plan = compile(doc);
  const whole = simulate(plan, SEED, 0, RUNS, { bandRuns: 100 });

  it('any chunking merges into exactly the arrays of one call', () => {
    for (const size of [1, 7, 64, 1000]) {
      const parts: RawResults[] = [];
      for (let r = 0; r < RUNS; r += size) parts.push(simulate(plan, SEED, r, Math.min(size, RUNS - r), { bandRuns: 100 }));
      // Merge order must not matter either.
      expectSameRaw(mergeRaw(plan, parts.reverse()), whole);
    }
  });

  it('any number of runs side by side (the block width of the engine) gives the same arrays', () => {
    for (const width of [1, 3, 16]) {
      const engine = new Engine(plan, width);
      expect(engine.width).toBe(width);
      const raw = allocRaw(plan, SEED, 0, RUNS, 100);
      // Calls that cut across blocks, too.
      engine.run(SEED, 0, 50, raw);
      engine.run(SEED, 50, RUNS - 50, raw);
      expectSameRaw(raw, whole);
    }
  });

  it('the same seed reproduces, another seed differs', () => {
    expectSameRaw(simulate(plan, SEED, 0, RUNS, { bandRuns: 100 }), whole);
    expect(Array.from(simulate(plan, SEED + 1, 0, RUNS, { bandRuns: 100 }).entered)).not.toEqual(Array.from(whole.entered));
  });

  it('a run is the same whichever call simulates it', () => {
    const single = simulate(plan, SEED, 77, 1, { bandRuns: 100 });
    expect(single.kpi[0]).toBe(whole.kpi[77]);
    expect(Array.from({ length: plan.n }, (_, i) => single.entered[i])).toEqual(
      Array.from({ length: plan.n }, (_, i) => whole.entered[i * whole.stride + 77]),
    );
  });
});

describe('SimPool', () => {
  const reference = (() => {
    const plan = compile(doc);
    return summarizeRuns(simulate(plan, SEED, 0, RUNS), plan, doc);
  })();

  it('gives identical summaries with 1, 2 or 4 workers and chunk sizes 1, 7, 1000', async () => {
    for (const workers of [1, 2, 4]) {
      for (const chunkSize of [1, 7, 1000]) {
        const { factory } = fakeWorkerFactory();
        const pool = new SimPool({ workers, chunkSize, createWorker: factory, progressIntervalMs: 0 });
        const summary = await pool.run({ doc, scenarioId: null, runs: RUNS, seed: SEED }).done;
        pool.dispose();
        expect(summary, `${workers} workers, chunks of ${chunkSize}`).toEqual(reference);
      }
    }
  });

  it('streams partial summaries, then the final one', async () => {
    const { factory } = fakeWorkerFactory();
    const pool = new SimPool({ workers: 2, chunkSize: 20, createWorker: factory, progressIntervalMs: 0 });
    const partials: { done: number; total: number; runs: number }[] = [];
    const summary = await pool.run({ doc, scenarioId: null, runs: RUNS, seed: SEED }, (p) =>
      partials.push({ done: p.done, total: p.total, runs: p.partial.runs }),
    ).done;
    pool.dispose();
    expect(summary).toEqual(reference);
    expect(partials.length).toBeGreaterThan(0);
    for (const p of partials) {
      expect(p.total).toBe(RUNS);
      expect(p.runs).toBeGreaterThan(0);
      expect(p.runs).toBeLessThanOrEqual(p.done);
    }
  });

  it('cancel resolves null and later answers are dropped; a new run is unaffected', async () => {
    const { factory } = fakeWorkerFactory();
    const pool = new SimPool({ workers: 2, chunkSize: 10, createWorker: factory });
    const first = pool.run({ doc, scenarioId: null, runs: RUNS, seed: 1 });
    const second = pool.run({ doc, scenarioId: null, runs: RUNS, seed: SEED });
    expect(second.id).not.toBe(first.id);
    first.cancel();
    expect(await first.done).toBeNull();
    expect(await second.done).toEqual(reference);
    pool.dispose();
  });

  it('refuses a design with errors with a CompileError', async () => {
    const bad = design([stage('a')], []);
    const pool = new SimPool({ workers: 1, createWorker: fakeWorkerFactory().factory });
    await expect(pool.run({ doc: bad, scenarioId: null, runs: 10, seed: 1 }).done).rejects.toMatchObject({ name: 'CompileError' });
    await expect(pool.run({ doc, scenarioId: 'nope', runs: 10, seed: 1 }).done).rejects.toMatchObject({ name: 'CompileError' });
    pool.dispose();
  });

  it('falls back to the main thread when workers cannot be created', async () => {
    const pool = new SimPool({ workers: 2, createWorker: fakeWorkerFactory({ throwOnCreate: true }).factory });
    const partial: SimSummary[] = [];
    const summary = await pool.run({ doc, scenarioId: null, runs: RUNS, seed: SEED }, (p) => partial.push(p.partial)).done;
    expect(pool.onMainThread).toBe(true);
    expect(summary).toEqual(reference);
    pool.dispose();
  });

  it('finishes on the main thread when every worker crashes mid-run', async () => {
    const { factory, created } = fakeWorkerFactory({ failAfter: 3 });
    const pool = new SimPool({ workers: 2, chunkSize: 16, createWorker: factory });
    const summary = await pool.run({ doc, scenarioId: null, runs: RUNS, seed: SEED }).done;
    expect(created.every((w) => w.terminated)).toBe(true);
    expect(pool.onMainThread).toBe(true);
    expect(summary).toEqual(reference);
    pool.dispose();
  });

  it('simulates again the runs a worker held when it crashed during a summary', async () => {
    const { factory } = fakeWorkerFactory({ failOn: 'summarize' });
    const pool = new SimPool({ workers: 2, chunkSize: 16, createWorker: factory, progressIntervalMs: 0 });
    const summary = await pool.run({ doc, scenarioId: null, runs: RUNS, seed: SEED }, () => {}).done;
    expect(pool.onMainThread).toBe(true);
    expect(summary).toEqual(reference);
    pool.dispose();
  });

  it('runs with no workers at all (workers: 0) on the main thread', async () => {
    const pool = new SimPool({ workers: 0 });
    expect(await pool.run({ doc, scenarioId: null, runs: RUNS, seed: SEED }).done).toEqual(reference);
    pool.dispose();
  });
});
