import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/sim/plan';
import type { RawResults } from '$lib/sim/raw';
import type { SimSummary } from '$lib/sim/types';
import { ChunkSizes } from '$lib/state/sim-pool/chunk-sizes';
import { addChunk, chunksFor, createJob, loseChunks, partialAnswered, reportProgress, takeDuePartial, unfinished, type Job } from '$lib/state/sim-pool/job';
import type { SimProgress } from '$lib/state/sim-pool/runner';

// Only the sizes the bookkeeping reads: nodes, edges, periods, uncertain parameters.
const plan = { n: 4, m: 3, periods: 10, uncertain: [] } as unknown as Plan;
const chunk = (firstRun: number, count: number) => ({ firstRun, count }) as RawResults;
const summary = { runs: 1 } as unknown as SimSummary;

function job(runs: number, onProgress?: (p: SimProgress) => void): Job {
  const req = { doc: {} as never, scenarioId: null, runs, seed: 1 };
  return createJob(1, req, plan, onProgress, () => {}, () => {});
}

describe('pool job bookkeeping', () => {
  it('counts finished runs and the finished prefix, whatever order chunks arrive in', () => {
    const j = job(100);
    addChunk(j, chunk(20, 30));
    expect([j.prefix, j.doneRuns]).toEqual([0, 30]);
    addChunk(j, chunk(0, 20));
    expect([j.prefix, j.doneRuns]).toEqual([50, 50]);
    expect(chunksFor(j, 50).map((c) => c.firstRun)).toEqual([0, 20]);
    expect(() => chunksFor(j, 60)).toThrow(/runs from 50/);
    expect(unfinished(j)).toEqual([[50, 50]]);
  });

  it('a lent chunk stops the prefix; losing it hands its runs out again', () => {
    const j = job(100);
    addChunk(j, chunk(0, 10));
    addChunk(j, chunk(10, 10));
    j.chunks.set(0, null); // lent for a partial picture
    addChunk(j, chunk(20, 5));
    expect(j.prefix).toBe(25);
    loseChunks(j, [chunk(0, 10)]);
    expect(j.prefix).toBe(0);
    expect(j.doneRuns).toBe(15);
    expect(j.requeue).toEqual([[0, 10]]);
    expect(unfinished(j)).toEqual([[0, 10], [25, 75]]);
  });

  it('a partial picture is due when it would hold more runs, after the interval and three times its cost', () => {
    const seen: SimProgress[] = [];
    const j = job(100, (p) => seen.push(p));
    expect(takeDuePartial(j, 0, 250)).toBe(0); // nothing finished yet
    addChunk(j, chunk(0, 10));
    expect(takeDuePartial(j, 0, 250)).toBe(10);
    expect(j.partialSentAt).toBe(0);
    partialAnswered(j, 100); // it cost 100 ms: the next waits 300 ms
    j.lastPartial = summary;
    addChunk(j, chunk(10, 10));
    expect(takeDuePartial(j, 350, 250)).toBe(0);
    expect(takeDuePartial(j, 400, 250)).toBe(20);
    j.partialInFlight = true;
    addChunk(j, chunk(20, 10));
    expect(takeDuePartial(j, 10_000, 250)).toBe(0);

    reportProgress(j, 1000, 250);
    reportProgress(j, 1100, 250); // throttled
    reportProgress(j, 1100, 250, true);
    expect(seen.map((p) => [p.done, p.total])).toEqual([[30, 100], [30, 100]]);
    expect(seen[0].partial).toBe(summary);
  });

  it('never asks for a partial picture without a listener', () => {
    const j = job(100);
    addChunk(j, chunk(0, 50));
    expect(takeDuePartial(j, 1e6, 0)).toBe(0);
  });
});

describe('chunk sizes', () => {
  it('starts small, then aims at ~120 ms per chunk from the measured speed, sharing the tail evenly', () => {
    const sizes = new ChunkSizes();
    const j = job(1_000_000);
    // Guess: 100 ns per cell (70 cells) + 3 µs per run = 0.01 ms per run; first chunk 20 ms.
    expect(sizes.next(j, 3)).toBe(2000);
    sizes.measuredOnWorker(j, 20, 1000); // 0.02 ms per run
    j.next = 2000;
    expect(sizes.next(j, 3)).toBe(6000);
    sizes.measuredOnWorker(j, 40, 1000); // smoothed: 0.03 ms per run
    expect(j.msPerRun).toBeCloseTo(0.03);
    expect(sizes.next(j, 3)).toBe(4000);
    j.next = 999_000;
    expect(sizes.next(j, 3)).toBe(334);
  });

  it('remembers the speed per cell for the next job, and a fixed size wins', () => {
    const sizes = new ChunkSizes();
    const first = job(100_000);
    sizes.measuredOnWorker(first, 10, 1000); // 0.01 ms per run: 0.007 ms over 70 cells
    expect(sizes.next(job(100_000), 1)).toBe(Math.floor(20 / 0.01));
    sizes.measuredOnMainThread(first, 50, 1000);
    expect(first.msPerRun).toBe(0.05);
    expect(new ChunkSizes(7).next(first, 2)).toBe(7);
  });
});
