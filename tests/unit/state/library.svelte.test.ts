import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentStore } from '$lib/state/document-store.svelte';
import { Library, AUTOSAVE_MS } from '$lib/state/library.svelte';
import { NoticeState } from '$lib/state/notices.svelte';
import { KEYS } from '$lib/state/persistence';
import { emptyDocument } from '$lib/model/empty';
import { parseDocument, serializeDocument } from '$lib/model/io';
import { createTranslator } from '$lib/i18n';
import type { FunnelDocument, Node } from '$lib/model/schema';
import { MemoryStorage } from './memory-storage';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const note = (id: string): Node => ({ id, kind: 'note', label: id, position: { x: 0, y: 0 }, text: 'hello' });

/** One app session over `storage`: a store and its library, as AppState wires them. */
function session(storage: Storage | undefined, locale: 'en' | 'de' = 'en') {
  const store = new DocumentStore(emptyDocument('placeholder'));
  const notices = new NoticeState();
  const t = createTranslator(locale);
  const library = new Library(store, { storage, notices, t: () => t, now: () => Date.now() });
  return { store, notices, library };
}
const stored = (s: Storage, id: string): FunnelDocument => {
  const r = parseDocument(s.getItem(KEYS.design(id))!);
  if (!r.ok) throw new Error('stored design does not parse');
  return r.doc;
};
const titled = (title: string, nodes: Node[] = []): FunnelDocument => ({ ...emptyDocument(title), nodes });

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('start-up', () => {
  it('creates and saves an untitled design on first visit, in the user’s language', () => {
    const storage = new MemoryStorage();
    const { library, store } = session(storage, 'de');
    expect(library.start()).toBe('created');
    expect(store.doc.meta.title).toBe('Unbenannter Funnel');
    expect(storage.getItem(KEYS.current)).toBe(library.currentId);
    expect(stored(storage, library.currentId!).meta.title).toBe('Unbenannter Funnel');
    expect(library.designs).toHaveLength(1);
    expect(library.saveStatus).toBe('saved');
  });

  it('restores the design that was open, with an empty history', () => {
    const storage = new MemoryStorage();
    const a = session(storage);
    a.library.start();
    a.store.apply((d) => void d.nodes.push(note('n1')));
    a.store.apply((d) => void (d.meta.title = 'Kept'));
    vi.advanceTimersByTime(AUTOSAVE_MS);
    const b = session(storage);
    expect(b.library.start()).toBe('opened');
    expect(b.store.doc).toEqual(a.store.doc);
    expect(b.library.currentId).toBe(a.library.currentId);
    expect(b.store.canUndo).toBe(false);
  });

  it('works without storage (private mode): one notice, editing goes on', () => {
    const { library, store, notices } = session(undefined);
    expect(library.start()).toBe('created');
    store.apply((d) => void d.nodes.push(note('n1')));
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(library.saveStatus).toBe('failed');
    expect(notices.items.map((n) => n.message)).toEqual(['shell.notice.storageUnavailable']);
    expect(library.designs).toHaveLength(1);
  });
});

