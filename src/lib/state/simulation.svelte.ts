/**
 * Simulation runs as the UI sees them: start (one scenario or all of them with common random
 * numbers), progress with time left, cancel, the last result per scenario with partial pictures
 * while running, stale detection against the current design, and an optional debounced quick
 * preview after edits. The work itself happens in a runner (the worker pool); this class only
 * orchestrates it, so tests drive it with a fake runner.
 */
import { untrack } from 'svelte';
import { KPI_NAMES, type KpiName } from '$lib/model/schema';
import type { Problem } from '$lib/model/problem';
import type { SimSummary } from '$lib/sim/types';
import type { DocumentStore } from './document-store.svelte';
import { baseInputsKey, scenarioInputsKey, targetsKey } from './sim-inputs';
import { simOverlay, type SimOverlay } from './sim-overlay';
import { ScenarioEditing } from './scenarios.svelte';
import type { PerRunKpis, SimHandle, SimRunner } from './sim-pool/runner';

/** The runner contract (the worker pool implements it; tests pass a fake). */
export type { PerRunKpis, SimHandle, SimProgress, SimRequest, SimRunner } from './sim-pool/runner';

/** Splits the runner's per-run KPI block into one array per KPI (views, no copies). */
export function perRunByKpi(block: PerRunKpis | null | undefined): Partial<Record<KpiName, Float64Array>> | undefined {
  if (!block || block.count === 0) return undefined;
  const out: Partial<Record<KpiName, Float64Array>> = {};
  KPI_NAMES.forEach((k, c) => (out[k] = block.values.subarray(c * block.count, (c + 1) * block.count)));
  return out;
}

export type RunKind = 'full' | 'preview';

export interface ScenarioResult {
  scenarioId: string | null;
  summary: SimSummary;
  kind: RunKind;
  /** False while partial pictures stream in. */
  complete: boolean;
  runs: number;
  seed: number;
  /** Inputs it was computed from (sim-inputs.ts). */
  inputsKey: string;
  targetsKey: string;
  elapsedMs: number;
  /** Per-run KPI values when the runner provides them (paired scenario comparison). */
  perRun?: Partial<Record<KpiName, Float64Array>>;
}

export interface Job {
  kind: RunKind;
  /** Scenarios to run in order (null = base). */
  queue: (string | null)[];
  index: number;
  runsEach: number;
  seed: number;
  done: number;
  total: number;
  startedAt: number;
  timeLeftMs: number | null;
}

export interface SimulationOptions {
  createRunner: () => SimRunner;
  now?: () => number;
  storage?: Storage;
  /** Debounce of the quick preview after an edit. */
  previewDelayMs?: number;
  previewRuns?: number;
}

const PREVIEW_KEY = 'funnel-lab:quick-preview';
const SIM_KEY = 'funnel-lab:show-simulated';
export const PREVIEW_RUNS = 2000;

/** Results are kept per scenario under this key (the base design has no id). */
export const scenarioKey = (id: string | null) => id ?? '';

export class SimulationState {
  #store: DocumentStore;
  #options: Required<Omit<SimulationOptions, 'storage'>> & { storage?: Storage };
  #runner: SimRunner | null = null;
  #handle: SimHandle | null = null;
  #token = 0;
  #previewTimer: ReturnType<typeof setTimeout> | null = null;
  #disposeEffects: () => void = () => {};

  /** Last complete result per scenario key. */
  results = $state.raw<Record<string, ScenarioResult>>({});
  /** Partial pictures of the runs under way, shown instead of the last result until they finish. */
  partial = $state.raw<Record<string, ScenarioResult>>({});
  /** The scenario whose results the panel shows and Run runs; null = base design. */
  activeScenarioId = $state<string | null>(null);
  job = $state.raw<Job | null>(null);
  /** The last failure (e.g. the design has errors), cleared by the next successful start. */
  error = $state<string | null>(null);
  /** The design's errors when the engine refused it (a CompileError's problems). */
  errorProblems = $state.raw<Problem[]>([]);
  quickPreview = $state(false);
  /** Canvas numbers: simulated (P50, P10–P90) when a result exists, or expected values. */
  showSimulated = $state(true);
  /** "Change only in scenario …": which scenario the inspector edits (scenarios.svelte.ts). */
  editing: ScenarioEditing;

