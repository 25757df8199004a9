/**
 * The simulation worker pool (DESIGN.md §5): `hardwareConcurrency − 1` module workers (at least
 * one) simulate chunks of runs and send them back as transferred buffers. The pool only keeps
 * them: for a partial picture (streamed through `onProgress`) it lends the first finished chunks
 * to a worker, which summarises and returns them; for the final summary it hands over all of
 * them. So the main thread never copies, merges or sorts results — it stays responsive. Jobs have
 * ids; answers for a cancelled job are dropped. If workers cannot start or die, the same engine
 * runs on the main thread in slices that yield to the event loop (sim-pool/main-thread-runner.ts).
 *
 * Results depend only on (document, scenario, seed, runs): run r always uses stream (seed, r),
 * so the worker count and chunk sizes never change a number.
 *
 * Pieces: sim-pool/job.ts (a job's chunks and partial pictures), sim-pool/chunk-sizes.ts,
 * sim-pool/workers.ts (worker start, messages), sim-pool/runner.ts (the interface it implements).
 */
import { compile } from '$lib/sim/compile';
import type { Plan } from '$lib/sim/plan';
import type { FromWorker, SummaryMessage } from '$lib/sim/protocol';
import type { RawResults } from '$lib/sim/raw';
import type { SimSummary } from '$lib/sim/types';
import { ChunkSizes } from './sim-pool/chunk-sizes';
import { addChunk, chunksFor, createJob, loseChunks, partialAnswered, reportProgress, takeDuePartial, type Job } from './sim-pool/job';
import { runOnMainThread } from './sim-pool/main-thread-runner';
import type { PerRunKpis, SimHandle, SimProgress, SimRequest, SimRunner } from './sim-pool/runner';
import { createSimulationWorker, defaultWorkerCount, postTask, startSlots, workerError, type ChunkTask, type Slot, type SummaryTask, type Task, type WorkerLike } from './sim-pool/workers';

export { PARTIAL_MAX_RUNS, PER_RUN_MAX } from './sim-pool/job';
export type { PerRunKpis, SimProgress, SimRequest, WorkerLike };

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

/** The pool's handle: numeric ids, and per-run KPI values (at most PER_RUN_MAX runs) always offered. */
export interface PoolHandle extends SimHandle {
  id: number;
  kpis(): PerRunKpis | null;
}

export class SimPool implements SimRunner {
  private readonly nWorkers: number;
  private readonly chunkSizes: ChunkSizes;
  private readonly createWorker: () => WorkerLike;
  private readonly interval: number;
  private readonly now: () => number;
  private slots: Slot[] | null = null;
  private jobs: Job[] = [];
  private nextId = 1;
  private fallback = false;
  private fallbackLoop: Promise<void> | null = null;
  private disposed = false;

  constructor(opts: SimPoolOptions = {}) {
    this.nWorkers = opts.workers ?? defaultWorkerCount();
    this.chunkSizes = new ChunkSizes(opts.chunkSize);
    this.createWorker = opts.createWorker ?? createSimulationWorker;
    this.interval = opts.progressIntervalMs ?? 250;
    this.now = opts.now ?? (() => globalThis.performance?.now() ?? 0);
    if (this.nWorkers <= 0) this.fallback = true;
  }

  /** True when the pool runs on the main thread (workers unavailable or failed). */
  get onMainThread(): boolean {
    return this.fallback;
  }

  run(req: SimRequest, onProgress?: (p: SimProgress) => void): PoolHandle {
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
    const job = createJob(id, req, plan, onProgress, resolve, reject);
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
    this.slots = startSlots(
      this.nWorkers,
      this.createWorker,
      (slot, msg) => this.onMessage(slot, msg),
      (slot) => this.onWorkerError(slot),
    );
    if (!this.slots) this.fallback = true;
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
      const partialRuns = takeDuePartial(job, this.now(), this.interval);
      if (partialRuns > 0) {
        job.partialInFlight = true;
        return this.summaryTask(job, partialRuns, false);
      }
      if (job.requeue.length) {
        const [firstRun, count] = job.requeue.shift()!;
        return { kind: 'chunk', job, firstRun, count, startedAt: this.now() };
      }
      if (job.next < job.req.runs) {
        const count = Math.min(this.chunkSizes.next(job, this.slots?.length ?? 1), job.req.runs - job.next);
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
      this.fallbackLoop ??= this.runOnMainThread().finally(() => {
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
      postTask(slot.worker, task);
    }
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    const task = slot.task;
    slot.task = null;
    const job = task && !task.job.settled && task.job.id === msg.runId ? task.job : null;
    if (job && task) {
      if (msg.type === 'done' && task.kind === 'chunk') this.chunkDone(job, task, msg.raw);
      else if (msg.type === 'summary' && task.kind === 'summary') this.summaryDone(job, task, msg);
      else if (msg.type === 'error') this.settle(job, null, workerError(msg));
    }
    this.pump();
  }

  private chunkDone(job: Job, task: ChunkTask, raw: RawResults): void {
    this.chunkSizes.measuredOnWorker(job, this.now() - task.startedAt, task.count);
    addChunk(job, raw);
    reportProgress(job, this.now(), this.interval);
  }

  private summaryDone(job: Job, task: SummaryTask, msg: SummaryMessage): void {
    const summary = JSON.parse(msg.summaryJson) as SimSummary;
    if (task.final) {
      job.kpis = msg.perRun;
      this.settle(job, summary);
      return;
    }
    for (const p of msg.parts) job.chunks.set(p.firstRun, p);
    job.partialInFlight = false;
    partialAnswered(job, this.now());
    job.lastPartial = summary;
    reportProgress(job, this.now(), this.interval, true);
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
        loseChunks(job, task.parts);
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

  /** The main-thread fallback over this pool's jobs. */
  private runOnMainThread(): Promise<void> {
    return runOnMainThread({
      nextJob: () => (this.disposed ? undefined : this.jobs[0]),
      disposed: () => this.disposed,
      now: this.now,
      interval: this.interval,
      chunkSizes: this.chunkSizes,
      settle: (job, summary) => this.settle(job, summary),
    });
  }
}