describe('autosave', () => {
  it('saves ~500 ms after the last change, keeping the previous save as backup', () => {
    const storage = new MemoryStorage();
    const { library, store } = session(storage);
    library.start();
    const id = library.currentId!;
    const first = storage.getItem(KEYS.design(id));
    store.apply((d) => void d.nodes.push(note('n1')));
    expect(library.saveStatus).toBe('pending');
    vi.advanceTimersByTime(AUTOSAVE_MS - 1);
    expect(storage.getItem(KEYS.design(id))).toBe(first);
    vi.advanceTimersByTime(1);
    expect(stored(storage, id).nodes).toHaveLength(1);
    expect(storage.getItem(KEYS.backup(id))).toBe(first);
    expect(library.saveStatus).toBe('saved');
    expect(library.designs[0]).toMatchObject({ id, nodeCount: 1 });
    store.undo();
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(stored(storage, id).nodes).toHaveLength(0);
    expect(JSON.parse(storage.getItem(KEYS.backup(id))!).nodes).toHaveLength(1);
  });

  it('coalesces a burst of edits into one write, and saves at once on pagehide / hidden', () => {
    const storage = new MemoryStorage();
    const { library, store } = session(storage);
    library.start();
    const win = new EventTarget() as unknown as Window & { document: Document };
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    (win as unknown as { document: unknown }).document = doc;
    library.attachToWindow(win);
    const before = storage.writes;
    for (let i = 0; i < 5; i++) {
      store.apply((d) => void (d.meta.title = `T${i}`), { coalesce: 'title' });
      vi.advanceTimersByTime(100);
    }
    expect(storage.writes).toBe(before);
    win.dispatchEvent(new Event('pagehide'));
    expect(stored(storage, library.currentId!).meta.title).toBe('T4');
    const afterFlush = storage.writes;
    store.apply((d) => void (d.meta.title = 'Hidden'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(stored(storage, library.currentId!).meta.title).toBe('Hidden');
    expect(storage.writes).toBeGreaterThan(afterFlush);
    vi.advanceTimersByTime(10 * AUTOSAVE_MS);
    // Leaving is only questioned when the latest changes could not be saved.
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      win.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);
    storage.quota = 10;
    store.apply((d) => void (d.meta.description = 'too much for the storage'));
    expect(leave()).toBe(true);
    library.dispose();
  });

  it('reports a full storage as a notice, keeps the last good save, and recovers', () => {
    const storage = new MemoryStorage();
    const { library, store, notices } = session(storage);
    library.start();
    const id = library.currentId!;
    storage.quota = storage.used() + 50;
    store.apply((d) => void (d.meta.description = 'x'.repeat(5000)));
    expect(() => vi.advanceTimersByTime(AUTOSAVE_MS)).not.toThrow();
    expect(library.saveStatus).toBe('failed');
    expect(notices.items.map((n) => [n.message, n.tone])).toEqual([['shell.notice.quota', 'error']]);
    expect(stored(storage, id).meta.description).toBe('');
    storage.quota = Infinity;
    store.apply((d) => void (d.meta.description = 'short'));
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(library.saveStatus).toBe('saved');
    expect(notices.items).toEqual([]);
    expect(stored(storage, id).meta.description).toBe('short');
  });
});

describe('damaged saved data', () => {
  function damaged(backup: string | null) {
    const storage = new MemoryStorage();
    const a = session(storage);
    a.library.start();
    const id = a.library.currentId!;
    if (backup === null) storage.removeItem(KEYS.backup(id));
    else storage.setItem(KEYS.backup(id), backup);
    storage.setItem(KEYS.design(id), '{"format":"funnel-lab","version":1,"nodes":[{"id":"a", TRUNCATED');
    const b = session(storage);
    return { storage, id, ...b, result: b.library.start() };
  }

  it('asks the user instead of opening, and never touches the data before the choice', () => {
    const { storage, id, library, store, result } = damaged(null);
    expect(result).toBe('recovery');
    expect(library.recovery).toMatchObject({ id, backup: null, previousId: null });
    expect(library.recovery!.problems[0].code).toMatch(/^import\.notJson/);
    const before = storage.snapshot();
    store.apply((d) => void d.nodes.push(note('n1')));
    vi.advanceTimersByTime(10 * AUTOSAVE_MS);
    library.flush();
    expect(storage.snapshot()).toEqual(before);
    expect(library.damagedFile()).toEqual({ fileName: 'Untitled funnel damaged.json', text: before[KEYS.design(id)] });
    expect(library.damagedFile()?.fileName).toMatch(/\.json$/);
  });

  it('restores the backup when it is sound', () => {
    const good = serializeDocument(titled('Good old', [note('n1')]));
    const { storage, id, library, store } = damaged(good);
    expect(library.recovery?.backup?.meta.title).toBe('Good old');
    expect(library.restoreBackup()).toBe(true);
    expect(library.recovery).toBeNull();
    expect(store.doc.meta.title).toBe('Good old');
    expect(library.currentId).toBe(id);
    expect(storage.getItem(KEYS.design(id))).toBe(good);
    expect(storage.getItem(KEYS.backup(id))).toBe(good);
  });

  it('starting anew keeps the damaged data in the library', () => {
    const { storage, id, library } = damaged('also {{ broken');
    expect(library.recovery?.backup).toBeNull();
    expect(library.restoreBackup()).toBe(false);
    const raw = storage.getItem(KEYS.design(id));
    library.startNewAfterDamage();
    expect(library.recovery).toBeNull();
    expect(library.currentId).not.toBe(id);
    expect(storage.getItem(KEYS.design(id))).toBe(raw);
    expect(library.designs.map((d) => d.id)).toContain(id);
    // Opening it again asks again, and "go back" returns to the design that was open.
    const current = library.currentId;
    expect(library.open(id)).toBe(false);
    expect(library.recovery?.previousId).toBe(current);
    expect(library.cancelRecovery()).toBe(true);
    expect(library.currentId).toBe(current);
  });
});

describe('another tab', () => {
  it('follows the list quietly and offers to load the open design when it was saved elsewhere', () => {
    const storage = new MemoryStorage();
    const a = session(storage);
    a.library.start();
    a.store.apply((d) => void d.nodes.push(note('n1')));
    a.library.flush();
    const win = Object.assign(new EventTarget(), { document: Object.assign(new EventTarget(), { visibilityState: 'visible' }) });
    a.library.attachToWindow(win as unknown as Window);
    const storageEvent = (key: string, newValue: string | null) => win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));

    // The other tab creates a design: the list here follows.
    const b = session(storage);
    b.library.start();
    const other = b.library.create(titled('From tab B'));
    storageEvent(KEYS.index, storage.getItem(KEYS.index));
    expect(a.library.designs.map((d) => d.id)).toContain(other);
    expect(a.notices.items).toEqual([]);

    // The other tab edits the design open here.
    b.library.open(a.library.currentId!);
    b.store.apply((d) => void (d.meta.title = 'Edited in B'));
    b.library.flush();
    storageEvent(KEYS.design(a.library.currentId!), storage.getItem(KEYS.design(a.library.currentId!)));
    const notice = a.notices.items.find((n) => n.message === 'shell.notice.changedElsewhere')!;
    expect(notice).toBeDefined();
    a.notices.act(notice.id);
    expect(a.store.doc.meta.title).toBe('Edited in B');
    // Our own saves do not raise the notice.
    a.store.apply((d) => void (d.meta.title = 'Back in A'));
    a.library.flush();
    storageEvent(KEYS.design(a.library.currentId!), storage.getItem(KEYS.design(a.library.currentId!)));
    expect(a.notices.items).toEqual([]);
  });
});

