/**
 * The document store: the one place the document changes. The document is immutable
 * (`$state.raw`, deeply frozen by immer) and replaced on every edit; each edit records immer
 * patches so undo/redo replays inverse patches. Consecutive edits with the same `coalesce` key
 * within a short time (a typing burst), or every edit between `beginGesture` and `endGesture`
 * (a drag), merge into one undo step.
 *
 * Listeners registered with `onChange` hear about every change synchronously; autosave hangs off
 * them so that saving never depends on a component being alive.
 */
import { applyPatches, enablePatches, freeze, produceWithPatches, type Patch } from 'immer';
import type { FunnelDocument } from '$lib/model/schema';

enablePatches();

export type Recipe = (draft: FunnelDocument) => unknown;
export interface EditOptions {
  /** Edits with the same key in a row (within `COALESCE_MS` of each other) become one undo step. */
  coalesce?: string;
  /**
   * What the step does, shown in the undo/redo tooltips. Pass a message key (e.g.
   * `'shell.history.title'`); the toolbar shows it translated, or nothing if it is not a key.
   */
  label?: string;
}
/** Why the document changed: an edit, undo, redo, or `reset` (another design was opened). */
export type ChangeKind = 'edit' | 'undo' | 'redo' | 'reset';
export type ChangeListener = (doc: FunnelDocument, kind: ChangeKind) => void;

interface Step {
  patches: Patch[];
  inverse: Patch[];
  label: string;
  /** Set while the step may still absorb later edits; cleared by undo/redo. */
  coalesce?: string;
  at: number;
}

/** Undo steps kept; the oldest are dropped beyond this. */
export const HISTORY_LIMIT = 500;
/** A pause longer than this ends a typing burst. */
export const COALESCE_MS = 1000;

export class DocumentStore {
  doc = $state.raw<FunnelDocument>(undefined as unknown as FunnelDocument);
  /** Increases on every change (edit, undo, redo, replace, reset): cheap change detection. */
  revision = $state(0);
  #past = $state.raw<Step[]>([]);
  #future = $state.raw<Step[]>([]);
  #gesture: string | undefined;
  #gestureCount = 0;
  #now: () => number;
  // Not reactive on purpose: listeners are plumbing, not UI state.
  #listeners: ChangeListener[] = [];

  canUndo = $derived(this.#past.length > 0);
  canRedo = $derived(this.#future.length > 0);
  /** Labels of the steps undo/redo would apply ('' when unlabelled). */
  undoLabel = $derived(this.#past.at(-1)?.label ?? '');
  redoLabel = $derived(this.#future.at(-1)?.label ?? '');
  undoDepth = $derived(this.#past.length);
  redoDepth = $derived(this.#future.length);

  constructor(initial: FunnelDocument, now: () => number = () => performance.now()) {
    this.doc = freeze(initial, true);
    this.#now = now;
  }

  /** Applies an edit; a recipe that changes nothing records nothing. */
  apply(recipe: Recipe, options: EditOptions = {}): void {
    // Ops return ids or flags; immer treats a returned value as a replacement, so discard it.
    const [next, patches, inverse] = produceWithPatches(this.doc, (draft) => {
      recipe(draft);
    });
    this.#commit(next, patches, inverse, options.coalesce ?? this.#gesture, options.label ?? '');
  }

  /** Starts a gesture (e.g. a drag): every edit until `endGesture` is one undo step. */
  beginGesture(key: string): void {
    this.#gesture = `gesture:${key}:${++this.#gestureCount}`;
  }
  endGesture(): void {
    this.#gesture = undefined;
  }
  get inGesture(): boolean {
    return this.#gesture !== undefined;
  }

  /** Replaces the whole document (e.g. a template over the current design) as one undoable step. */
  replace(doc: FunnelDocument, label = 'shell.history.replace'): void {
    if (doc === this.doc) return;
    // Returning a value from the recipe yields a single root `replace` patch (and its inverse).
    const [next, patches, inverse] = produceWithPatches(this.doc, () => doc);
    this.#commit(next as FunnelDocument, patches, inverse, undefined, label);
  }

  /** Starts over from `doc` with an empty history (opening another saved design). */
  reset(doc: FunnelDocument): void {
    this.doc = freeze(doc, true);
    this.#past = [];
    this.#future = [];
    this.#gesture = undefined;
    this.revision++;
    this.#emit('reset');
  }

  undo(): void {
    const step = this.#past.at(-1);
    if (!step) return;
    this.#gesture = undefined;
    this.doc = applyPatches(this.doc, step.inverse);
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, { ...step, coalesce: undefined }];
    this.revision++;
    this.#emit('undo');
  }

  redo(): void {
    const step = this.#future.at(-1);
    if (!step) return;
    this.#gesture = undefined;
    this.doc = applyPatches(this.doc, step.patches);
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, { ...step, coalesce: undefined }];
    this.revision++;
    this.#emit('redo');
  }

  /** Ends the current typing burst so the next edit starts a new undo step. */
  seal(): void {
    const last = this.#past.at(-1);
    if (last?.coalesce) this.#past = [...this.#past.slice(0, -1), { ...last, coalesce: undefined }];
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners = [...this.#listeners, listener];
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  #commit(next: FunnelDocument, patches: Patch[], inverse: Patch[], key: string | undefined, label: string): void {
    if (patches.length === 0) return;
    const at = this.#now();
    const last = this.#past.at(-1);
    // A gesture merges for as long as it lasts; a typing burst only while the pauses are short.
    const mergeable = key !== undefined && last?.coalesce === key && (key.startsWith('gesture:') || at - last.at < COALESCE_MS);
    if (mergeable && last) {
      // Forward patches run oldest first; inverse patches newest first.
      const merged: Step = { ...last, patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse], at };
      this.#past = [...this.#past.slice(0, -1), merged];
    } else {
      const step: Step = { patches, inverse, label, coalesce: key, at };
      this.#past = [...this.#past, step].slice(-HISTORY_LIMIT);
    }
    this.#future = [];
    this.doc = next;
    this.revision++;
    this.#emit('edit');
  }

  #emit(kind: ChangeKind): void {
    for (const listener of this.#listeners) {
      // One failing listener must not stop the others (autosave among them).
      try {
        listener(this.doc, kind);
      } catch (error) {
        console.error(error);
      }
    }
  }
}
