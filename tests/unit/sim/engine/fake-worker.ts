/**
 * An in-process stand-in for the simulation worker: it runs the real worker handler
 * (worker-handler.ts) and delivers messages asynchronously, structured-cloned with their
 * transfer lists like postMessage does, so the pool sees what it would see from real workers.
 */
import { createWorkerHandler } from '$lib/sim/worker-handler';
import type { FromWorker, ToWorker } from '$lib/sim/protocol';
import type { WorkerLike } from '$lib/state/sim-pool';

export interface FakeWorkerOptions {
  /** Fail every message after this many (simulates a crashing worker). */
  failAfter?: number;
  /** Fail at construction (no workers at all). */
  throwOnCreate?: boolean;
  /** Crash on the first message of this type (e.g. while holding chunks lent for a summary). */
  failOn?: ToWorker['type'];
}

export function fakeWorkerFactory(options: FakeWorkerOptions = {}) {
  const created: FakeWorker[] = [];
  const factory = (): WorkerLike => {
    if (options.throwOnCreate) throw new Error('workers unavailable');
    const w = new FakeWorker(options.failAfter, options.failOn);
    created.push(w);
    return w;
  };
  return { factory, created };
}

export class FakeWorker implements WorkerLike {
  onmessage: ((ev: { data: FromWorker }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  terminated = false;
  received: ToWorker['type'][] = [];
  private handled = 0;
  private readonly handle: (m: ToWorker) => void;

  constructor(
    private readonly failAfter?: number,
    private readonly failOn?: ToWorker['type'],
  ) {
    this.handle = createWorkerHandler((message, transfer) => {
      const data = structuredClone(message, { transfer }) as FromWorker;
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data });
      }, 0);
    });
  }

  postMessage(message: ToWorker, transfer: Transferable[] = []): void {
    if (this.terminated) return;
    this.received.push(message.type);
    const data = structuredClone(message, { transfer }) as ToWorker;
    setTimeout(() => {
      if (this.terminated) return;
      if ((this.failAfter !== undefined && this.handled >= this.failAfter) || data.type === this.failOn) {
        this.onerror?.(new Error('worker crashed'));
        return;
      }
      this.handled++;
      this.handle(data);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