  running = $derived(this.job !== null);
  baseKey = $derived.by(() => baseInputsKey(this.#store.doc));
  #targetsKey = $derived.by(() => targetsKey(this.#store.doc));

  /** The active scenario's result, if it belongs to this design. */
  result = $derived.by(() => this.resultFor(this.activeScenarioId));
  summary = $derived(this.result?.summary ?? null);
  stale = $derived(this.result ? this.isStale(this.activeScenarioId) : false);
  /** Targets edited since the run: chances shown are for the old targets. */
  targetsStale = $derived(this.result ? this.result.targetsKey !== this.#targetsKey : false);
  progress = $derived(this.job ? { done: this.job.done, total: this.job.total, fraction: this.job.total ? this.job.done / this.job.total : 0 } : null);
  /** Per-node and per-edge numbers for the canvas, from the active scenario's result. */
  overlay = $derived<SimOverlay | null>(this.summary ? simOverlay(this.summary) : null);
  canvasNumbers = $derived<'simulated' | 'expected'>(this.showSimulated && this.overlay ? 'simulated' : 'expected');

  constructor(store: DocumentStore, options: SimulationOptions) {
    this.#store = store;
    this.editing = new ScenarioEditing(store);
    this.#options = {
      now: () => performance.now(),
      previewDelayMs: 700,
      previewRuns: PREVIEW_RUNS,
      ...options,
      storage: options.storage ?? globalThis.localStorage,
    };
    this.quickPreview = this.#options.storage?.getItem(PREVIEW_KEY) === '1';
    this.showSimulated = this.#options.storage?.getItem(SIM_KEY) !== '0';
    this.#disposeEffects = $effect.root(() => {
      // Editing a scenario shows its results and (on the canvas) its expected numbers.
      $effect(() => {
        const id = this.editing.editingId;
        if (id !== null) untrack(() => (this.activeScenarioId = id));
      });
      let previous: string | undefined;
      $effect(() => {
        const key = this.#currentKey(this.activeScenarioId);
        const on = this.quickPreview;
        untrack(() => {
          if (on && previous !== undefined && key !== previous) this.#schedulePreview();
          previous = key;
        });
      });
    });
  }

