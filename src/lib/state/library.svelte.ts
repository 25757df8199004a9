/**
 * The design library and autosave: which design is open, the saved designs, opening files, and
 * the way back when saved data is damaged. It listens to the document store directly, so a
 * design is saved whatever happens to the components.
 *
 * Rules it keeps:
 * - Autosave writes the open design ~500 ms after the last change (at the latest 2 s into a
 *   burst), and at once when the page is hidden or closed. The save before is kept as a backup.
 * - Damaged saved data is never overwritten or deleted until the user chooses what to do
 *   (`recovery`): restore the backup, download the data, or start a new design.
 * - Importing a file opens it as a new design; the current one stays saved. A refused file
 *   changes nothing.
 * - Storage errors (full, unavailable) become notices; editing goes on.
 */
import type { DocumentStore } from './document-store.svelte';
import type { NoticeState } from './notices.svelte';
import { Debouncer, KEYS, looksLikeDesign, readKey, removeKey, writeDesign, writeKey, type WriteOutcome } from './persistence';
import { newDesignId, readIndex, removeEntry, summarize, uniqueTitle, upsertEntry, writeIndex, type DesignEntry } from './library';
import { downloadText, exportFileName, readFileText } from './file-io';
import { MAX_FILE_BYTES, parseDocument, serializeDocument } from '$lib/model/io';
import { emptyDocument } from '$lib/model/empty';
import { problem, type Problem } from '$lib/model/problem';
import type { FunnelDocument } from '$lib/model/schema';
import type { Translate } from '$lib/i18n/translate';
import { MESSAGES } from '$lib/i18n/messages';

export const AUTOSAVE_MS = 500;
export const AUTOSAVE_MAX_MS = 2000;

/** Saved data that could not be read, waiting for the user's choice. */
export interface Recovery {
  id: string;
  /** Best-effort title from the damaged data ('' when unknown). */
  title: string;
  /** The damaged text, exactly as stored (for download). */
  raw: string;
  problems: Problem[];
  /** The previous save, when it is sound. */
  backup: FunnelDocument | null;
  /** The design that was open before (still in the store), to go back to; null at start-up. */
  previousId: string | null;
}

/** A file that was refused, or opened with warnings. */
export interface ImportReport {
  fileName: string;
  ok: boolean;
  problems: Problem[];
}

/** A deleted design kept in memory so "Undo" can bring it back. */
interface Deleted {
  entry: DesignEntry;
  text: string;
  backup: string | null;
  wasCurrent: boolean;
}

export type SaveStatus = 'saved' | 'pending' | 'failed' | 'off';

export interface LibraryOptions {
  storage: Storage | undefined;
  notices: NoticeState;
  t: () => Translate;
  /** Clock for `updatedAt` (ms since the epoch). */
  now?: () => number;
  autosaveMs?: number;
}

const UNTITLED = new Set(Object.values(MESSAGES).map((m) => m['shell.untitled']));

export class Library {
  designs = $state.raw<DesignEntry[]>([]);
  /** The design being edited; null while a recovery choice is pending or nothing is open. */
  currentId = $state<string | null>(null);
  recovery = $state.raw<Recovery | null>(null);
  importReport = $state.raw<ImportReport | null>(null);
  saveStatus = $state<SaveStatus>('off');
  lastSavedAt = $state<number | null>(null);

