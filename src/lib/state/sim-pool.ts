/**
 * The simulation worker pool (DESIGN.md §5): `hardwareConcurrency − 1` module workers (at least
 * one) simulate chunks of runs and send them back as transferred buffers. The pool only keeps
 * them: for a partial picture (streamed through `onProgress`) it lends the first finished chunks
 * to a worker, which summarises and returns them; for the final summary it hands over all of
 * them. So the main thread never copies, merges or sorts results — it stays responsive. Jobs have
 * ids; answers for a cancelled job are dropped. If workers cannot start or die, the same engine
 * runs on the main thread in slices that yield to the event loop.
 *
 * Results depend only on (document, scenario, seed, runs): run r always uses stream (seed, r),
 * so the worker count and chunk sizes never change a number.
 */
import type { FunnelDocument } from '$lib/model/schema';
import { compile, CompileError } from '$lib/sim/compile';
import { KPI_COUNT, type Plan } from '$lib/sim/plan';
import type { FromWorker, SummaryMessage, ToWorker } from '$lib/sim/protocol';
import { allocRaw, defaultBandRuns, gatherRuns, perRunKpis, rawBuffers, type RawResults } from '$lib/sim/raw';
import type { SimSummary } from '$lib/sim/types';

/** What the pool needs of a Worker (a real one, or an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((ev: { data: FromWorker }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  terminate(): void;
}

export interface SimPoolOptions {
  /** Number of workers (default hardwareConcurrency − 1, at least 1); 0 = main thread only. */
  workers?: number;
  /** Fixed runs per chunk; by default the first chunk is small and later ones adapt to ~120 ms. */
  chunkSize?: number;
  createWorker?: () => WorkerLike;
  /** Minimum time between progress reports and partial summaries (ms). */
  progressIntervalMs?: number;
  /** Clock for chunk timing and throttling (tests pass a fake). */
  now?: () => number;
}

export interface SimRequest {
  doc: FunnelDocument;
  scenarioId: string | null;
  runs: number;
  seed: number;
}

export interface SimProgress {
  /** Runs finished so far (in any order) and in total. */
  done: number;
  total: number;
  /** Summary of the first runs finished (at most PARTIAL_MAX_RUNS of them, fewer for wide designs). */
  partial: SimSummary;
}

export interface SimHandle {
  id: number;
  cancel(): void;
  /** The summary, or null when cancelled; rejects with the CompileError of a refused design. */
  done: Promise<SimSummary | null>;
  /**
   * Per-run KPI values of the first runs (at most PER_RUN_MAX), once `done` has resolved: for
   * paired comparisons of scenarios run with the same seed (common random numbers).
   */
  kpis(): PerRunKpis | null;
}

/** KPI values per run, column-major like the raw results: KPI c of run j at c·count + j; NaN = undefined. */
export interface PerRunKpis {
  count: number;
  values: Float64Array;
}

/** Runs whose KPI values are kept for paired comparison (21 KPIs × 50,000 runs ≈ 8 MB). */
export const PER_RUN_MAX = 50_000;

/**
 * Partial pictures summarise the first finished runs, at most this many (and at most ~16 MB of
 * results): enough for a stable picture, quick to summarise. Once a partial picture has that
 * many runs, later progress reports repeat it with the new run count.
 */
export const PARTIAL_MAX_RUNS = 20_000;
const PARTIAL_MAX_BYTES = 16 * 1024 * 1024;
/** Runs whose per-period series a partial picture's fan charts use. */
const PARTIAL_BAND_RUNS = 200;
/** Target duration of one chunk: short enough to cancel quickly and spread work evenly. */
const CHUNK_TARGET_MS = 120;
/** The first chunk is small so the first partial picture comes quickly (DESIGN.md §5: ~150 ms). */
const FIRST_CHUNK_MS = 20;
const MAX_CHUNK = 100_000;

