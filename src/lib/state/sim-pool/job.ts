/**
 * A pool job's bookkeeping: the finished chunks of raw results it holds (never merged on the main
 * thread), which runs are finished, and when a partial picture is due. Shared by the worker path
 * and the main-thread fallback of sim-pool.ts, so both follow the same rules.
 */
import { KPI_COUNT, type Plan } from '$lib/sim/plan';
import { defaultBandRuns, type RawResults } from '$lib/sim/raw';
import type { SimSummary } from '$lib/sim/types';
import type { PerRunKpis, SimProgress, SimRequest } from './runner';

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
export const PARTIAL_BAND_RUNS = 200;

export interface Job {
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

/** Runs a partial picture of `plan` may hold: PARTIAL_MAX_RUNS, fewer for wide designs. */
function partialCap(plan: Plan): number {
  const bytesPerRun = KPI_COUNT * 9 + (5 * plan.n + plan.m) * 4 + plan.uncertain.length * 8;
  return Math.max(500, Math.min(PARTIAL_MAX_RUNS, Math.floor(PARTIAL_MAX_BYTES / bytesPerRun)));
}

export function createJob(
  id: number,
  req: SimRequest,
  plan: Plan,
  onProgress: ((p: SimProgress) => void) | undefined,
  resolve: (s: SimSummary | null) => void,
  reject: (e: unknown) => void,
): Job {
  return {
    id, req, plan, bandRuns: defaultBandRuns(plan, req.runs), kpis: null,
    chunks: new Map(), prefix: 0, doneRuns: 0, next: 0, requeue: [],
    msPerRun: 0, seq: 0, partialInFlight: false, partialRuns: 0, partialCap: partialCap(plan), lastPartial: null,
    partialSentAt: 0, partialCostMs: 0, lastPartialAt: -Infinity, lastProgressAt: -Infinity, finalRequested: false,
    onProgress, resolve, reject, settled: false,
  };
}

/** Moves `prefix` past every finished chunk that follows it (a lent chunk stops it). */
function advancePrefix(job: Job): void {
  for (let c = job.chunks.get(job.prefix); c; c = job.chunks.get(job.prefix)) job.prefix += c.count;
}

/** Keeps a finished chunk. */
export function addChunk(job: Job, raw: RawResults): void {
  job.chunks.set(raw.firstRun, raw);
  job.doneRuns += raw.count;
  advancePrefix(job);
}

/**
 * The chunks lent to a worker that died are gone: hand their runs out again (same streams, same
 * numbers) and recount the finished prefix.
 */
export function loseChunks(job: Job, parts: readonly RawResults[]): void {
  for (const p of parts) {
    job.chunks.delete(p.firstRun);
    job.doneRuns -= p.count;
    job.requeue.push([p.firstRun, p.count]);
  }
  job.prefix = 0;
  advancePrefix(job);
}

/** The chunks (in run order) that hold runs 0 … count−1; all must be present. */
export function chunksFor(job: Job, count: number): RawResults[] {
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
export function unfinished(job: Job): [number, number][] {
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

/**
 * The runs a new partial picture should hold, or 0 when none is due: one is due when it would
 * hold more runs than the last one, no sooner than `interval` ms after it, and spaced by three
 * times what the last one cost (so summaries never take more than a quarter of a worker's time).
 * When one is due, the job records it as asked for at `now`.
 */
export function takeDuePartial(job: Job, now: number, interval: number): number {
  const runs = Math.min(job.prefix, job.partialCap);
  if (!job.onProgress || job.partialInFlight || runs <= job.partialRuns || now - job.lastPartialAt < Math.max(interval, 3 * job.partialCostMs)) return 0;
  job.partialRuns = runs;
  job.partialSentAt = now;
  return runs;
}

/** Records a partial picture's answer at `now` (what it cost spaces the next one). */
export function partialAnswered(job: Job, now: number): void {
  job.lastPartialAt = now;
  job.partialCostMs = now - job.partialSentAt;
}

/** Reports progress with the latest partial picture (throttled to `interval` unless `force`). */
export function reportProgress(job: Job, now: number, interval: number, force = false): void {
  if (!job.onProgress || !job.lastPartial) return;
  if (!force && now - job.lastProgressAt < interval) return;
  job.lastProgressAt = now;
  job.onProgress({ done: job.doneRuns, total: job.req.runs, partial: job.lastPartial });
}
