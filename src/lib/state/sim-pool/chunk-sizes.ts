/**
 * How many runs go into the next chunk. Chunks aim at a duration, not a run count: long enough
 * that messaging costs little, short enough to cancel quickly and spread work evenly. Speeds are
 * measured per job and remembered per node-or-edge and period, so a later job (another scenario,
 * an edited design) starts with a good guess.
 */
import type { Job } from './job';

/** Target duration of one chunk: short enough to cancel quickly and spread work evenly. */
const CHUNK_TARGET_MS = 120;
/** The first chunk is small so the first partial picture comes quickly (DESIGN.md §5: ~150 ms). */
const FIRST_CHUNK_MS = 20;
const MAX_CHUNK = 100_000;
/** Fixed cost of a run (ms) beside the per-cell cost, in the guess and the per-cell estimate. */
const RUN_OVERHEAD_MS = 0.003;

const cellsOf = (job: Job) => (job.plan.n + job.plan.m) * job.plan.periods;

export class ChunkSizes {
  /** Milliseconds per node-or-edge and period seen so far (sizes the first chunks of later jobs). */
  #cellMs = 0;
  readonly #fixed: number | undefined;

  /** `fixed`: always this many runs per chunk (tests). */
  constructor(fixed?: number) {
    this.#fixed = fixed;
  }

  /** Runs for the job's next chunk, with `workers` sharing what is left. */
  next(job: Job, workers: number): number {
    if (this.#fixed) return this.#fixed;
    const remaining = job.req.runs - job.next;
    // Before this job's first measurement: the speed seen on earlier jobs, per node or edge and
    // period, else a cautious guess (100 ns each, plus 3 µs per run).
    const guess = (this.#cellMs > 0 ? this.#cellMs : 1e-4) * cellsOf(job) + RUN_OVERHEAD_MS;
    const ms = job.msPerRun > 0 ? job.msPerRun : guess;
    const target = job.next === 0 ? FIRST_CHUNK_MS : CHUNK_TARGET_MS;
    let size = Math.floor(target / ms);
    // Keep the tail balanced: no chunk larger than an even share of what is left.
    size = Math.min(size, Math.ceil(remaining / workers), MAX_CHUNK);
    return Math.max(1, size);
  }

  /** A worker took `ms` for `count` runs: smooth the job's speed and remember it per cell. */
  measuredOnWorker(job: Job, ms: number, count: number): void {
    if (ms <= 0) return;
    job.msPerRun = job.msPerRun > 0 ? 0.5 * job.msPerRun + (0.5 * ms) / count : ms / count;
    this.#cellMs = Math.max(0, job.msPerRun - RUN_OVERHEAD_MS) / cellsOf(job);
  }

  /** The main thread took `ms` for `count` runs (its speed replaces the job's, unsmoothed). */
  measuredOnMainThread(job: Job, ms: number, count: number): void {
    if (ms > 0) job.msPerRun = ms / count;
  }
}
