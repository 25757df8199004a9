/**
 * The designs as stored: one key per design plus its backup (persistence.ts), read and written
 * through here so the backup rotation and the storage-trouble notices live in one place.
 *
 * Backup rule: before a design is overwritten, the previous save becomes the backup, but only
 * when it is sound (the text we last wrote or read, or at least one of our documents), so a
 * damaged save never replaces a good backup.
 */
import { parseDocument, serializeDocument } from '$lib/model/io';
import type { FunnelDocument } from '$lib/model/schema';
import type { NoticeState } from '../notices.svelte';
import { KEYS, looksLikeDesign, readKey, removeKey, writeDesign, writeKey, type WriteOutcome } from '../persistence';

/** A design's stored texts, kept in memory so a deletion can be undone. */
export interface StoredTexts {
  text: string;
  backup: string | null;
}

export class DesignStorage {
  readonly storage: Storage | undefined;
  readonly #notices: NoticeState;
  /** The text last written or read for each design: a sound save, fit to become the backup. */
  readonly #lastGood = new Map<string, string>();

  constructor(storage: Storage | undefined, notices: NoticeState) {
    this.storage = storage;
    this.#notices = notices;
  }

  /** The stored text of a design, exactly as it is (null when there is none). */
  readText(id: string): string | null {
    return readKey(this.storage, KEYS.design(id));
  }

  /** A stored design, or null when it is missing or damaged. */
  readDoc(id: string): FunnelDocument | null {
    const raw = this.readText(id);
    if (raw === null) return null;
    const parsed = parseDocument(raw);
    return parsed.ok ? parsed.doc : null;
  }

  /** The backup of a design, when it is sound. */
  readBackup(id: string): FunnelDocument | null {
    const raw = readKey(this.storage, KEYS.backup(id));
    const parsed = raw === null ? null : parseDocument(raw);
    return parsed?.ok ? parsed.doc : null;
  }

  /** Notes that `text` is a sound save of design `id` (it was just read and parsed). */
  markGood(id: string, text: string): void {
    this.#lastGood.set(id, text);
  }

  /** Forgets what was known good for `id`, so its stored text is not taken as the backup. */
  forgetGood(id: string): void {
    this.#lastGood.delete(id);
  }

  /** True when `text` is what this tab last wrote or read for `id`. */
  isOwnText(id: string, text: string): boolean {
    return text === this.#lastGood.get(id);
  }

  /**
   * Writes a design, first rotating the previous save into the backup (unless `rotate` is
   * false). Storage trouble becomes a notice; success clears it.
   */
  write(id: string, doc: FunnelDocument, options: { rotate?: boolean } = {}): WriteOutcome {
    const text = serializeDocument(doc);
    const rotate = options.rotate ?? true;
    const good = this.#lastGood.get(id);
    const outcome = writeDesign(this.storage, id, text, (prev) => rotate && (prev === good || looksLikeDesign(prev)));
    if (!outcome.ok) {
      this.reportTrouble(outcome);
      return outcome;
    }
    this.#lastGood.set(id, text);
    this.#notices.dismissKey('storage');
    return outcome;
  }

  /** A failed save as a notice that stays until a save succeeds (storage unavailable is told once, at start). */
  reportTrouble(outcome: Extract<WriteOutcome, { ok: false }>): void {
    if (outcome.reason === 'quota') {
      this.#notices.show({ tone: 'error', message: 'shell.notice.quota', timeout: 0, key: 'storage' });
    } else if (outcome.reason === 'failed') {
      this.#notices.show({ tone: 'error', message: 'shell.notice.saveFailed', timeout: 0, key: 'storage' });
    }
  }

  /** Removes a design and its backup; returns what was stored, for undo. */
  remove(id: string): StoredTexts {
    const stored = { text: this.readText(id) ?? '', backup: readKey(this.storage, KEYS.backup(id)) };
    removeKey(this.storage, KEYS.design(id));
    removeKey(this.storage, KEYS.backup(id));
    this.#lastGood.delete(id);
    return stored;
  }

  /** Puts back what `remove` took. */
  restore(id: string, stored: StoredTexts): void {
    if (stored.text) writeKey(this.storage, KEYS.design(id), stored.text);
    if (stored.backup !== null) writeKey(this.storage, KEYS.backup(id), stored.backup);
  }
}