interface Job {
  id: number;
  req: SimRequest;
  plan: Plan;
  bandRuns: number;
  /** Set from the final summary's answer (or on the main thread in fallback). */
  kpis: PerRunKpis | null;
  /**
   * Finished chunks by first run; `null` while lent to a worker for a partial summary. Chunks
   * are never merged on the main thread.
   */
  chunks: Map<number, RawResults | null>;
  /** Runs 0 … prefix−1 are all finished; doneRuns counts every finished run. */
  prefix: number;
  doneRuns: number;
  /** Next run not yet handed out, and ranges to hand out again (their worker died). */
  next: number;
  requeue: [number, number][];
  /** Measured milliseconds per run (for chunk sizing). */
  msPerRun: number;
  seq: number;
  partialInFlight: boolean;
  /** Runs the last partial picture was asked for, and the most a partial picture may hold. */
  partialRuns: number;
  partialCap: number;
  lastPartial: SimSummary | null;
  partialSentAt: number;
  partialCostMs: number;
  lastPartialAt: number;
  lastProgressAt: number;
  finalRequested: boolean;
  onProgress?: (p: SimProgress) => void;
  resolve: (s: SimSummary | null) => void;
  reject: (e: unknown) => void;
  settled: boolean;
}

type Task =
  | { kind: 'chunk'; job: Job; firstRun: number; count: number; startedAt: number }
  | { kind: 'summary'; job: Job; seq: number; final: boolean; parts: RawResults[] };

interface Slot {
  worker: WorkerLike;
  task: Task | null;
  dead: boolean;
}

