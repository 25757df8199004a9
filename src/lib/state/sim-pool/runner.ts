/**
 * The contract between the simulation state (simulation.svelte.ts), which orchestrates runs for
 * the UI, and whatever runs them: the worker pool (sim-pool.ts) or a fake in tests. Types only,
 * so the UI side never pulls in the pool or the engine.
 */
import type { FunnelDocument } from '$lib/model/schema';
import type { SimSummary } from '$lib/sim/types';

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
  /** Summary of the first runs finished (the pool caps how many; see PARTIAL_MAX_RUNS). */
  partial: SimSummary;
}

/** KPI values per run, column-major in KPI_NAMES order: KPI c of run j at c·count + j; NaN = undefined. */
export interface PerRunKpis {
  count: number;
  values: Float64Array;
}

export interface SimHandle {
  id: number | string;
  cancel(): void;
  /** The summary, or null when cancelled; rejects with the CompileError of a refused design. */
  done: Promise<SimSummary | null>;
  /**
   * Per-run KPI values of the first runs, once `done` has resolved: for paired comparisons of
   * scenarios run with the same seed (common random numbers). Runners may not provide them.
   */
  kpis?(): PerRunKpis | null;
}

export interface SimRunner {
  run(request: SimRequest, onProgress?: (p: SimProgress) => void): SimHandle;
  dispose(): void;
}
