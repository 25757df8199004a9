/**
 * The pool's fallback when workers cannot start or all died: the same engine on the main thread,
 * in slices that yield to the event loop so the page stays responsive. It follows the worker
 * path's rules (chunk sizes, partial pictures, per-run KPIs), so the numbers are the same.
 * The engine's main-thread module is loaded only when this runs.
 */
import { allocRaw, gatherRuns, perRunKpis } from '$lib/sim/raw';
import type { SimSummary } from '$lib/sim/types';
import type { ChunkSizes } from './chunk-sizes';
import { PARTIAL_BAND_RUNS, PER_RUN_MAX, addChunk, chunksFor, partialAnswered, reportProgress, takeDuePartial, unfinished, type Job } from './job';

type SummarizeSliced = typeof import('$lib/sim/main-thread').summarizeSliced;

/** What the runner needs of the pool. */
export interface MainThreadHost {
  /** The job to work on next (undefined when there is none or the pool is disposed). */
  nextJob(): Job | undefined;
  disposed(): boolean;
  now: () => number;
  /** Minimum time between progress reports and partial pictures (ms). */
  interval: number;
  chunkSizes: ChunkSizes;
  settle(job: Job, summary: SimSummary): void;
}

/** Yield to the event loop (scheduler.yield where available). */
function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs the host's jobs one after the other until none is left. */
export async function runOnMainThread(host: MainThreadHost): Promise<void> {
  const { simulateSliced, summarizeSliced } = await import('$lib/sim/main-thread');
  for (let job = host.nextJob(); job; job = host.nextJob()) {
    const current = job;
    const stopped = () => current.settled || host.disposed();
    // Chunks still lent to workers that died are lost (the pool requeued their runs).
    const todo = unfinished(current);
    current.requeue = [];
    current.next = current.req.runs;
    for (const [first, count] of todo) {
      // Blocks of about one chunk's time, so partial pictures can grow between them.
      for (let at = first; at < first + count && !stopped(); ) {
        const size = Math.min(host.chunkSizes.next(current, 1), first + count - at);
        const block = allocRaw(current.plan, current.req.seed, at, size, current.bandRuns);
        const t0 = host.now();
        const ok = await simulateSliced(current.plan, current.req.seed, at, at + size, block, {
          yieldFn: yieldToEventLoop,
          clock: host.now,
          stopped,
        });
        if (!ok) break;
        host.chunkSizes.measuredOnMainThread(current, host.now() - t0, size);
        at += size;
        addChunk(current, block);
        await partialPicture(host, current, summarizeSliced, stopped);
      }
    }
    if (stopped()) continue;
    const all = gatherRuns(current.plan, chunksFor(current, current.req.runs), current.req.runs);
    const summary = await summarizeSliced(all, current.plan, current.req.doc, { yieldFn: yieldToEventLoop, stopped });
    if (summary && !stopped()) {
      current.kpis = perRunKpis(all, PER_RUN_MAX);
      host.settle(current, summary);
    }
  }
}

/** Progress on the main thread: a partial picture computed here (sliced) when one is due. */
async function partialPicture(host: MainThreadHost, job: Job, summarizeSliced: SummarizeSliced, stopped: () => boolean): Promise<void> {
  const runs = takeDuePartial(job, host.now(), host.interval);
  if (runs === 0) {
    reportProgress(job, host.now(), host.interval);
    return;
  }
  const view = gatherRuns(job.plan, chunksFor(job, runs), runs, PARTIAL_BAND_RUNS);
  const partial = await summarizeSliced(view, job.plan, job.req.doc, { yieldFn: yieldToEventLoop, stopped });
  partialAnswered(job, host.now());
  if (partial && !stopped()) {
    job.lastPartial = partial;
    reportProgress(job, host.now(), host.interval, true);
  }
}