describe('library operations', () => {
  it('creates, opens, duplicates, renames and deletes with undo', () => {
    const storage = new MemoryStorage();
    const { library, store, notices } = session(storage);
    library.start();
    const a = library.create(titled('Alpha', [note('n1')]));
    vi.advanceTimersByTime(10);
    const b = library.create(titled('Beta'));
    expect(library.currentId).toBe(b);
    // The untouched untitled design from start-up was dropped when we left it.
    expect(library.designs.map((d) => d.title).sort()).toEqual(['Alpha', 'Beta']);

    expect(library.open(a)).toBe(true);
    expect(store.doc.meta.title).toBe('Alpha');
    const copy = library.duplicate(a)!;
    expect(stored(storage, copy).meta.title).toBe('Copy of Alpha');
    expect(stored(storage, copy).nodes).toEqual(store.doc.nodes);
    expect(library.duplicate(a)).not.toBeNull();
    expect(library.designs.map((d) => d.title)).toContain('Copy of Alpha (2)');

    expect(library.rename(b, '  Gamma ')).toBe(true);
    expect(stored(storage, b).meta.title).toBe('Gamma');
    expect(library.rename(b, '   ')).toBe(false);
    // Renaming the open design is an undoable edit.
    expect(library.rename(a, 'Alpha 2')).toBe(true);
    expect(store.doc.meta.title).toBe('Alpha 2');
    expect(stored(storage, a).meta.title).toBe('Alpha 2');
    store.undo();
    expect(store.doc.meta.title).toBe('Alpha');

    library.remove(a);
    expect(storage.getItem(KEYS.design(a))).toBeNull();
    expect(library.designs.some((d) => d.id === a)).toBe(false);
    expect(library.currentId).not.toBe(a);
    const undo = notices.items.find((n) => n.message === 'shell.library.deleted')!;
    expect(undo.params).toEqual({ title: 'Alpha' });
    notices.act(undo.id);
    expect(library.currentId).toBe(a);
    expect(store.doc.meta.title).toBe('Alpha');
    expect(library.designs.some((d) => d.id === a)).toBe(true);
  });

  it('deleting the last design leaves a fresh one open', () => {
    const storage = new MemoryStorage();
    const { library } = session(storage);
    library.start();
    const only = library.currentId!;
    library.remove(only);
    expect(library.designs).toHaveLength(1);
    expect(library.currentId).not.toBe(only);
  });

  it('keeps the current design across sessions through the `current` key', () => {
    const storage = new MemoryStorage();
    const a = session(storage);
    a.library.start();
    const x = a.library.create(titled('X', [note('n')]));
    a.library.create(titled('Y', [note('m')]));
    a.library.open(x);
    const b = session(storage);
    b.library.start();
    expect(b.store.doc.meta.title).toBe('X');
  });
});

