/**
 * Presentation mode (issue 7): the editing chrome hides and the design is shown one slide at a
 * time — an overview, each stage and outcome in flow order, and a summary. The slide list
 * follows the document, so a live edit (or undo) during a class shows at once.
 */
import { presentationOrder } from '$lib/model/teaching/flow-order';
import type { DocumentStore } from './document-store.svelte';

export type Slide = { kind: 'overview' } | { kind: 'node'; nodeId: string; step: number; steps: number } | { kind: 'summary' };

export class PresentationState {
  active = $state(false);
  index = $state(0);
  #store: DocumentStore;

  order = $derived.by(() => presentationOrder(this.#store.doc));
  slides = $derived.by<Slide[]>(() => [
    { kind: 'overview' },
    ...this.order.map((nodeId, i) => ({ kind: 'node' as const, nodeId, step: i + 1, steps: this.order.length })),
    { kind: 'summary' },
  ]);
  /** Clamped so that deleting nodes while presenting never points past the end. */
  current = $derived<Slide>(this.slides[Math.min(this.index, this.slides.length - 1)]);
  position = $derived(Math.min(this.index, this.slides.length - 1));
  isFirst = $derived(this.position === 0);
  isLast = $derived(this.position === this.slides.length - 1);

  constructor(store: DocumentStore) {
    this.#store = store;
  }

  /** Starts at the overview, or at the slide of `nodeId` (present from the selected stage). */
  start(nodeId?: string | null): void {
    const at = nodeId ? this.order.indexOf(nodeId) : -1;
    this.index = at >= 0 ? at + 1 : 0;
    this.active = true;
  }

  exit(): void {
    this.active = false;
  }

  next(): void {
    if (!this.isLast) this.index = this.position + 1;
  }

  prev(): void {
    if (!this.isFirst) this.index = this.position - 1;
  }

  go(index: number): void {
    this.index = Math.max(0, Math.min(index, this.slides.length - 1));
  }
}
