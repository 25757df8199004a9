/**
 * Messages between the simulation pool (main thread) and its workers. A worker simulates one
 * chunk of runs per `start` and answers with `done` (the raw block, its buffers transferred); it
 * summarises a block per `summarize` and answers `summary`; either may answer `error`. Every
 * message carries the pool's job id (`runId`), so late answers to a cancelled or replaced job are
 * recognised and dropped.
 */
import type { FunnelDocument } from '$lib/model/schema';
import type { RawResults } from './raw';
import type { SimSummary } from './types';

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
 * Summarise a block of runs (the whole job, or a prefix of it for a partial picture). Summaries
 * are computed in a worker because sorting hundreds of columns would block the main thread.
 */
export interface SummarizeMessage {
  type: 'summarize';
  runId: number;
  /** Increases with each summary request of a job; the answer echoes it. */
  seq: number;
  doc: FunnelDocument;
  scenarioId: string | null;
  raw: RawResults;
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
  summary: SimSummary;
}

export type FromWorker = DoneMessage | SummaryMessage | ErrorMessage;
