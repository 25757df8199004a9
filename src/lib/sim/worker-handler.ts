/**
 * The simulation worker's logic, independent of the Worker global so that tests (and the pool's
 * in-process fake) run exactly the code the real worker runs. `src/workers/simulate.worker.ts`
 * only connects it to `self`.
 */
import type { FunnelDocument } from '$lib/model/schema';
import { planOf, resolveScenario } from './compile-plan';
import { CompileError } from './compile-error';
import { Engine } from './engine';
import { allocRaw, gatherRuns, perRunKpis, rawBuffers } from './raw';
import { summarizeRuns } from './summarize';
import type { ErrorMessage, FromWorker, ToWorker } from './protocol';
import type { Plan } from './plan';

export type Post = (message: FromWorker, transfer: Transferable[]) => void;

/** Returns the message handler of one worker; `post` sends answers back. */
export function createWorkerHandler(post: Post): (message: ToWorker) => void {
  // The plan and engine of the last job: chunks of one job share them.
  let cached: { runId: number; scenarioId: string | null; doc: FunnelDocument; plan: Plan; engine: Engine | null } | null = null;
  const cancelled = new Set<number>();

  const planFor = (runId: number, doc: FunnelDocument, scenarioId: string | null) => {
    if (!cached || cached.runId !== runId || cached.scenarioId !== scenarioId) {
      // The pool validated the design on the main thread before starting the job.
      cached = { runId, scenarioId, doc, plan: planOf(resolveScenario(doc, scenarioId), scenarioId, true), engine: null };
    }
    return cached;
  };

  const fail = (runId: number, firstRun: number, e: unknown): ErrorMessage => {
    if (e instanceof CompileError) {
      return {
        type: 'error', runId, firstRun, kind: 'compile', message: e.message,
        problems: e.problems.map((p) => ({ message: p.message, code: p.code, nodeId: p.nodeId, edgeId: p.edgeId })),
      };
    }
    return { type: 'error', runId, firstRun, kind: 'internal', message: e instanceof Error ? e.message : String(e) };
  };

  return (msg: ToWorker) => {
    switch (msg.type) {
      case 'cancel':
        cancelled.add(msg.runId);
        if (cached?.runId === msg.runId) cached = null;
        return;
      case 'start': {
        if (cancelled.has(msg.runId)) return;
        try {
          const c = planFor(msg.runId, msg.doc, msg.scenarioId);
          c.engine ??= new Engine(c.plan);
          const raw = allocRaw(c.plan, msg.seed, msg.firstRun, msg.count, msg.bandRuns);
          c.engine.run(msg.seed, msg.firstRun, msg.count, raw);
          post({ type: 'done', runId: msg.runId, firstRun: msg.firstRun, raw }, rawBuffers(raw));
        } catch (e) {
          post(fail(msg.runId, msg.firstRun, e), []);
        }
        return;
      }
      case 'summarize': {
        if (cancelled.has(msg.runId)) return;
        try {
          const c = planFor(msg.runId, msg.doc, msg.scenarioId);
          const one = msg.parts.length === 1 && msg.parts[0].firstRun === 0 && msg.parts[0].count === msg.count;
          const raw = one && msg.maxBandRuns >= msg.parts[0].bandRuns ? msg.parts[0] : gatherRuns(c.plan, msg.parts, msg.count, msg.maxBandRuns);
          const summaryJson = JSON.stringify(summarizeRuns(raw, c.plan, msg.doc));
          const perRun = msg.final && msg.perRunMax > 0 ? perRunKpis(raw, msg.perRunMax) : null;
          // Partial summaries give their parts back: the pool needs them for the final one.
          const parts = msg.final ? [] : msg.parts;
          const transfer = [...parts.flatMap(rawBuffers), ...(perRun ? [perRun.values.buffer as ArrayBuffer] : [])];
          post({ type: 'summary', runId: msg.runId, seq: msg.seq, summaryJson, parts, perRun }, transfer);
        } catch (e) {
          post(fail(msg.runId, -1 - msg.seq, e), []);
        }
        return;
      }
    }
  };
}
