/**
 * The saved designs and the open one: autosave of the open design, and new / open / duplicate /
 * rename / delete (with undo) in the list. The base of `Library` (library.svelte.ts), which adds
 * start-up, files, recovery choices and other tabs; split off so each part stays readable.
 */
import type { DocumentStore } from '../document-store.svelte';
import type { NoticeState } from '../notices.svelte';
import { Debouncer, KEYS, writeKey, type WriteOutcome } from '../persistence';
import { newDesignId, readIndex, removeEntry, uniqueTitle, upsertEntry, writeIndex, type DesignEntry } from '../library';
import { DesignStorage, type StoredTexts } from './design-storage';
import { damagedDesign, type Recovery } from './recovery';
import { isUntouchedEmpty } from './untouched';
import { parseDocument } from '$lib/model/io';
import { emptyDocument } from '$lib/model/empty';
import type { Problem } from '$lib/model/problem';
import type { FunnelDocument } from '$lib/model/schema';
import type { Translate } from '$lib/i18n/translate';

export const AUTOSAVE_MS = 500;
export const AUTOSAVE_MAX_MS = 2000;

export type SaveStatus = 'saved' | 'pending' | 'failed' | 'off';

export interface LibraryOptions {
  storage: Storage | undefined;
  notices: NoticeState;
  t: () => Translate;
  /** Clock for `updatedAt` (ms since the epoch). */
  now?: () => number;
  autosaveMs?: number;
}

/** A deleted design kept in memory so "Undo" can bring it back. */
interface Deleted extends StoredTexts {
  entry: DesignEntry;
  wasCurrent: boolean;
}

export class SavedDesigns {
  designs = $state.raw<DesignEntry[]>([]);
  /** The design being edited; null while a recovery choice is pending or nothing is open. */
  currentId = $state<string | null>(null);
  recovery = $state.raw<Recovery | null>(null);
  saveStatus = $state<SaveStatus>('off');
  lastSavedAt = $state<number | null>(null);

  protected readonly store: DocumentStore;
  protected readonly storage: Storage | undefined;
  protected readonly stored: DesignStorage;
  protected readonly notices: NoticeState;
  protected readonly t: () => Translate;
  protected readonly debounce: Debouncer;
  /** Removers of listeners, run on dispose. */
  protected detachers: (() => void)[] = [];
  readonly #now: () => number;

