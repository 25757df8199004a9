/// <reference lib="webworker" />
/** The simulation web worker: a thin wrapper around lib/sim's worker handler. */
import { createWorkerHandler } from '../lib/sim/worker-handler';
import type { ToWorker } from '../lib/sim/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (ev: MessageEvent<ToWorker>) => handle(ev.data);
