/**
 * Messages between the simulation pool (main thread) and its workers. A worker simulates one
 * chunk of runs per `start` and answers with `done` (the raw block, its buffers transferred); it
 * summarises a block per `summarize` and answers `summary`; either may answer `error`. Every
 * message carries the pool's job id (`runId`), so late answers to a cancelled or replaced job are
 * recognised and dropped.
 */
import type { FunnelDocument } from '$lib/model/schema';
import type { RawResults } from './raw';

export interface StartMessage {
  type: 'start';
  runId: number;
  doc: FunnelDocument;
  scenarioId: string | null;
  seed: number;
  firstRun: number;
  count: number;
  /** Runs with index below this record per-period series; the same for every chunk of a job. */
  bandRuns: number;
}

/** Stop working on a job: chunks of it still queued are skipped. */
export interface CancelMessage {
  type: 'cancel';
  runId: number;
}

/**
 * Summarise runs 0 … count−1, held by `parts` (transferred): for a partial picture the first
 * finished chunks, for the final summary all of them. Summaries are computed in a worker, which
 * also gathers the chunks, so the main thread never copies or sorts results. The worker sends the
 * parts back with a partial summary (the pool keeps them for the final one).
 */
export interface SummarizeMessage {
  type: 'summarize';
  runId: number;
  /** Increases with each summary request of a job; the answer echoes it. */
  seq: number;
  final: boolean;
  doc: FunnelDocument;
  scenarioId: string | null;
  parts: RawResults[];
  count: number;
  /** Runs whose per-period series feed the fan charts (fewer for a partial picture). */
  maxBandRuns: number;
  /** With the final summary: per-run KPI values of the first `perRunMax` runs (0 = none). */
  perRunMax: number;
}

export type ToWorker = StartMessage | SummarizeMessage | CancelMessage;

export interface DoneMessage {
  type: 'done';
  runId: number;
  firstRun: number;
  raw: RawResults;
}

export interface ErrorMessage {
  type: 'error';
  runId: number;
  /** The chunk's first run, or −1 − seq for a failed summary. */
  firstRun: number;
  /** `compile` when the design was refused (a CompileError), `internal` otherwise. */
  kind: 'compile' | 'internal';
  message: string;
  problems?: { message: string; code: string; nodeId?: string; edgeId?: string }[];
}

export interface SummaryMessage {
  type: 'summary';
  runId: number;
  seq: number;
  /** The SimSummary as JSON text: parsing it is much cheaper for the main thread than a structured clone of the object. */
  summaryJson: string;
  /** A partial summary's parts, returned (transferred back). */
  parts: RawResults[];
  perRun: { count: number; values: Float64Array } | null;
}

export type FromWorker = DoneMessage | SummaryMessage | ErrorMessage;
