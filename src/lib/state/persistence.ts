/**
 * Local storage plumbing for autosave: the keys, reads and writes that never throw, the backup
 * rotation and a debouncer. Plain TypeScript over the `Storage` interface so tests can pass an
 * in-memory storage (and simulate a full one).
 *
 * Layout (all keys namespaced `funnel-lab:`):
 *   funnel-lab:library              the index of saved designs (see library.ts)
 *   funnel-lab:current              the id of the design that was open last
 *   funnel-lab:design:<id>          the design, exactly as an exported file
 *   funnel-lab:design:<id>:backup   the save before that (restorable if the latest is damaged)
 *   funnel-lab:theme, funnel-lab:locale, …  preferences
 */

export const KEY_PREFIX = 'funnel-lab:';
export const KEYS = {
  index: `${KEY_PREFIX}library`,
  current: `${KEY_PREFIX}current`,
  theme: `${KEY_PREFIX}theme`,
  design: (id: string) => `${KEY_PREFIX}design:${id}`,
  backup: (id: string) => `${KEY_PREFIX}design:${id}:backup`,
} as const;
const DESIGN_KEY = /^funnel-lab:design:([^:]+)$/;

/** The design id a storage key holds, or null when it is not a design's main key. */
export const designIdOfKey = (key: string): string | null => DESIGN_KEY.exec(key)?.[1] ?? null;

/** localStorage if the browser lets us use it (it throws in some privacy modes), else undefined. */
export function browserStorage(): Storage | undefined {
  try {
    const s = globalThis.localStorage;
    if (!s) return undefined;
    const probe = `${KEY_PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return undefined;
  }
}

/** A storage read that never throws (a failing read counts as "nothing there"). */
export function readKey(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function removeKey(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing sensible to do: the key stays, and a later write replaces it.
  }
}

/** Every key in the storage (for rebuilding a damaged index). */
export function storageKeys(storage: Storage | undefined): string[] {
  const keys: string[] = [];
  try {
    if (!storage) return keys;
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null) keys.push(k);
    }
  } catch {
    // A storage that cannot be enumerated has no keys we can use.
  }
  return keys;
}

/** True for the "storage is full" errors of every browser. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; code?: number };
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014
  );
}

export type WriteOutcome = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'failed'; error?: unknown };

export function writeKey(storage: Storage | undefined, key: string, value: string): WriteOutcome {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'failed', error };
  }
}

/**
 * Saves a design, first moving the previous save to the backup key — but only when
 * `keepAsBackup(previous)` says the previous save is sound, so a damaged save never replaces a
 * good backup. When the storage is full, the backup is given up to make room for the design.
 */
export function writeDesign(
  storage: Storage | undefined,
  id: string,
  text: string,
  keepAsBackup: (previous: string) => boolean,
): WriteOutcome {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const previous = readKey(storage, KEYS.design(id));
  if (previous !== null && previous !== text && keepAsBackup(previous)) {
    // A failed backup write is not fatal: the design itself matters more.
    const backup = writeKey(storage, KEYS.backup(id), previous);
    if (!backup.ok) removeKey(storage, KEYS.backup(id));
  }
  const result = writeKey(storage, KEYS.design(id), text);
  if (result.ok || result.reason !== 'quota') return result;
  removeKey(storage, KEYS.backup(id));
  return writeKey(storage, KEYS.design(id), text);
}

/** Cheap soundness check for a stored design: JSON whose `format` is ours. */
export function looksLikeDesign(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && (v as { format?: unknown }).format === 'funnel-lab';
  } catch {
    return false;
  }
}

/**
 * Trailing debounce with a ceiling: runs `fn` `wait` ms after the last `schedule()`, and at the
 * latest `maxWait` ms after the first one of a burst, so continuous editing still gets saved.
 */
export class Debouncer {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #firstAt: number | undefined;
  readonly wait: number;
  readonly maxWait: number;
  readonly #fn: () => void;
  readonly #now: () => number;

  constructor(fn: () => void, wait: number, maxWait = wait * 4, now: () => number = () => Date.now()) {
    this.#fn = fn;
    this.wait = wait;
    this.maxWait = maxWait;
    this.#now = now;
  }

  get pending(): boolean {
    return this.#timer !== undefined;
  }

  schedule(): void {
    const now = this.#now();
    this.#firstAt ??= now;
    const delay = Math.max(0, Math.min(this.wait, this.#firstAt + this.maxWait - now));
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), delay);
  }

  /** Runs now if something is pending. */
  flush(): void {
    if (this.#timer === undefined) return;
    this.cancel();
    this.#fn();
  }

  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firstAt = undefined;
  }
}