describe('import and export', () => {
  it('a refused file changes nothing and reports its problems', () => {
    const storage = new MemoryStorage();
    const { library, store } = session(storage);
    library.start();
    store.apply((d) => void d.nodes.push(note('n1')));
    const doc = store.doc;
    const before = library.designs.length;
    expect(library.importText('{"format":"funnel-lab","version":1,"nodes":[{"id":"a","kind":"stage"}],"edges":[]}', 'bad.funnel.json')).toBe(false);
    expect(store.doc).toBe(doc);
    expect(store.canUndo).toBe(true);
    expect(library.designs).toHaveLength(before);
    expect(library.importReport).toMatchObject({ fileName: 'bad.funnel.json', ok: false });
    expect(library.importReport!.problems.length).toBeGreaterThan(0);
    library.dismissImportReport();
    expect(library.importReport).toBeNull();
  });

  it('a good file opens as a new design and the previous one stays saved', () => {
    const storage = new MemoryStorage();
    const { library, store, notices } = session(storage);
    library.start();
    const first = library.currentId!;
    store.apply((d) => void d.nodes.push(note('n1')));
    const text = serializeDocument(titled('Imported', [note('x'), note('y')]));
    expect(library.importText(text, 'imported.funnel.json')).toBe(true);
    expect(store.doc.meta.title).toBe('Imported');
    expect(library.currentId).not.toBe(first);
    expect(stored(storage, first).nodes).toHaveLength(1);
    expect(notices.items.at(-1)).toMatchObject({ message: 'shell.import.openedKeep', params: { title: 'Imported' } });
    expect(library.importReport).toBeNull();
    // Export gives the same document back.
    const out = library.exportCurrent();
    expect(out.fileName).toBe('Imported.funnel.json');
    const back = parseDocument(out.text);
    expect(back.ok && back.doc).toEqual(store.doc);
  });

  it('warnings are reported after opening', () => {
    const { library } = session(new MemoryStorage());
    library.start();
    const text = JSON.stringify({ ...JSON.parse(serializeDocument(titled('W'))), extra: 1 });
    expect(library.importText(text, 'w.json')).toBe(true);
    expect(library.importReport).toMatchObject({ ok: true, fileName: 'w.json' });
    expect(library.importReport!.problems[0].severity).toBe('warning');
  });
});
