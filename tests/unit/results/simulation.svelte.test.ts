// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { DocumentStore } from '$lib/state/document-store.svelte';
import { SimulationState, type SimProgress, type SimRequest, type SimRunner } from '$lib/state/simulation.svelte';
import type { SimSummary } from '$lib/sim/types';
import { b2bDoc, fakeSummary } from './fixtures';
import { KPI_NAMES } from '$lib/model/schema';

/** A runner whose runs finish when the test says so. */
class FakeRunner implements SimRunner {
  calls: { request: SimRequest; progress?: (p: SimProgress) => void; resolve: (s: SimSummary | null) => void; reject: (e: Error) => void; cancelled: boolean }[] = [];
  disposed = false;
  /** Per-run KPI block handed out after `done` (like the pool). */
  kpiBlock: { count: number; values: Float64Array } | null = null;
  run(request: SimRequest, progress?: (p: SimProgress) => void) {
    let resolve!: (s: SimSummary | null) => void;
    let reject!: (e: Error) => void;
    const done = new Promise<SimSummary | null>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const call = { request, progress, resolve, reject, cancelled: false };
    this.calls.push(call);
    return { id: this.calls.length, cancel: () => (call.cancelled = true), done, kpis: () => this.kpiBlock };
  }
  dispose() {
    this.disposed = true;
  }
  last() {
    return this.calls[this.calls.length - 1];
  }
  finish(summary?: SimSummary) {
    const c = this.last();
    c.resolve(summary ?? fakeSummary(c.request.doc, { runs: c.request.runs, scenarioId: c.request.scenarioId }));
  }
}

