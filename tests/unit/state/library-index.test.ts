import { describe, expect, it } from 'vitest';
import { KEYS } from '$lib/state/persistence';
import { readIndex, removeEntry, sortEntries, summarize, uniqueTitle, upsertEntry, writeIndex, newDesignId, type DesignEntry } from '$lib/state/library';
import { MemoryStorage } from './memory-storage';

const entry = (id: string, updatedAt: number, title = id): DesignEntry => ({ id, title, updatedAt, nodeCount: 0 });
const design = (title: string, nodes = 0) => JSON.stringify({ format: 'funnel-lab', version: 1, meta: { title }, nodes: Array(nodes).fill({}), edges: [] });

describe('library index', () => {
  it('round-trips, newest first', () => {
    const s = new MemoryStorage();
    s.setItem(KEYS.design('a'), design('A'));
    s.setItem(KEYS.design('b'), design('B'));
    writeIndex(s, [entry('a', 1), entry('b', 2)]);
    expect(readIndex(s)).toEqual({ entries: [entry('b', 2), entry('a', 1)], repaired: false });
  });

  it('rebuilds a damaged or missing index from the design keys', () => {
    const s = new MemoryStorage();
    s.setItem(KEYS.design('a'), design('Alpha', 3));
    s.setItem(KEYS.backup('a'), design('Alpha old'));
    s.setItem(KEYS.design('b'), 'not json');
    s.setItem(KEYS.index, '{"version":1,"designs":[{"id":');
    const { entries, repaired } = readIndex(s);
    expect(repaired).toBe(true);
    expect(entries.map((e) => [e.id, e.title, e.nodeCount]).sort()).toEqual([
      ['a', 'Alpha', 3],
      ['b', '', 0],
    ]);
    s.removeItem(KEYS.index);
    expect(readIndex(s).entries).toHaveLength(2);
  });

  it('drops entries whose design is gone, duplicates and malformed entries', () => {
    const s = new MemoryStorage();
    s.setItem(KEYS.design('a'), design('A'));
    s.setItem(KEYS.index, JSON.stringify({ version: 1, designs: [entry('a', 5), entry('a', 4), entry('gone', 9), { id: 'x:y', title: 1 }] }));
    const { entries, repaired } = readIndex(s);
    expect(entries).toEqual([entry('a', 5)]);
    expect(repaired).toBe(true);
  });

  it('edits entries as pure functions', () => {
    const list = [entry('a', 1), entry('b', 2)];
    expect(upsertEntry(list, entry('a', 3)).map((e) => e.id)).toEqual(['a', 'b']);
    expect(removeEntry(list, 'a')).toEqual([entry('b', 2)]);
    expect(sortEntries([entry('b', 1, 'B'), entry('a', 1, 'A')]).map((e) => e.id)).toEqual(['a', 'b']);
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('summarizes stored text leniently', () => {
    expect(summarize(design('T', 2))).toEqual({ title: 'T', nodeCount: 2 });
    expect(summarize('{')).toEqual({ title: '', nodeCount: 0 });
    expect(summarize('null')).toEqual({ title: '', nodeCount: 0 });
    expect(summarize(null)).toBeNull();
  });

  it('makes unique titles and colon-free ids', () => {
    expect(uniqueTitle('Plan', [])).toBe('Plan');
    expect(uniqueTitle('Plan', ['Plan'])).toBe('Plan (2)');
    expect(uniqueTitle('Plan', ['Plan', 'Plan (2)'])).toBe('Plan (3)');
    expect(uniqueTitle('Plan (2)', ['Plan (2)'])).toBe('Plan (3)');
    const ids = new Set(Array.from({ length: 100 }, newDesignId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).not.toContain(':');
  });
});
