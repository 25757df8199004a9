/**
 * The index of locally saved designs (`funnel-lab:library`): one entry per design with what the
 * "Designs" dialog lists, newest first. The designs themselves live under their own keys
 * (persistence.ts). The index is a convenience: when it is missing or damaged it is rebuilt from
 * the design keys, so a damaged index never hides a design.
 */
import { KEYS, designIdOfKey, readKey, storageKeys, writeKey, type WriteOutcome } from './persistence';

export interface DesignEntry {
  id: string;
  title: string;
  /** Milliseconds since the epoch of the last save. */
  updatedAt: number;
  /** Nodes people flow through or read (all kinds), for the list. */
  nodeCount: number;
}

interface IndexFile {
  version: 1;
  designs: DesignEntry[];
}

const isEntry = (v: unknown): v is DesignEntry => {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    /^[^:]+$/.test(e.id) &&
    typeof e.title === 'string' &&
    typeof e.updatedAt === 'number' &&
    Number.isFinite(e.updatedAt) &&
    typeof e.nodeCount === 'number'
  );
};

export const sortEntries = (entries: readonly DesignEntry[]): DesignEntry[] =>
  [...entries].sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title));

/** What the index entry says about a stored design text, read leniently (it may be damaged). */
export function summarize(text: string | null): { title: string; nodeCount: number } | null {
  if (text === null) return null;
  try {
    const v = JSON.parse(text) as { meta?: { title?: unknown }; nodes?: unknown };
    const title = typeof v?.meta?.title === 'string' ? v.meta.title : '';
    return { title, nodeCount: Array.isArray(v?.nodes) ? v.nodes.length : 0 };
  } catch {
    return { title: '', nodeCount: 0 };
  }
}

/**
 * Reads the index. Entries whose design key is gone are dropped; design keys without an entry
 * (a damaged or missing index, or a save interrupted between the two writes) are added back.
 * `repaired` tells the caller to write the index back.
 */
export function readIndex(storage: Storage | undefined): { entries: DesignEntry[]; repaired: boolean } {
  const stored = new Set(storageKeys(storage).map(designIdOfKey).filter((id): id is string => id !== null));
  let entries: DesignEntry[] = [];
  let repaired = false;
  const raw = readKey(storage, KEYS.index);
  if (raw !== null) {
    try {
      const file = JSON.parse(raw) as Partial<IndexFile>;
      if (Array.isArray(file?.designs)) entries = file.designs.filter(isEntry);
      else repaired = true;
      if (entries.length !== (file?.designs?.length ?? 0)) repaired = true;
    } catch {
      repaired = true;
    }
  }
  const seen = new Set<string>();
  entries = entries.filter((e) => {
    const keep = stored.has(e.id) && !seen.has(e.id);
    seen.add(e.id);
    if (!keep) repaired = true;
    return keep;
  });
  for (const id of stored) {
    if (seen.has(id)) continue;
    const summary = summarize(readKey(storage, KEYS.design(id)));
    entries.push({ id, title: summary?.title ?? '', updatedAt: 0, nodeCount: summary?.nodeCount ?? 0 });
    repaired = true;
  }
  return { entries: sortEntries(entries), repaired };
}

export function writeIndex(storage: Storage | undefined, entries: readonly DesignEntry[]): WriteOutcome {
  const file: IndexFile = { version: 1, designs: sortEntries(entries) };
  return writeKey(storage, KEYS.index, JSON.stringify(file));
}

/** Adds or updates one entry, keeping the list sorted. */
export function upsertEntry(entries: readonly DesignEntry[], entry: DesignEntry): DesignEntry[] {
  return sortEntries([...entries.filter((e) => e.id !== entry.id), entry]);
}

export function removeEntry(entries: readonly DesignEntry[], id: string): DesignEntry[] {
  return entries.filter((e) => e.id !== id);
}

/** A fresh id for a design (no colons: ids are embedded in storage keys). */
export function newDesignId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  if (uuid) return uuid;
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** "Copy of X" style titles that stay unique among `taken`: "X (2)", "X (3)", … */
export function uniqueTitle(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  const stem = base.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!names.has(candidate)) return candidate.slice(0, 200);
  }
}