const defaultWorkers = () => Math.max(1, ((globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 2) - 1);

/** Runs a partial picture of `plan` may hold: PARTIAL_MAX_RUNS, fewer for wide designs. */
function partialCap(plan: Plan): number {
  const bytesPerRun = KPI_COUNT * 9 + (5 * plan.n + plan.m) * 4 + plan.uncertain.length * 8;
  return Math.max(500, Math.min(PARTIAL_MAX_RUNS, Math.floor(PARTIAL_MAX_BYTES / bytesPerRun)));
}

function defaultCreateWorker(): WorkerLike {
  return new Worker(new URL('../../workers/simulate.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Yield to the event loop (scheduler.yield where available). */
function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The chunks (in run order) that hold runs 0 … count−1; all must be present. */
function chunksFor(job: Job, count: number): RawResults[] {
  const out: RawResults[] = [];
  for (let at = 0; at < count; ) {
    const c = job.chunks.get(at);
    if (!c) throw new Error(`runs from ${at} are not here`);
    out.push(c);
    at += c.count;
  }
  return out;
}

/** Ranges [firstRun, count] of a job's runs neither finished nor being simulated. */
function unfinished(job: Job): [number, number][] {
  const held = [...job.chunks.keys()].sort((a, b) => a - b);
  const out: [number, number][] = [];
  let at = 0;
  for (const first of held) {
    if (first > at) out.push([at, first - at]);
    const c = job.chunks.get(first);
    // A lent chunk's size is not known here; lent chunks are always within the finished prefix.
    at = Math.max(at, c ? first + c.count : job.prefix);
  }
  if (at < job.req.runs) out.push([at, job.req.runs - at]);
  return out;
}

export class SimPool {
  private readonly nWorkers: number;
  private readonly chunkSize: number | undefined;
  private readonly createWorker: () => WorkerLike;
  private readonly interval: number;
  private readonly now: () => number;
  private slots: Slot[] | null = null;
  private jobs: Job[] = [];
  private nextId = 1;
  private fallback = false;
  private fallbackLoop: Promise<void> | null = null;
  /** Milliseconds per node-or-edge and period seen so far (sizes the first chunks of later jobs). */
  private cellMs = 0;
  private disposed = false;

  constructor(opts: SimPoolOptions = {}) {
    this.nWorkers = opts.workers ?? defaultWorkers();
    this.chunkSize = opts.chunkSize;
    this.createWorker = opts.createWorker ?? defaultCreateWorker;
    this.interval = opts.progressIntervalMs ?? 250;
    this.now = opts.now ?? (() => globalThis.performance?.now() ?? 0);
    if (this.nWorkers <= 0) this.fallback = true;
  }

  /** True when the pool runs on the main thread (workers unavailable or failed). */
  get onMainThread(): boolean {
    return this.fallback;
  }

  run(req: SimRequest, onProgress?: (p: SimProgress) => void): SimHandle {
    const id = this.nextId++;
    let resolve!: (s: SimSummary | null) => void;
    let reject!: (e: unknown) => void;
    const done = new Promise<SimSummary | null>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    if (this.disposed) {
      resolve(null);
      return { id, cancel: () => {}, done, kpis: () => null };
    }
    let plan: Plan;
    try {
      if (!(Number.isInteger(req.runs) && req.runs >= 1)) throw new RangeError(`runs must be a positive integer, not ${req.runs}`);
      plan = compile(req.doc, req.scenarioId);
    } catch (e) {
      reject(e);
      return { id, cancel: () => {}, done, kpis: () => null };
    }
    const job: Job = {
      id, req, plan, bandRuns: defaultBandRuns(plan, req.runs), kpis: null,
      chunks: new Map(), prefix: 0, doneRuns: 0, next: 0, requeue: [],
      msPerRun: 0, seq: 0, partialInFlight: false, partialRuns: 0, partialCap: partialCap(plan), lastPartial: null,
      partialSentAt: 0, partialCostMs: 0, lastPartialAt: -Infinity, lastProgressAt: -Infinity, finalRequested: false,
      onProgress, resolve, reject, settled: false,
    };
    this.jobs.push(job);
    this.pump();
    return { id, cancel: () => this.cancel(job), done, kpis: () => job.kpis };
  }

  dispose(): void {
    this.disposed = true;
    for (const job of [...this.jobs]) this.cancel(job);
    for (const s of this.slots ?? []) s.worker.terminate();
    this.slots = null;
  }

  // ---------------------------------------------------------------------------------------------

  private cancel(job: Job): void {
    if (job.settled) return;
    this.settle(job, null);
    for (const s of this.slots ?? []) if (!s.dead) s.worker.postMessage({ type: 'cancel', runId: job.id });
    this.pump();
  }

  private settle(job: Job, result: SimSummary | null, error?: unknown): void {
    if (job.settled) return;
    job.settled = true;
    job.chunks.clear();
    this.jobs = this.jobs.filter((j) => j !== job);
    if (error !== undefined) job.reject(error);
    else job.resolve(result);
  }

  private ensureWorkers(): void {
    if (this.slots || this.fallback) return;
    const slots: Slot[] = [];
    try {
      for (let i = 0; i < this.nWorkers; i++) {
        const slot: Slot = { worker: this.createWorker(), task: null, dead: false };
        slot.worker.onmessage = (ev) => this.onMessage(slot, ev.data);
        slot.worker.onerror = () => this.onWorkerError(slot);
        slots.push(slot);
      }
    } catch {
      for (const s of slots) s.worker.terminate();
      this.fallback = true;
      return;
    }
    this.slots = slots;
  }

  private chunkFor(job: Job): number {
    if (this.chunkSize) return this.chunkSize;
    const workers = this.slots?.length ?? 1;
    const remaining = job.req.runs - job.next;
    // Before this job's first measurement: the speed seen on earlier jobs, per node or edge and
    // period, else a cautious guess (100 ns each, plus 3 µs per run).
    const cells = (job.plan.n + job.plan.m) * job.plan.periods;
    const guess = (this.cellMs > 0 ? this.cellMs : 1e-4) * cells + 0.003;
    const ms = job.msPerRun > 0 ? job.msPerRun : guess;
    const target = job.next === 0 ? FIRST_CHUNK_MS : CHUNK_TARGET_MS;
    let size = Math.floor(target / ms);
    // Keep the tail balanced: no chunk larger than an even share of what is left.
    size = Math.min(size, Math.ceil(remaining / workers), MAX_CHUNK);
    return Math.max(1, size);
  }

  private nextTask(): Task | null {
    for (const job of this.jobs) {
      if (job.prefix === job.req.runs) {
        // The final summary takes every chunk; it waits for chunks lent to a partial summary.
        if (!job.finalRequested && !job.partialInFlight) {
          job.finalRequested = true;
          return this.summaryTask(job, job.req.runs, true);
        }
        continue;
      }
      // A new partial picture when it would hold more runs than the last one, no sooner than
      // the interval, and spaced by three times what the last one cost (so summaries never take
      // more than a quarter of a worker's time).
      const runs = Math.min(job.prefix, job.partialCap);
      if (job.onProgress && !job.partialInFlight && runs > job.partialRuns && this.now() - job.lastPartialAt >= Math.max(this.interval, 3 * job.partialCostMs)) {
        job.partialInFlight = true;
        job.partialSentAt = this.now();
        job.partialRuns = runs;
        return this.summaryTask(job, runs, false);
      }
      if (job.requeue.length) {
        const [firstRun, count] = job.requeue.shift()!;
        return { kind: 'chunk', job, firstRun, count, startedAt: this.now() };
      }
      if (job.next < job.req.runs) {
        const count = Math.min(this.chunkFor(job), job.req.runs - job.next);
        const firstRun = job.next;
        job.next += count;
        return { kind: 'chunk', job, firstRun, count, startedAt: this.now() };
      }
    }
    return null;
  }

  /** Lends (partial) or hands over (final) the chunks holding runs 0 … count−1. */
  private summaryTask(job: Job, count: number, final: boolean): Task {
    const parts = chunksFor(job, count);
    for (const p of parts) job.chunks.set(p.firstRun, null);
    return { kind: 'summary', job, seq: ++job.seq, final, parts };
  }

  /** Hands out work to idle workers (or to the main-thread loop). */
  private pump(): void {
    if (this.disposed || !this.jobs.length) return;
    this.ensureWorkers();
    if (this.fallback) {
      // A job started while the loop was finishing (back-to-back scenario runs) would otherwise
      // wait forever: restart the loop when it ends with work left.
      this.fallbackLoop ??= this.runFallback().finally(() => {
        this.fallbackLoop = null;
        if (this.jobs.length) this.pump();
      });
      return;
    }
    for (const slot of this.slots!) {
      if (slot.dead || slot.task) continue;
      const task = this.nextTask();
      if (!task) return;
      slot.task = task;
      this.send(slot, task);
    }
  }

  private send(slot: Slot, task: Task): void {
    const { job } = task;
    const { doc, scenarioId, seed } = job.req;
    if (task.kind === 'chunk') {
      slot.worker.postMessage({ type: 'start', runId: job.id, doc, scenarioId, seed, firstRun: task.firstRun, count: task.count, bandRuns: job.bandRuns });
      return;
    }
    slot.worker.postMessage(
      {
        type: 'summarize', runId: job.id, seq: task.seq, final: task.final, doc, scenarioId, parts: task.parts,
        count: task.final ? job.req.runs : job.partialRuns,
        maxBandRuns: task.final ? job.bandRuns : PARTIAL_BAND_RUNS,
        perRunMax: task.final ? PER_RUN_MAX : 0,
      },
      task.parts.flatMap(rawBuffers),
    );
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    const task = slot.task;
    slot.task = null;
    const job = task && !task.job.settled && task.job.id === msg.runId ? task.job : null;
    if (job && task) {
      if (msg.type === 'done' && task.kind === 'chunk') this.chunkDone(job, task, msg.raw);
      else if (msg.type === 'summary' && task.kind === 'summary') this.summaryDone(job, task, msg);
      else if (msg.type === 'error') {
        const err =
          msg.kind === 'compile'
            ? new CompileError((msg.problems ?? []).map((p) => ({ severity: 'error' as const, params: {}, path: [], ...p })))
            : new Error(msg.message);
        this.settle(job, null, err);
      }
    }
    this.pump();
  }

  private chunkDone(job: Job, task: Extract<Task, { kind: 'chunk' }>, raw: RawResults): void {
    const ms = this.now() - task.startedAt;
    if (ms > 0) {
      job.msPerRun = job.msPerRun > 0 ? 0.5 * job.msPerRun + (0.5 * ms) / task.count : ms / task.count;
      this.cellMs = Math.max(0, job.msPerRun - 0.003) / ((job.plan.n + job.plan.m) * job.plan.periods);
    }
    this.addChunk(job, raw);
    this.progress(job);
  }

  private addChunk(job: Job, raw: RawResults): void {
    job.chunks.set(raw.firstRun, raw);
    job.doneRuns += raw.count;
    for (;;) {
      const c = job.chunks.get(job.prefix);
      if (!c) break;
      job.prefix += c.count;
    }
  }

  private summaryDone(job: Job, task: Extract<Task, { kind: 'summary' }>, msg: SummaryMessage): void {
    const summary = JSON.parse(msg.summaryJson) as SimSummary;
    if (task.final) {
      job.kpis = msg.perRun;
      this.settle(job, summary);
      return;
    }
    for (const p of msg.parts) job.chunks.set(p.firstRun, p);
    job.partialInFlight = false;
    job.lastPartialAt = this.now();
    job.partialCostMs = job.lastPartialAt - job.partialSentAt;
    job.lastPartial = summary;
    this.progress(job, true);
  }

  /** Reports progress with the latest partial picture (throttled unless `force`). */
  private progress(job: Job, force = false): void {
    if (!job.onProgress || !job.lastPartial) return;
    const now = this.now();
    if (!force && now - job.lastProgressAt < this.interval) return;
    job.lastProgressAt = now;
    job.onProgress({ done: job.doneRuns, total: job.req.runs, partial: job.lastPartial });
  }

  private onWorkerError(slot: Slot): void {
    if (slot.dead) return;
    slot.dead = true;
    slot.worker.terminate();
    const task = slot.task;
    slot.task = null;
    if (task && !task.job.settled) {
      const job = task.job;
      if (task.kind === 'chunk') job.requeue.push([task.firstRun, task.count]);
      else {
        // The chunks lent to the dead worker are gone: simulate those runs again (same streams,
        // same numbers).
        for (const p of task.parts) {
          job.chunks.delete(p.firstRun);
          job.doneRuns -= p.count;
          job.requeue.push([p.firstRun, p.count]);
        }
        job.prefix = 0;
        for (let c = job.chunks.get(0); c; c = job.chunks.get(job.prefix)) job.prefix += c.count;
        if (task.final) job.finalRequested = false;
        else {
          job.partialInFlight = false;
          job.partialRuns = 0;
        }
      }
    }
    if (this.slots!.every((s) => s.dead)) {
      this.slots = null;
      this.fallback = true;
    }
    this.pump();
  }

  // ---------------------------------------------------------------------------------------------
  // Main-thread fallback: the same code in slices.

  /** Progress in fallback mode: a partial picture computed here (sliced) when one is due. */
  private async fallbackProgress(job: Job, summarizeSliced: typeof import('$lib/sim/main-thread').summarizeSliced, stopped: () => boolean) {
    const runs = Math.min(job.prefix, job.partialCap);
    if (!job.onProgress || runs <= job.partialRuns || this.now() - job.lastPartialAt < Math.max(this.interval, 3 * job.partialCostMs)) {
      this.progress(job);
      return;
    }
    job.partialRuns = runs;
    job.partialSentAt = this.now();
    const view = gatherRuns(job.plan, chunksFor(job, runs), runs, PARTIAL_BAND_RUNS);
    const partial = await summarizeSliced(view, job.plan, job.req.doc, { yieldFn: yieldToEventLoop, stopped });
    job.lastPartialAt = this.now();
    job.partialCostMs = job.lastPartialAt - job.partialSentAt;
    if (partial && !stopped()) {
      job.lastPartial = partial;
      this.progress(job, true);
    }
  }

  private async runFallback(): Promise<void> {
    const { simulateSliced, summarizeSliced } = await import('$lib/sim/main-thread');
    while (!this.disposed && this.jobs.length) {
      const job = this.jobs[0];
      const stopped = () => job.settled || this.disposed;
      // Chunks still lent to workers that died are lost (onWorkerError requeued their runs).
      const todo = unfinished(job);
      job.requeue = [];
      job.next = job.req.runs;
      for (const [first, count] of todo) {
        // Blocks of about one chunk's time, so partial pictures can grow between them.
        for (let at = first; at < first + count && !stopped(); ) {
          const size = Math.min(this.chunkFor(job), first + count - at);
          const block = allocRaw(job.plan, job.req.seed, at, size, job.bandRuns);
          const t0 = this.now();
          const ok = await simulateSliced(job.plan, job.req.seed, at, at + size, block, {
            yieldFn: yieldToEventLoop,
            clock: this.now,
            stopped,
          });
          if (!ok) break;
          const ms = this.now() - t0;
          if (ms > 0) job.msPerRun = ms / size;
          at += size;
          this.addChunk(job, block);
          await this.fallbackProgress(job, summarizeSliced, stopped);
        }
      }
      if (stopped()) continue;
      const all = gatherRuns(job.plan, chunksFor(job, job.req.runs), job.req.runs);
      const summary = await summarizeSliced(all, job.plan, job.req.doc, { yieldFn: yieldToEventLoop, stopped });
      if (summary && !stopped()) {
        job.kpis = perRunKpis(all, PER_RUN_MAX);
        this.settle(job, summary);
      }
    }
  }
}
