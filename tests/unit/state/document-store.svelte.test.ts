import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COALESCE_MS, DocumentStore, HISTORY_LIMIT } from '$lib/state/document-store.svelte';
import { emptyDocument } from '$lib/model/empty';
import type { FunnelDocument, Node } from '$lib/model/schema';

const note = (id: string, x = 0): Node => ({ id, kind: 'note', label: id, position: { x, y: 0 }, text: '' });

/** A store with a controllable clock. */
function setup(doc: FunnelDocument = emptyDocument('Start')) {
  let time = 0;
  const store = new DocumentStore(doc, () => time);
  return { store, tick: (ms: number) => (time += ms) };
}

describe('DocumentStore edits', () => {
  it('replaces the document on every edit and keeps it deeply frozen', () => {
    const { store } = setup();
    const before = store.doc;
    expect(Object.isFrozen(before)).toBe(true);
    expect(Object.isFrozen(before.meta)).toBe(true);
    store.apply((d) => void d.nodes.push(note('a')));
    expect(store.doc).not.toBe(before);
    expect(before.nodes).toHaveLength(0);
    expect(Object.isFrozen(store.doc.nodes[0])).toBe(true);
    expect(() => {
      (store.doc.meta as { title: string }).title = 'mutated';
    }).toThrow();
    expect(store.revision).toBe(1);
  });

  it('records nothing for an edit that changes nothing', () => {
    const { store } = setup();
    store.apply((d) => {
      d.meta.title = 'Start';
    });
    store.apply(() => {});
    expect(store.canUndo).toBe(false);
    expect(store.revision).toBe(0);
  });

  it('undoes and redoes by patches, restoring equal documents', () => {
    const { store, tick } = setup();
    const s0 = store.doc;
    store.apply((d) => void d.nodes.push(note('a')));
    const s1 = store.doc;
    tick(5000);
    store.apply((d) => {
      d.nodes[0].position = { x: 50, y: 60 };
    });
    const s2 = store.doc;
    expect(store.undoDepth).toBe(2);
    store.undo();
    expect(store.doc).toEqual(s1);
    store.undo();
    expect(store.doc).toEqual(s0);
    expect(store.canUndo).toBe(false);
    expect(store.canRedo).toBe(true);
    store.redo();
    store.redo();
    expect(store.doc).toEqual(s2);
    expect(store.canRedo).toBe(false);
    // undo/redo on empty stacks are harmless
    store.redo();
    expect(store.doc).toEqual(s2);
  });

  it('a new edit after undo clears the redo stack', () => {
    const { store } = setup();
    store.apply((d) => void d.nodes.push(note('a')));
    store.undo();
    store.apply((d) => void d.nodes.push(note('b')));
    expect(store.canRedo).toBe(false);
    expect(store.doc.nodes.map((n) => n.id)).toEqual(['b']);
  });
});

