/**
 * The pool's fallback when workers cannot run: the same engine and summary code on the main
 * thread, in slices that yield to the event loop so the page keeps responding. Loaded on demand
 * (dynamic import) so the main bundle does not carry the engine.
 */
import type { FunnelDocument } from '$lib/model/schema';
import { Engine } from './engine';
import type { Plan } from './plan';
import type { RawResults } from './raw';
import { summarizeSteps } from './summarize';
import type { SimSummary } from './types';

export type YieldFn = () => Promise<void>;
export type Clock = () => number;

/** Time budget of one slice: a frame at 60 Hz minus room for the page's own work. */
const SLICE_MS = 8;

/**
 * Simulates runs from … to−1 into `into` (a block starting at run 0 or earlier), slice by slice.
 * Returns false when `stopped()` became true. `onSlice` receives the runs finished so far.
 */
export async function simulateSliced(
  plan: Plan,
  seed: number,
  from: number,
  to: number,
  into: RawResults,
  opts: { yieldFn: YieldFn; clock: Clock; stopped: () => boolean; onSlice?: (doneUpTo: number) => void | Promise<void> },
): Promise<boolean> {
  const engine = new Engine(plan);
  let size = 1;
  let r = from;
  while (r < to) {
    if (opts.stopped()) return false;
    const count = Math.min(size, to - r);
    const t0 = opts.clock();
    engine.run(seed, r, count, into);
    const ms = opts.clock() - t0;
    r += count;
    // Grow or shrink the slice towards the time budget.
    size = ms <= 0 ? size * 2 : Math.max(1, Math.min(size * 4, Math.floor((count * SLICE_MS) / ms)));
    await opts.onSlice?.(r);
    await opts.yieldFn();
  }
  return !opts.stopped();
}

/** summarizeRuns, yielding to the event loop between columns; null when stopped. */
export async function summarizeSliced(
  raw: RawResults,
  plan: Plan,
  doc: FunnelDocument,
  opts: { yieldFn: YieldFn; stopped: () => boolean },
): Promise<SimSummary | null> {
  const steps = summarizeSteps(raw, plan, doc);
  for (;;) {
    if (opts.stopped()) return null;
    const r = steps.next();
    if (r.done) return r.value;
    await opts.yieldFn();
  }
}