  readonly #store: DocumentStore;
  readonly #storage: Storage | undefined;
  readonly #notices: NoticeState;
  readonly #t: () => Translate;
  readonly #now: () => number;
  readonly #debounce: Debouncer;
  /** The text last written or read for each design: a sound save, fit to become the backup. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not UI state
  #lastGood = new Map<string, string>();
  #detach: (() => void)[] = [];

  constructor(store: DocumentStore, options: LibraryOptions) {
    this.#store = store;
    this.#storage = options.storage;
    this.#notices = options.notices;
    this.#t = options.t;
    this.#now = options.now ?? (() => Date.now());
    const ms = options.autosaveMs ?? AUTOSAVE_MS;
    this.#debounce = new Debouncer(() => this.save(), ms, Math.max(ms, AUTOSAVE_MAX_MS), this.#now);
    this.#detach.push(
      store.onChange((_doc, kind) => {
        // `reset` means a design was just opened (and is already saved as it is).
        if (kind === 'reset' || this.currentId === null) return;
        this.saveStatus = 'pending';
        this.#debounce.schedule();
      }),
    );
  }

  /**
   * Opens the design that was open last (or the newest, or a new one). Returns 'recovery' when
   * its saved data is damaged and `recovery` now waits for the user's choice.
   */
  start(): 'opened' | 'created' | 'recovery' {
    if (!this.#storage) {
      this.#notices.show({ tone: 'warning', message: 'shell.notice.storageUnavailable', timeout: 0, key: 'storage' });
    }
    this.#refreshIndex();
    const last = readKey(this.#storage, KEYS.current);
    const id = last !== null && this.designs.some((d) => d.id === last) ? last : this.designs[0]?.id;
    if (id === undefined) {
      this.create(emptyDocument(this.#t()('shell.untitled')));
      return 'created';
    }
    if (this.open(id)) return 'opened';
    if (this.recovery) return 'recovery';
    this.create(emptyDocument(this.#t()('shell.untitled')));
    return 'created';
  }

  /** Listens for the page being hidden or closed, to save at once. Returns the remover. */
  attachToWindow(target: Window = window): () => void {
    const flush = () => this.flush();
    const onVisibility = () => {
      if (target.document.visibilityState === 'hidden') flush();
    };
    const onStorage = (e: StorageEvent) => this.#onOtherTab(e.key, e.newValue);
    // When saving failed (storage full), closing the tab would lose work: let the browser ask.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      this.flush();
      if (this.saveStatus === 'failed') e.preventDefault();
    };
    target.addEventListener('beforeunload', onBeforeUnload);
    target.addEventListener('pagehide', flush);
    target.addEventListener('storage', onStorage);
    target.document.addEventListener('visibilitychange', onVisibility);
    const detach = () => {
      target.removeEventListener('beforeunload', onBeforeUnload);
      target.removeEventListener('pagehide', flush);
      target.removeEventListener('storage', onStorage);
      target.document.removeEventListener('visibilitychange', onVisibility);
    };
    this.#detach.push(detach);
    return detach;
  }

  dispose(): void {
    this.flush();
    for (const d of this.#detach) d();
    this.#detach = [];
  }

  /** Saves now if a save is pending. */
  flush(): void {
    this.#debounce.flush();
  }

  /** Writes the open design and its index entry. */
  save(): WriteOutcome {
    this.#debounce.cancel();
    const id = this.currentId;
    if (id === null) return { ok: false, reason: 'unavailable' };
    let outcome: WriteOutcome;
    try {
      outcome = this.#write(id, this.#store.doc);
    } catch (error) {
      // Runs from a timer: an exception here would go unnoticed and leave "Saving…" forever.
      console.error(error);
      this.#notices.show({ tone: 'error', message: 'shell.notice.saveFailed', timeout: 0, key: 'storage' });
      outcome = { ok: false, reason: 'failed', error };
    }
    this.saveStatus = outcome.ok ? 'saved' : 'failed';
    if (outcome.ok) this.lastSavedAt = this.#now();
    return outcome;
  }

  // --- Library operations -------------------------------------------------------------------

  /** Saves `doc` as a new design and (by default) opens it; returns its id. */
  create(doc: FunnelDocument, options: { open?: boolean } = {}): string {
    const id = newDesignId();
    const outcome = this.#write(id, doc);
    if (options.open ?? true) {
      this.#leaveCurrent();
      this.#switchTo(id, doc);
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
    const raw = readKey(this.#storage, KEYS.design(id));
    if (raw === null) return false;
    const parsed = parseDocument(raw);
    if (!parsed.ok) {
      // The open design stays in the store (unsaved edits are flushed) so the user can go back.
      this.flush();
      this.#enterRecovery(id, raw, parsed.problems, this.currentId);
      return false;
    }
    this.#leaveCurrent();
    this.#lastGood.set(id, raw);
    this.#switchTo(id, parsed.doc);
    return true;
  }

  /** Copies a saved design as "Copy of …"; returns the new id (not opened). */
  duplicate(id: string): string | null {
    if (id === this.currentId) this.flush();
    const parsed = this.#readDoc(id);
    if (!parsed) return null;
    const title = uniqueTitle(this.#t()('shell.library.copyOf', { title: parsed.meta.title }).slice(0, 200), this.designs.map((d) => d.title));
    const copy = { ...parsed, meta: { ...parsed.meta, title } };
    const newId = newDesignId();
    this.#write(newId, copy);
    return newId;
  }

  /** Renames a design; the open one through the store (so it is undoable). */
  rename(id: string, title: string): boolean {
    const clean = title.trim().slice(0, 200);
    if (!clean) return false;
    if (id === this.currentId) {
      this.#store.apply((d) => void (d.meta.title = clean), { label: 'shell.history.title' });
      this.save();
      return true;
    }
    const doc = this.#readDoc(id);
    if (!doc) return false;
    return this.#write(id, { ...doc, meta: { ...doc.meta, title: clean } }).ok;
  }

  /** Deletes a design (with an Undo notice). Deleting the open one opens the next. */
  remove(id: string): void {
    const wasCurrent = id === this.currentId;
    if (wasCurrent) this.flush();
    const entry = this.designs.find((d) => d.id === id);
    if (!entry) return;
    const deleted: Deleted = {
      entry,
      text: readKey(this.#storage, KEYS.design(id)) ?? '',
      backup: readKey(this.#storage, KEYS.backup(id)),
      wasCurrent,
    };
    removeKey(this.#storage, KEYS.design(id));
    removeKey(this.#storage, KEYS.backup(id));
    this.#lastGood.delete(id);
    this.designs = removeEntry(this.designs, id);
    writeIndex(this.#storage, this.designs);
    if (this.recovery?.id === id) this.recovery = null;
    if (wasCurrent) {
      this.currentId = null;
      const next = this.designs[0];
      if (!next || !this.open(next.id)) {
        if (!this.recovery) this.create(emptyDocument(this.#t()('shell.untitled')));
      }
    }
    this.#notices.show({
      tone: 'info',
      message: 'shell.library.deleted',
      params: { title: entry.title || this.#t()('shell.untitled') },
      action: { label: 'common.undo', run: () => this.#restoreDeleted(deleted) },
    });
  }

  // --- Files --------------------------------------------------------------------------------

  /**
   * Opens file text as a new design, keeping the current one saved. A refused file changes
   * nothing and sets `importReport` with the problems; warnings set it too (ok: true).
   */
  importText(text: string, fileName: string): boolean {
    const parsed = parseDocument(text);
    if (!parsed.ok) {
      this.importReport = { fileName, ok: false, problems: parsed.problems };
      return false;
    }
    this.flush();
    const previous = this.currentId;
    this.create(parsed.doc);
    this.importReport = parsed.warnings.length ? { fileName, ok: true, problems: parsed.warnings } : null;
    this.#notices.show({
      tone: 'success',
      message: previous !== null && this.designs.some((d) => d.id === previous) ? 'shell.import.openedKeep' : 'shell.import.opened',
      params: { title: parsed.doc.meta.title },
      key: 'import',
    });
    return true;
  }

  /** Reads a picked or dropped file (refusing oversized ones unread) and imports it. */
  async importFile(file: File): Promise<boolean> {
    try {
      const read = await readFileText(file, MAX_FILE_BYTES);
      if (!read.ok) {
        const mb = (n: number) => String(Math.round((n / (1024 * 1024)) * 10) / 10);
        this.reportUnreadable(file.name, [problem('error', 'import.tooLarge', { size: mb(read.size), limit: mb(MAX_FILE_BYTES) }, [])]);
        return false;
      }
      return this.importText(read.text, file.name);
    } catch {
      this.reportUnreadable(file.name, [problem('error', 'import.notText', {}, [])]);
      return false;
    }
  }

  /** Downloads the open design as `<title>.funnel.json`. */
  exportToFile(): void {
    const { fileName, text } = this.exportCurrent();
    downloadText(fileName, text);
    this.#notices.show({ tone: 'success', message: 'shell.notice.exported', params: { file: fileName }, key: 'export' });
  }

  /** A report for a file that could not even be read (too large, unreadable). */
  reportUnreadable(fileName: string, problems: Problem[]): void {
    this.importReport = { fileName, ok: false, problems };
  }

  dismissImportReport(): void {
    this.importReport = null;
  }

  /** The open design as file text and a safe file name. */
  exportCurrent(): { fileName: string; text: string } {
    const doc = this.#store.doc;
    return { fileName: exportFileName(doc.meta.title), text: serializeDocument(doc) };
  }

  // --- Recovery -----------------------------------------------------------------------------

  /** Replaces the damaged data with its backup and opens it. */
  restoreBackup(): boolean {
    const r = this.recovery;
    if (!r?.backup) return false;
    this.recovery = null;
    this.#lastGood.delete(r.id);
    const outcome = this.#write(r.id, r.backup, { rotate: false });
    this.#switchTo(r.id, r.backup);
    this.saveStatus = outcome.ok ? 'saved' : 'failed';
    return true;
  }

  /** Goes back to the design that was open before the damaged one was chosen. */
  cancelRecovery(): boolean {
    const previous = this.recovery?.previousId;
    if (!previous || !this.designs.some((d) => d.id === previous)) return false;
    this.recovery = null;
    // The store still holds that design and its history: just resume saving it.
    this.currentId = previous;
    writeKey(this.#storage, KEYS.current, previous);
    this.saveStatus = 'saved';
    return true;
  }

  /** Leaves the damaged data where it is (listed in Designs) and starts a new design. */
  startNewAfterDamage(): void {
    this.recovery = null;
    this.create(emptyDocument(this.#t()('shell.untitled')));
  }

  /** The damaged data as a download (nothing is changed). */
  damagedFile(): { fileName: string; text: string } | null {
    const r = this.recovery;
    if (!r) return null;
    const base = r.title || this.#t()('shell.untitled');
    return { fileName: exportFileName(`${base} damaged`, 'funnel-damaged', '.json'), text: r.raw };
  }

  // --- Internals ----------------------------------------------------------------------------

  #refreshIndex(): void {
    const { entries, repaired } = readIndex(this.#storage);
    this.designs = entries;
    if (repaired) writeIndex(this.#storage, entries);
  }

  #entry(id: string, doc: FunnelDocument): DesignEntry {
    return { id, title: doc.meta.title, updatedAt: this.#now(), nodeCount: doc.nodes.length };
  }

  #readDoc(id: string): FunnelDocument | null {
    const raw = readKey(this.#storage, KEYS.design(id));
    if (raw === null) return null;
    const parsed = parseDocument(raw);
    return parsed.ok ? parsed.doc : null;
  }

  /** Writes a design and its index entry; reports storage trouble as a notice. */
  #write(id: string, doc: FunnelDocument, options: { rotate?: boolean } = {}): WriteOutcome {
    const text = serializeDocument(doc);
    const rotate = options.rotate ?? true;
    const good = this.#lastGood.get(id);
    const outcome = writeDesign(this.#storage, id, text, (prev) => rotate && (prev === good || looksLikeDesign(prev)));
    if (!outcome.ok) {
      if (outcome.reason === 'quota') {
        this.#notices.show({ tone: 'error', message: 'shell.notice.quota', timeout: 0, key: 'storage' });
      } else if (outcome.reason === 'failed') {
        this.#notices.show({ tone: 'error', message: 'shell.notice.saveFailed', timeout: 0, key: 'storage' });
      }
      return outcome;
    }
    this.#lastGood.set(id, text);
    this.designs = upsertEntry(this.designs, this.#entry(id, doc));
    writeIndex(this.#storage, this.designs);
    this.#notices.dismissKey('storage');
    return outcome;
  }

  #switchTo(id: string, doc: FunnelDocument): void {
    this.currentId = id;
    writeKey(this.#storage, KEYS.current, id);
    this.#store.reset(doc);
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
    const doc = this.#store.doc;
    const empty =
      doc.nodes.length === 0 && doc.edges.length === 0 && doc.scenarios.length === 0 && doc.targets.length === 0 && doc.meta.description === '' && UNTITLED.has(doc.meta.title);
    if (empty && this.designs.length > 1) {
      removeKey(this.#storage, KEYS.design(id));
      removeKey(this.#storage, KEYS.backup(id));
      this.designs = removeEntry(this.designs, id);
      writeIndex(this.#storage, this.designs);
    }
    this.currentId = null;
  }

  #enterRecovery(id: string, raw: string, problems: Problem[], previousId: string | null): void {
    const backupRaw = readKey(this.#storage, KEYS.backup(id));
    const backup = backupRaw === null ? null : parseDocument(backupRaw);
    this.currentId = null;
    this.saveStatus = 'off';
    this.recovery = {
      id,
      title: summarize(raw)?.title || this.designs.find((d) => d.id === id)?.title || '',
      raw,
      problems: problems.length ? problems : [problem('error', 'import.unexpected', { detail: 'unreadable' }, [])],
      backup: backup?.ok ? backup.doc : null,
      previousId,
    };
  }

  /**
   * Another tab wrote to storage. The list follows quietly; when the open design itself was
   * saved elsewhere, say so (saving here would overwrite that version) and offer to load it.
   */
  #onOtherTab(key: string | null, value: string | null): void {
    if (key === KEYS.index) {
      this.designs = readIndex(this.#storage).entries;
      return;
    }
    const id = this.currentId;
    if (id === null || key !== KEYS.design(id) || value === null || value === this.#lastGood.get(id)) return;
    this.#notices.show({
      tone: 'warning',
      message: 'shell.notice.changedElsewhere',
      timeout: 0,
      key: 'elsewhere',
      action: { label: 'shell.notice.loadOther', run: () => this.#reloadFromStorage(id) },
    });
  }

  /** Replaces the open design with what is stored for it now (the other tab's version). */
  #reloadFromStorage(id: string): void {
    if (this.currentId !== id) return;
    const raw = readKey(this.#storage, KEYS.design(id));
    const parsed = raw === null ? null : parseDocument(raw);
    if (!raw || !parsed?.ok) return;
    this.#debounce.cancel();
    this.#lastGood.set(id, raw);
    this.#store.reset(parsed.doc);
    this.designs = readIndex(this.#storage).entries;
    this.saveStatus = 'saved';
  }

  #restoreDeleted(d: Deleted): void {
    if (d.text) writeKey(this.#storage, KEYS.design(d.entry.id), d.text);
    if (d.backup !== null) writeKey(this.#storage, KEYS.backup(d.entry.id), d.backup);
    this.designs = upsertEntry(this.designs, d.entry);
    writeIndex(this.#storage, this.designs);
    if (d.wasCurrent) this.open(d.entry.id);
  }
}