describe('DocumentStore coalescing', () => {
  it('merges a typing burst into one step and splits it after a pause', () => {
    const { store, tick } = setup();
    for (const title of ['F', 'Fu', 'Fun', 'Funn', 'Funnel']) {
      tick(200);
      store.apply((d) => void (d.meta.title = title), { coalesce: 'meta.title', label: 'shell.history.title' });
    }
    expect(store.undoDepth).toBe(1);
    expect(store.undoLabel).toBe('shell.history.title');
    tick(COALESCE_MS + 1);
    store.apply((d) => void (d.meta.title = 'Funnel 2'), { coalesce: 'meta.title' });
    expect(store.undoDepth).toBe(2);
    store.undo();
    expect(store.doc.meta.title).toBe('Funnel');
    store.undo();
    expect(store.doc.meta.title).toBe('Start');
    store.redo();
    expect(store.doc.meta.title).toBe('Funnel');
  });

  it('does not merge edits with different keys or without a key', () => {
    const { store } = setup();
    store.apply((d) => void (d.meta.title = 'A'), { coalesce: 'meta.title' });
    store.apply((d) => void (d.meta.description = 'B'), { coalesce: 'meta.description' });
    store.apply((d) => void (d.meta.author = 'C'));
    store.apply((d) => void (d.meta.author = 'D'));
    expect(store.undoDepth).toBe(4);
  });

  it('does not merge into a step that was undone and redone, nor after seal()', () => {
    const { store } = setup();
    store.apply((d) => void (d.meta.title = 'A'), { coalesce: 'meta.title' });
    store.undo();
    store.redo();
    store.apply((d) => void (d.meta.title = 'AB'), { coalesce: 'meta.title' });
    expect(store.undoDepth).toBe(2);
    store.seal();
    store.apply((d) => void (d.meta.title = 'ABC'), { coalesce: 'meta.title' });
    expect(store.undoDepth).toBe(3);
  });

  it('makes a whole gesture one step however long it takes, and separate gestures separate steps', () => {
    const { store, tick } = setup();
    store.apply((d) => void d.nodes.push(note('a'), note('b', 100)));
    store.beginGesture('drag');
    expect(store.inGesture).toBe(true);
    for (let i = 1; i <= 50; i++) {
      tick(1500);
      store.apply((d) => {
        d.nodes[0].position = { x: i, y: i };
        d.nodes[1].position = { x: 100 + i, y: i };
      });
    }
    store.endGesture();
    store.beginGesture('drag');
    store.apply((d) => void (d.nodes[0].position = { x: -1, y: -1 }));
    store.endGesture();
    expect(store.undoDepth).toBe(3);
    store.undo();
    expect(store.doc.nodes[0].position).toEqual({ x: 50, y: 50 });
    store.undo();
    expect(store.doc.nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
    store.redo();
    expect(store.doc.nodes[1].position).toEqual({ x: 150, y: 50 });
  });
});

describe('DocumentStore history limits, replace and reset', () => {
  it(`keeps at least 200 steps and at most ${HISTORY_LIMIT}`, () => {
    const { store } = setup();
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) store.apply((d) => void (d.settings.seed = i));
    expect(store.undoDepth).toBe(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    for (let i = 0; i < HISTORY_LIMIT; i++) store.undo();
    // The oldest 20 steps were dropped: undo stops at seed 20.
    expect(store.doc.settings.seed).toBe(20);
    expect(store.canUndo).toBe(false);
    for (let i = 0; i < HISTORY_LIMIT; i++) store.redo();
    expect(store.doc.settings.seed).toBe(HISTORY_LIMIT + 20);
  });

  it('replace is one undoable step, never merged into a gesture or burst', () => {
    const { store } = setup();
    store.apply((d) => void d.nodes.push(note('a')));
    const before = store.doc;
    const other = emptyDocument('Other');
    store.beginGesture('drag');
    store.replace(other);
    store.endGesture();
    expect(store.doc).toEqual(other);
    expect(store.undoDepth).toBe(2);
    expect(store.undoLabel).toBe('shell.history.replace');
    store.undo();
    expect(store.doc).toEqual(before);
    store.redo();
    expect(store.doc).toEqual(other);
    expect(Object.isFrozen(store.doc.meta)).toBe(true);
    const depth = store.undoDepth;
    store.replace(store.doc);
    expect(store.undoDepth).toBe(depth);
  });

  it('reset starts a fresh history with a frozen document', () => {
    const { store } = setup();
    store.apply((d) => void d.nodes.push(note('a')));
    store.undo();
    const rev = store.revision;
    const doc = emptyDocument('Opened');
    store.reset(doc);
    expect(store.canUndo).toBe(false);
    expect(store.canRedo).toBe(false);
    expect(store.doc.meta.title).toBe('Opened');
    expect(Object.isFrozen(store.doc.settings)).toBe(true);
    expect(store.revision).toBe(rev + 1);
  });

  it('tells listeners about every change, and a failing listener does not stop others', () => {
    const { store } = setup();
    const kinds: string[] = [];
    const spy = console.error;
    console.error = () => {};
    store.onChange(() => {
      throw new Error('boom');
    });
    const off = store.onChange((_doc, kind) => kinds.push(kind));
    store.apply((d) => void (d.meta.title = 'x'));
    store.apply(() => {});
    store.undo();
    store.redo();
    store.reset(emptyDocument());
    off();
    store.apply((d) => void (d.meta.title = 'y'));
    console.error = spy;
    expect(kinds).toEqual(['edit', 'undo', 'redo', 'reset']);
  });
});

describe('DocumentStore against a reference model (random edit/undo/redo sequences)', () => {
  type Cmd =
    | { type: 'title'; value: string; coalesce: boolean; wait: number }
    | { type: 'add'; x: number }
    | { type: 'move'; x: number }
    | { type: 'remove' }
    | { type: 'undo' }
    | { type: 'redo' }
    | { type: 'gesture'; moves: number[] };

  const cmd: fc.Arbitrary<Cmd> = fc.oneof(
    fc.record({ type: fc.constant('title' as const), value: fc.string({ minLength: 1, maxLength: 4 }), coalesce: fc.boolean(), wait: fc.constantFrom(10, 2000) }),
    fc.record({ type: fc.constant('add' as const), x: fc.integer({ min: -500, max: 500 }) }),
    fc.record({ type: fc.constant('move' as const), x: fc.integer({ min: -500, max: 500 }) }),
    fc.constant({ type: 'remove' as const }),
    fc.constant({ type: 'undo' as const }),
    fc.constant({ type: 'redo' as const }),
    fc.record({ type: fc.constant('gesture' as const), moves: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }) }),
  );

  it('matches a stack of snapshots', () => {
    fc.assert(
      fc.property(fc.array(cmd, { maxLength: 60 }), (cmds) => {
        const { store, tick } = setup();
        // Reference: a list of snapshots and a cursor; a merged step replaces the top snapshot.
        let states: FunnelDocument[] = [store.doc];
        let cursor = 0;
        let lastKey: string | undefined;
        let lastAt = -Infinity;
        let time = 0;
        let nextId = 0;
        const record = (doc: FunnelDocument, key: string | undefined, merge: boolean) => {
          if (merge) states[cursor] = doc;
          else {
            states = [...states.slice(0, cursor + 1), doc];
            cursor++;
          }
          lastKey = key;
          lastAt = time;
        };
        for (const c of cmds) {
          const before = store.doc;
          if (c.type === 'undo') {
            store.undo();
            if (cursor > 0) cursor--;
            lastKey = undefined;
          } else if (c.type === 'redo') {
            store.redo();
            if (cursor < states.length - 1) cursor++;
            lastKey = undefined;
          } else if (c.type === 'title') {
            tick(c.wait);
            time += c.wait;
            const key = c.coalesce ? 'title' : undefined;
            store.apply((d) => void (d.meta.title = c.value), { coalesce: key });
            if (store.doc !== before) record(store.doc, key, key !== undefined && lastKey === key && time - lastAt < COALESCE_MS);
          } else if (c.type === 'add') {
            store.apply((d) => void d.nodes.push(note(`n${nextId++}`, c.x)));
            record(store.doc, undefined, false);
          } else if (c.type === 'move' || c.type === 'remove') {
            store.apply((d) => {
              if (d.nodes.length === 0) return;
              if (c.type === 'move') d.nodes[0].position = { x: c.x, y: 1 };
              else d.nodes.pop();
            });
            if (store.doc !== before) record(store.doc, undefined, false);
          } else {
            store.beginGesture('drag');
            let first = true;
            for (const m of c.moves) {
              tick(1500);
              time += 1500;
              const prev = store.doc;
              store.apply((d) => {
                if (d.nodes.length) d.nodes[d.nodes.length - 1].position = { x: m, y: m };
              });
              if (store.doc !== prev) {
                record(store.doc, 'gesture', !first);
                first = false;
              }
            }
            store.endGesture();
            lastKey = undefined;
          }
          expect(store.doc).toEqual(states[cursor]);
          expect(store.undoDepth).toBe(cursor);
          expect(store.redoDepth).toBe(states.length - 1 - cursor);
        }
      }),
      { numRuns: 300, seed: 20240611 },
    );
  });
});
