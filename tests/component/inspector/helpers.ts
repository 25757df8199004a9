import { AppState } from '$lib/state/app.svelte';
import { FunnelDocument, type FunnelDocumentInput } from '$lib/model/schema';
import { emptyDocument } from '$lib/model/empty';

/** A Storage kept in memory, so tests never share saved state. */
export class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    this.#m.set(k, String(v));
  }
}

export function makeApp(locale = 'en', doc?: Partial<FunnelDocumentInput>): AppState {
  const initial = doc ? FunnelDocument.parse({ format: 'funnel-lab', version: 1, nodes: [], edges: [], ...doc }) : emptyDocument();
  return new AppState(initial, { storage: new MemoryStorage(), languages: [locale] });
}