const memoryStorage = (): Storage => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: () => null, get length() { return m.size; } };
};

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('SimulationState', () => {
  let store: DocumentStore;
  let runner: FakeRunner;
  let sim: SimulationState;
  let clock = 0;

  beforeEach(() => {
    store = new DocumentStore(b2bDoc());
    runner = new FakeRunner();
    clock = 0;
    sim = new SimulationState(store, { createRunner: () => runner, now: () => clock, storage: memoryStorage(), previewDelayMs: 50 });
  });
  afterEach(() => sim.dispose());

  it('runs with the design’s runs and seed, streams partial pictures with time left, then keeps the result', async () => {
    sim.run();
    expect(sim.running).toBe(true);
    expect(runner.last().request).toMatchObject({ scenarioId: null, runs: 200, seed: 7 });
    expect(sim.progress).toEqual({ done: 0, total: 200, fraction: 0 });
    clock = 1000;
    const partial = fakeSummary(store.doc, { runs: 50 });
    runner.last().progress!({ done: 50, total: 200, partial });
    expect(sim.progress!.fraction).toBe(0.25);
    expect(sim.job!.timeLeftMs).toBe(3000);
    expect(sim.summary).toBe(partial);
    expect(sim.result!.complete).toBe(false);
    const full = fakeSummary(store.doc);
    runner.finish(full);
    await tick();
    expect(sim.running).toBe(false);
    expect(sim.summary).toBe(full);
    expect(sim.result!.complete).toBe(true);
    expect(sim.stale).toBe(false);
    expect(sim.overlay!.nodes.mql.entered.p50).toBe(full.nodes.mql.entered.p50);
    expect(sim.canvasNumbers).toBe('simulated');
  });

  it('marks results stale when a rate changes but not when a node moves or is renamed', async () => {
    sim.run();
    runner.finish();
    await tick();
    store.apply((d) => {
      d.nodes[0].position = { x: 99, y: 99 };
      d.nodes[2].label = 'Landing';
      d.meta.title = 'Renamed';
    });
    expect(sim.stale).toBe(false);
    store.apply((d) => {
      d.edges[3].rate = { type: 'fixed', value: 0.5 };
    });
    expect(sim.stale).toBe(true);
    store.undo();
    expect(sim.stale).toBe(false);
    store.apply((d) => {
      d.settings.seed = 8;
    });
    expect(sim.stale).toBe(true);
  });

  it('shows a changed target as such without making the numbers stale', async () => {
    sim.run();
    runner.finish();
    await tick();
    store.apply((d) => {
      d.targets.push({ metric: 'revenue', atLeast: 5000 });
    });
    expect(sim.stale).toBe(false);
    expect(sim.targetsStale).toBe(true);
  });

  it('cancel stops the runner, drops the partial picture and shows the last complete result again', async () => {
    sim.run();
    const first = fakeSummary(store.doc);
    runner.finish(first);
    await tick();
    sim.run();
    runner.last().progress!({ done: 10, total: 200, partial: fakeSummary(store.doc, { runs: 10, seed: 9 }) });
    const call = runner.last();
    sim.cancel();
    expect(call.cancelled).toBe(true);
    expect(sim.running).toBe(false);
    expect(sim.summary).toBe(first);
    // A late answer of the cancelled run is ignored.
    call.resolve(fakeSummary(store.doc, { seed: 3 }));
    await tick();
    expect(sim.summary).toBe(first);
  });

  it('runs all scenarios in turn with the same seed (common random numbers)', async () => {
    sim.runAll();
    expect(sim.progress!.total).toBe(400);
    expect(runner.last().request).toMatchObject({ scenarioId: null, seed: 7 });
    runner.finish();
    await tick();
    expect(runner.calls).toHaveLength(2);
    expect(runner.last().request).toMatchObject({ scenarioId: 'sc-1', seed: 7, runs: 200 });
    expect(sim.progress!.done).toBe(200);
    runner.finish();
    await tick();
    expect(sim.running).toBe(false);
    expect(sim.resultFor(null)!.complete).toBe(true);
    expect(sim.resultFor('sc-1')!.summary.scenarioId).toBe('sc-1');
    // A scenario's results go stale with its own overrides, not with another's.
    store.apply((d) => {
      d.scenarios[0].overrides[0].value = { type: 'fixed', value: 300 };
    });
    expect(sim.isStale('sc-1')).toBe(true);
    expect(sim.isStale(null)).toBe(false);
    store.apply((d) => {
      d.scenarios[0].name = 'Even more';
    });
    store.apply((d) => {
      d.scenarios = [];
    });
    expect(sim.resultFor('sc-1')).toBeUndefined();
  });

  it('reports a failure and keeps the previous result', async () => {
    sim.run();
    const first = fakeSummary(store.doc);
    runner.finish(first);
    await tick();
    sim.run();
    runner.last().reject(new Error('The design has errors'));
    await tick();
    expect(sim.error).toBe('The design has errors');
    expect(sim.running).toBe(false);
    expect(sim.summary).toBe(first);
  });

  it('quick preview: after an edit, debounced, runs about 2,000 runs at most', async () => {
    vi.useFakeTimers();
    try {
      store.apply((d) => {
        d.settings.runs = 50_000;
      });
      sim.setQuickPreview(true);
      flushSync();
      vi.advanceTimersByTime(60);
      expect(runner.calls).toHaveLength(1);
      expect(runner.last().request.runs).toBe(2000);
      runner.finish();
      await vi.runAllTimersAsync();
      expect(sim.result!.kind).toBe('preview');
      // Two quick edits: one preview.
      store.apply((d) => {
        d.edges[0].rate = { type: 'fixed', value: 0.4 };
      });
      flushSync();
      vi.advanceTimersByTime(20);
      store.apply((d) => {
        d.edges[0].rate = { type: 'fixed', value: 0.45 };
      });
      flushSync();
      vi.advanceTimersByTime(60);
      expect(runner.calls).toHaveLength(2);
      // Moving a node is not an edit of the inputs.
      runner.finish();
      await vi.runAllTimersAsync();
      store.apply((d) => {
        d.nodes[0].position = { x: 5, y: 5 };
      });
      flushSync();
      vi.advanceTimersByTime(100);
      expect(runner.calls).toHaveLength(2);
      // Switched off: edits don't run anything.
      sim.setQuickPreview(false);
      store.apply((d) => {
        d.edges[0].rate = { type: 'fixed', value: 0.3 };
      });
      flushSync();
      vi.advanceTimersByTime(100);
      expect(runner.calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a preview never interrupts a full run the user started', async () => {
    vi.useFakeTimers();
    try {
      sim.setQuickPreview(true);
      flushSync();
      vi.advanceTimersByTime(60);
      runner.finish();
      await vi.runAllTimersAsync();
      sim.run();
      const full = runner.last();
      store.apply((d) => {
        d.edges[0].rate = { type: 'fixed', value: 0.4 };
      });
      flushSync();
      vi.advanceTimersByTime(100);
      expect(runner.last()).toBe(full);
      expect(full.cancelled).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('remembers the toggles and creates the runner lazily, disposing it at the end', () => {
    const storage = memoryStorage();
    let created = 0;
    const s1 = new SimulationState(store, { createRunner: () => (created++, new FakeRunner()), storage });
    expect(created).toBe(0);
    s1.setQuickPreview(true);
    s1.setShowSimulated(false);
    expect(s1.canvasNumbers).toBe('expected');
    s1.dispose();
    const s2 = new SimulationState(store, { createRunner: () => new FakeRunner(), storage });
    expect(s2.quickPreview).toBe(true);
    expect(s2.showSimulated).toBe(false);
    s2.dispose();
    sim.run();
    sim.dispose();
    expect(runner.disposed).toBe(true);
  });

  it('hides results of another design after opening a different file', async () => {
    sim.run();
    runner.finish();
    await tick();
    const other = b2bDoc();
    store.reset({ ...other, nodes: other.nodes.map((n) => ({ ...n, id: `x-${n.id}` })), edges: [] });
    expect(sim.result).toBeUndefined();
  });

  it('keeps per-run KPI values from the runner for paired comparison', async () => {
    const count = 4;
    runner.kpiBlock = { count, values: Float64Array.from({ length: KPI_NAMES.length * count }, (_, i) => i) };
    sim.run();
    runner.finish();
    await tick();
    const c = KPI_NAMES.indexOf('customers');
    expect(Array.from(sim.result!.perRun!.customers!)).toEqual([0, 1, 2, 3].map((j) => c * count + j));
  });
});
