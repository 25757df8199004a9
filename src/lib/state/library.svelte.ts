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
 *
 * Pieces: library/saved-designs.svelte.ts (the open design, autosave, the list operations; the
 * base of this class), library/design-storage.ts (design keys, backups, storage notices),
 * library/recovery.ts, library/design-files.ts, library/window-events.ts (page hidden, other
 * tabs), library/untouched.ts; the index of designs is library.ts.
 */
import { KEYS, readKey, writeKey } from './persistence';
import { readIndex } from './library';
import { downloadText } from './file-io';
import { designFile, readDesignFile, type ImportReport } from './library/design-files';
import { damagedFile } from './library/recovery';
import { SavedDesigns } from './library/saved-designs.svelte';
import { listenToWindow } from './library/window-events';
import { parseDocument } from '$lib/model/io';
import type { Problem } from '$lib/model/problem';

export { AUTOSAVE_MAX_MS, AUTOSAVE_MS, type LibraryOptions, type SaveStatus } from './library/saved-designs.svelte';
export type { ImportReport };
export type { Recovery } from './library/recovery';

export class Library extends SavedDesigns {
  importReport = $state.raw<ImportReport | null>(null);

  /**
   * Opens the design that was open last (or the newest, or a new one). Returns 'recovery' when
   * its saved data is damaged and `recovery` now waits for the user's choice.
   */
  start(): 'opened' | 'created' | 'recovery' {
    if (!this.storage) {
      this.notices.show({ tone: 'warning', message: 'shell.notice.storageUnavailable', timeout: 0, key: 'storage' });
    }
    this.refreshIndex();
    const last = readKey(this.storage, KEYS.current);
    const id = last !== null && this.designs.some((d) => d.id === last) ? last : this.designs[0]?.id;
    if (id === undefined) {
      this.create(this.untitled());
      return 'created';
    }
    if (this.open(id)) return 'opened';
    if (this.recovery) return 'recovery';
    this.create(this.untitled());
    return 'created';
  }

  /** Listens for the page being hidden or closed, to save at once. Returns the remover. */
  attachToWindow(target: Window = window): () => void {
    const detach = listenToWindow(target, {
      flush: () => this.flush(),
      saveFailed: () => this.saveStatus === 'failed',
      otherTabWrote: (key, value) => this.#onOtherTab(key, value),
    });
    this.detachers.push(detach);
    return detach;
  }

  dispose(): void {
    this.flush();
    for (const d of this.detachers) d();
    this.detachers = [];
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
    this.notices.show({
      tone: 'success',
      message: previous !== null && this.designs.some((d) => d.id === previous) ? 'shell.import.openedKeep' : 'shell.import.opened',
      params: { title: parsed.doc.meta.title },
      key: 'import',
    });
    return true;
  }

  /** Reads a picked or dropped file (refusing oversized ones unread) and imports it. */
  async importFile(file: File): Promise<boolean> {
    const read = await readDesignFile(file);
    if (!read.ok) {
      this.reportUnreadable(file.name, read.problems);
      return false;
    }
    return this.importText(read.text, file.name);
  }

  /** Downloads the open design as `<title>.funnel.json`. */
  exportToFile(): void {
    const { fileName, text } = this.exportCurrent();
    downloadText(fileName, text);
    this.notices.show({ tone: 'success', message: 'shell.notice.exported', params: { file: fileName }, key: 'export' });
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
    return designFile(this.store.doc);
  }

  // --- Recovery -----------------------------------------------------------------------------

  /** Replaces the damaged data with its backup and opens it. */
  restoreBackup(): boolean {
    const r = this.recovery;
    if (!r?.backup) return false;
    this.recovery = null;
    this.stored.forgetGood(r.id);
    const outcome = this.write(r.id, r.backup, { rotate: false });
    this.switchTo(r.id, r.backup);
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
    writeKey(this.storage, KEYS.current, previous);
    this.saveStatus = 'saved';
    return true;
  }

  /** Leaves the damaged data where it is (listed in Designs) and starts a new design. */
  startNewAfterDamage(): void {
    this.recovery = null;
    this.create(this.untitled());
  }

  /** The damaged data as a download (nothing is changed). */
  damagedFile(): { fileName: string; text: string } | null {
    return this.recovery ? damagedFile(this.recovery, this.t()('shell.untitled')) : null;
  }

  // --- Other tabs ---------------------------------------------------------------------------

  /**
   * Another tab wrote to storage. The list follows quietly; when the open design itself was
   * saved elsewhere, say so (saving here would overwrite that version) and offer to load it.
   */
  #onOtherTab(key: string | null, value: string | null): void {
    if (key === KEYS.index) {
      this.designs = readIndex(this.storage).entries;
      return;
    }
    const id = this.currentId;
    if (id === null || key !== KEYS.design(id) || value === null || this.stored.isOwnText(id, value)) return;
    this.notices.show({
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
    const raw = this.stored.readText(id);
    const parsed = raw === null ? null : parseDocument(raw);
    if (!raw || !parsed?.ok) return;
    this.debounce.cancel();
    this.stored.markGood(id, raw);
    this.store.reset(parsed.doc);
    this.designs = readIndex(this.storage).entries;
    this.saveStatus = 'saved';
  }
}
