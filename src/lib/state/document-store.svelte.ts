/**
 * The document store: the one place the document changes. The document is immutable
 * (`$state.raw`, frozen by immer) and replaced on every edit; each edit records immer patches so
 * undo/redo replays inverse patches. Consecutive edits with the same `coalesce` key within a
 * short time (a drag gesture, a typing burst) merge into one undo step.
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { FunnelDocument } from '$lib/model/schema';

enablePatches();

export type Recipe = (draft: FunnelDocument) => void;
export interface EditOptions {
  /** Edits with the same key in a row (within `coalesceMs`) become one undo step. */
  coalesce?: string;
  /** Shown in the undo/redo tooltips. */
  label?: string;
}
interface Step {
  patches: Patch[];
  inverse: Patch[];
  label: string;
  coalesce?: string;
  at: number;
}

export const HISTORY_LIMIT = 500;
const COALESCE_MS = 1000;

export class DocumentStore {
  doc = $state.raw<FunnelDocument>(undefined as unknown as FunnelDocument);
  /** Increases on every change (edit, undo, redo, replace): cheap change detection for autosave and results. */
  revision = $state(0);
  #past = $state.raw<Step[]>([]);
  #future = $state.raw<Step[]>([]);
  #gesture: string | undefined;
  #now: () => number;

  canUndo = $derived(this.#past.length > 0);
  canRedo = $derived(this.#future.length > 0);
  undoLabel = $derived(this.#past.at(-1)?.label ?? '');
  redoLabel = $derived(this.#future.at(-1)?.label ?? '');

  constructor(initial: FunnelDocument, now: () => number = () => performance.now()) {
    this.doc = initial;
    this.#now = now;
  }

  /** Applies an edit; a recipe that changes nothing records nothing. */
  apply(recipe: Recipe, options: EditOptions = {}): void {
    const [next, patches, inverse] = produceWithPatches(this.doc, recipe);
    if (patches.length === 0) return;
    const at = this.#now();
    const last = this.#past.at(-1);
    const key = options.coalesce ?? this.#gesture;
    if (key && last && last.coalesce === key && at - last.at < COALESCE_MS) {
      // Merge: forward patches append; inverse patches run newest first.
      const merged: Step = { ...last, patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse], at };
      this.#past = [...this.#past.slice(0, -1), merged];
    } else {
      const step: Step = { patches, inverse, label: options.label ?? '', coalesce: key, at };
      this.#past = [...this.#past, step].slice(-HISTORY_LIMIT);
    }
    this.#future = [];
    this.doc = next;
    this.revision++;
  }

  /** Starts a gesture (e.g. a drag): every edit until `endGesture` is one undo step. */
  beginGesture(key: string): void {
    this.#gesture = `gesture:${key}:${this.#now()}`;
  }
  endGesture(): void {
    this.#gesture = undefined;
  }

  /** Replaces the whole document (new, import, open) as one undoable step. */
  replace(doc: FunnelDocument, label = 'Replace design'): void {
    this.apply(
      (draft) => {
        const d = draft as unknown as Record<string, unknown>;
        for (const k of Object.keys(d)) delete d[k];
        Object.assign(d, doc);
      },
      { label },
    );
  }

  /** Starts over from `doc` with an empty history (opening another saved design). */
  reset(doc: FunnelDocument): void {
    this.doc = doc;
    this.#past = [];
    this.#future = [];
    this.#gesture = undefined;
    this.revision++;
  }

  undo(): void {
    const step = this.#past.at(-1);
    if (!step) return;
    this.doc = applyPatches(this.doc, step.inverse);
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, { ...step, coalesce: undefined }];
    this.revision++;
  }

  redo(): void {
    const step = this.#future.at(-1);
    if (!step) return;
    this.doc = applyPatches(this.doc, step.patches);
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, { ...step, coalesce: undefined }];
    this.revision++;
  }
}
