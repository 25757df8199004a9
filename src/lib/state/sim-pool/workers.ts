/**
 * The pool's workers: starting them, the tasks they hold, the messages a task becomes (raw
 * buffers transferred, never copied) and the errors they answer with. A plain module (not
 * `.svelte.ts`) because it constructs the worker from `new URL(…, import.meta.url)`.
 */
import { CompileError } from '$lib/sim/compile';
import type { ErrorMessage, FromWorker, ToWorker } from '$lib/sim/protocol';
import { rawBuffers, type RawResults } from '$lib/sim/raw';
import { PARTIAL_BAND_RUNS, PER_RUN_MAX, type Job } from './job';

/** What the pool needs of a Worker (a real one, or an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((ev: { data: FromWorker }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  terminate(): void;
}

export type ChunkTask = { kind: 'chunk'; job: Job; firstRun: number; count: number; startedAt: number };
export type SummaryTask = { kind: 'summary'; job: Job; seq: number; final: boolean; parts: RawResults[] };
export type Task = ChunkTask | SummaryTask;

export interface Slot {
  worker: WorkerLike;
  task: Task | null;
  dead: boolean;
}

export const defaultWorkerCount = () => Math.max(1, ((globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 2) - 1);

export function createSimulationWorker(): WorkerLike {
  return new Worker(new URL('../../../workers/simulate.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/**
 * Starts `count` workers wired to the handlers, or returns null (having stopped any that
 * started) when workers cannot be created here.
 */
export function startSlots(
  count: number,
  create: () => WorkerLike,
  onMessage: (slot: Slot, msg: FromWorker) => void,
  onError: (slot: Slot) => void,
): Slot[] | null {
  const slots: Slot[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const slot: Slot = { worker: create(), task: null, dead: false };
      slot.worker.onmessage = (ev) => onMessage(slot, ev.data);
      slot.worker.onerror = () => onError(slot);
      slots.push(slot);
    }
  } catch {
    for (const s of slots) s.worker.terminate();
    return null;
  }
  return slots;
}

/** Posts a task to its worker; a summary hands over (transfers) the chunks it holds. */
export function postTask(worker: WorkerLike, task: Task): void {
  const { job } = task;
  const { doc, scenarioId, seed } = job.req;
  if (task.kind === 'chunk') {
    worker.postMessage({ type: 'start', runId: job.id, doc, scenarioId, seed, firstRun: task.firstRun, count: task.count, bandRuns: job.bandRuns });
    return;
  }
  worker.postMessage(
    {
      type: 'summarize', runId: job.id, seq: task.seq, final: task.final, doc, scenarioId, parts: task.parts,
      count: task.final ? job.req.runs : job.partialRuns,
      maxBandRuns: task.final ? job.bandRuns : PARTIAL_BAND_RUNS,
      perRunMax: task.final ? PER_RUN_MAX : 0,
    },
    task.parts.flatMap(rawBuffers),
  );
}

/** The error a worker's answer stands for: a refused design keeps its problems. */
export function workerError(msg: ErrorMessage): Error {
  return msg.kind === 'compile'
    ? new CompileError((msg.problems ?? []).map((p) => ({ severity: 'error' as const, params: {}, path: [], ...p })))
    : new Error(msg.message);
}