  constructor(store: DocumentStore, options: LibraryOptions) {
    this.store = store;
    this.storage = options.storage;
    this.stored = new DesignStorage(options.storage, options.notices);
    this.notices = options.notices;
    this.t = options.t;
    this.#now = options.now ?? (() => Date.now());
    const ms = options.autosaveMs ?? AUTOSAVE_MS;
    this.debounce = new Debouncer(() => this.save(), ms, Math.max(ms, AUTOSAVE_MAX_MS), this.#now);
    this.detachers.push(
      store.onChange((_doc, kind) => {
        // `reset` means a design was just opened (and is already saved as it is).
        if (kind === 'reset' || this.currentId === null) return;
        this.saveStatus = 'pending';
        this.debounce.schedule();
      }),
    );
  }

  /** Saves now if a save is pending. */
  flush(): void {
    this.debounce.flush();
  }

  /** Writes the open design and its index entry. */
  save(): WriteOutcome {
    this.debounce.cancel();
    const id = this.currentId;
    if (id === null) return { ok: false, reason: 'unavailable' };
    let outcome: WriteOutcome;
    try {
      outcome = this.write(id, this.store.doc);
    } catch (error) {
      // Runs from a timer: an exception here would go unnoticed and leave "Saving…" forever.
      console.error(error);
      outcome = { ok: false, reason: 'failed', error };
      this.stored.reportTrouble(outcome);
    }
    this.saveStatus = outcome.ok ? 'saved' : 'failed';
    if (outcome.ok) this.lastSavedAt = this.#now();
    return outcome;
  }

  /** Saves `doc` as a new design and (by default) opens it; returns its id. */
  create(doc: FunnelDocument, options: { open?: boolean } = {}): string {
    const id = newDesignId();
    const outcome = this.write(id, doc);
    if (options.open ?? true) {
      this.#leaveCurrent();
      this.switchTo(id, doc);
      this.saveStatus = outcome.ok ? 'saved' : 'failed';
      // Keep the design in the list even when it is only in memory for now (the next autosave
      // retries).
      if (!outcome.ok) this.designs = upsertEntry(this.designs, this.#entry(id, doc));
    }
    return id;
  }

  /** Opens a saved design (its own history starts empty). False when its data is damaged. */
  open(id: string): boolean {
    if (id === this.currentId) return true;
    const raw = this.stored.readText(id);
    if (raw === null) return false;
    const parsed = parseDocument(raw);
    if (!parsed.ok) {
      // The open design stays in the store (unsaved edits are flushed) so the user can go back.
      this.flush();
      this.#enterRecovery(id, raw, parsed.problems, this.currentId);
      return false;
    }
    this.#leaveCurrent();
    this.stored.markGood(id, raw);
    this.switchTo(id, parsed.doc);
    return true;
  }

  /** Copies a saved design as "Copy of …"; returns the new id (not opened). */
  duplicate(id: string): string | null {
    if (id === this.currentId) this.flush();
    const parsed = this.stored.readDoc(id);
    if (!parsed) return null;
    const title = uniqueTitle(this.t()('shell.library.copyOf', { title: parsed.meta.title }).slice(0, 200), this.designs.map((d) => d.title));
    const copy = { ...parsed, meta: { ...parsed.meta, title } };
    const newId = newDesignId();
    this.write(newId, copy);
    return newId;
  }

  /** Renames a design; the open one through the store (so it is undoable). */
  rename(id: string, title: string): boolean {
    const clean = title.trim().slice(0, 200);
    if (!clean) return false;
    if (id === this.currentId) {
      this.store.apply((d) => void (d.meta.title = clean), { label: 'shell.history.title' });
      this.save();
      return true;
    }
    const doc = this.stored.readDoc(id);
    if (!doc) return false;
    return this.write(id, { ...doc, meta: { ...doc.meta, title: clean } }).ok;
  }

  /** Deletes a design (with an Undo notice). Deleting the open one opens the next. */
  remove(id: string): void {
    const wasCurrent = id === this.currentId;
    if (wasCurrent) this.flush();
    const entry = this.designs.find((d) => d.id === id);
    if (!entry) return;
    const deleted: Deleted = { entry, wasCurrent, ...this.stored.remove(id) };
    this.#saveList(removeEntry(this.designs, id));
    if (this.recovery?.id === id) this.recovery = null;
    if (wasCurrent) {
      this.currentId = null;
      const next = this.designs[0];
      if (!next || !this.open(next.id)) {
        if (!this.recovery) this.create(this.untitled());
      }
    }
    this.notices.show({
      tone: 'info',
      message: 'shell.library.deleted',
      params: { title: entry.title || this.t()('shell.untitled') },
      action: { label: 'common.undo', run: () => this.#restoreDeleted(deleted) },
    });
  }

  protected refreshIndex(): void {
    const { entries, repaired } = readIndex(this.storage);
    this.designs = entries;
    if (repaired) writeIndex(this.storage, entries);
  }

  #entry(id: string, doc: FunnelDocument): DesignEntry {
    return { id, title: doc.meta.title, updatedAt: this.#now(), nodeCount: doc.nodes.length };
  }

  protected untitled(): FunnelDocument {
    return emptyDocument(this.t()('shell.untitled'));
  }

  /** Writes a design (rotating its backup) and its index entry. */
  protected write(id: string, doc: FunnelDocument, options: { rotate?: boolean } = {}): WriteOutcome {
    const outcome = this.stored.write(id, doc, options);
    if (!outcome.ok) return outcome;
    this.#saveList(upsertEntry(this.designs, this.#entry(id, doc)));
    return outcome;
  }

  /** Changes the list and writes it as the index. */
  #saveList(designs: DesignEntry[]): void {
    this.designs = designs;
    writeIndex(this.storage, designs);
  }

  protected switchTo(id: string, doc: FunnelDocument): void {
    this.currentId = id;
    writeKey(this.storage, KEYS.current, id);
    this.store.reset(doc);
    this.saveStatus = 'saved';
  }

  /**
   * Before another design opens: save the open one, or drop it when it is an untouched empty
   * design (so "New" followed by "Open file" leaves no clutter behind).
   */
  #leaveCurrent(): void {
    const id = this.currentId;
    if (id === null) return;
    this.flush();
    if (isUntouchedEmpty(this.store.doc) && this.designs.length > 1) {
      this.stored.remove(id);
      this.#saveList(removeEntry(this.designs, id));
    }
    this.currentId = null;
  }

  #enterRecovery(id: string, raw: string, problems: Problem[], previousId: string | null): void {
    const backup = this.stored.readBackup(id);
    this.currentId = null;
    this.saveStatus = 'off';
    this.recovery = damagedDesign(id, raw, problems, backup, previousId, this.designs.find((d) => d.id === id)?.title);
  }

  #restoreDeleted(d: Deleted): void {
    this.stored.restore(d.entry.id, d);
    this.#saveList(upsertEntry(this.designs, d.entry));
    if (d.wasCurrent) this.open(d.entry.id);
  }
}