  #currentKey(scenarioId: string | null): string {
    const scenario = scenarioId === null ? undefined : this.#store.doc.scenarios.find((s) => s.id === scenarioId);
    return scenarioInputsKey(this.baseKey, scenario);
  }

  /** A scenario's result, unless it was computed for another design (none of its nodes exist). */
  resultFor(scenarioId: string | null): ScenarioResult | undefined {
    const k = scenarioKey(scenarioId);
    const r = this.partial[k] ?? this.results[k];
    if (!r) return undefined;
    if (scenarioId !== null && !this.#store.doc.scenarios.some((s) => s.id === scenarioId)) return undefined;
    const ids = Object.keys(r.summary.nodes);
    if (ids.length > 0 && !this.#store.doc.nodes.some((n) => n.id in r.summary.nodes)) return undefined;
    return r;
  }

  /** True when the design (or the runs and seed of a full run) changed since this result. */
  isStale(scenarioId: string | null): boolean {
    const r = this.resultFor(scenarioId);
    if (!r) return false;
    if (r.inputsKey !== this.#currentKey(scenarioId)) return true;
    const { runs, seed } = this.#store.doc.settings;
    return r.seed !== seed || (r.kind === 'full' && r.runs !== runs);
  }

  setQuickPreview(on: boolean): void {
    this.quickPreview = on;
    this.#options.storage?.setItem(PREVIEW_KEY, on ? '1' : '0');
    if (on && (!this.result || this.stale) && !this.running) this.#schedulePreview();
  }

  setShowSimulated(on: boolean): void {
    this.showSimulated = on;
    this.#options.storage?.setItem(SIM_KEY, on ? '1' : '0');
  }

  /** Runs the active scenario (or the one given) with the design's runs and seed. */
  run(scenarioId: string | null = this.activeScenarioId): void {
    this.#start('full', [scenarioId]);
  }

  /** Runs the base and every scenario with the same seed: common random numbers. */
  runAll(): void {
    this.#start('full', [null, ...this.#store.doc.scenarios.map((s) => s.id)]);
  }

  cancel(): void {
    this.#clearPreviewTimer();
    if (!this.job) return;
    this.#token++;
    this.#handle?.cancel();
    this.#handle = null;
    // A partial picture of a cancelled run is not a result: the last complete one shows again.
    this.partial = {};
    this.job = null;
  }

  dispose(): void {
    this.cancel();
    this.#disposeEffects();
    this.#runner?.dispose();
    this.#runner = null;
  }

  #clearPreviewTimer(): void {
    if (this.#previewTimer !== null) clearTimeout(this.#previewTimer);
    this.#previewTimer = null;
  }

  #schedulePreview(): void {
    this.#clearPreviewTimer();
    // An edit during a preview makes that preview pointless; a full run the user started goes on.
    if (this.job?.kind === 'full') return;
    if (this.job?.kind === 'preview') this.cancel();
    this.#previewTimer = setTimeout(() => {
      this.#previewTimer = null;
      if (!this.job) this.#start('preview', [this.activeScenarioId]);
    }, this.#options.previewDelayMs);
  }

  #runner_(): SimRunner {
    this.#runner ??= this.#options.createRunner();
    return this.#runner;
  }

  #start(kind: RunKind, queue: (string | null)[]): void {
    this.cancel();
    const { runs, seed } = this.#store.doc.settings;
    const runsEach = kind === 'preview' ? Math.min(runs, this.#options.previewRuns) : runs;
    this.error = null;
    this.errorProblems = [];
    this.job = { kind, queue, index: 0, runsEach, seed, done: 0, total: runsEach * queue.length, startedAt: this.#options.now(), timeLeftMs: null };
    void this.#runQueue(++this.#token);
  }

  async #runQueue(token: number): Promise<void> {
    while (this.job && token === this.#token && this.job.index < this.job.queue.length) {
      const job = this.job;
      const scenarioId = job.queue[job.index];
      const doc = this.#store.doc;
      const inputsKey = this.#currentKey(scenarioId);
      const tKey = this.#targetsKey;
      const before = job.index * job.runsEach;
      const started = this.#options.now();
      const key = scenarioKey(scenarioId);
      const record = (summary: SimSummary, complete: boolean, perRun?: ScenarioResult['perRun']) => {
        const r: ScenarioResult = {
          scenarioId, summary, kind: job.kind, complete, runs: job.runsEach, seed: job.seed, inputsKey, targetsKey: tKey,
          elapsedMs: this.#options.now() - started,
          perRun,
        };
        if (complete) {
          this.results = { ...this.results, [key]: r };
          const { [key]: _done, ...rest } = this.partial;
          this.partial = rest;
        } else {
          this.partial = { ...this.partial, [key]: r };
        }
      };
      let summary: SimSummary | null;
      try {
        this.#handle = this.#runner_().run({ doc, scenarioId, runs: job.runsEach, seed: job.seed }, (p) => {
          if (token !== this.#token || !this.job) return;
          const done = before + p.done;
          const elapsed = this.#options.now() - this.job.startedAt;
          this.job = { ...this.job, done, timeLeftMs: done > 0 ? (elapsed * (this.job.total - done)) / done : null };
          record(p.partial, false);
        });
        summary = await this.#handle.done;
      } catch (e) {
        if (token !== this.#token) return;
        this.error = e instanceof Error ? e.message : String(e);
        const problems = (e as { problems?: unknown }).problems;
        this.errorProblems = Array.isArray(problems) ? (problems as Problem[]) : [];
        this.job = null;
        this.#handle = null;
        this.partial = {};
        return;
      }
      if (token !== this.#token) return;
      if (summary === null) {
        // Cancelled by the runner itself: same as cancel().
        this.cancel();
        return;
      }
      record(summary, true, perRunByKpi(this.#handle?.kpis?.()));
      const cur = this.job!;
      this.job = { ...cur, index: cur.index + 1, done: (cur.index + 1) * cur.runsEach };
    }
    if (token === this.#token) {
      this.job = null;
      this.#handle = null;
    }
  }
}
