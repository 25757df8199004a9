/** Property tests of import/export (fast-check, fixed seeds so failures reproduce). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument, serializeDocument } from '$lib/model/io';
import { hasProblemMessage } from '$lib/model/problem';
import { validateDocument } from '$lib/model/validate';
import { FunnelDocument } from '$lib/model/schema';
import { arbDocument } from './arbitraries';

/** Generous: the machine is shared; these are correctness checks, not speed checks. */
const SLOW = 180_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

type Slot = [Json[] | Record<string, Json>, string | number];

/** Every place holding a value inside `root` as [container, key] (iteratively; deep nesting is part of the test). */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push([v, i]);
        stack.push(x);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.push([v, k]);
        stack.push(x);
      }
    }
  }
  return out;
}

const WEIRD: Json[] = [null, true, 'NaN', 'Infinity', '-1', '', 'x'.repeat(300), 1e308, -1e308, 5e-324, -1, 0.5, 1.5, 2 ** 53, [], {}, [[[[[]]]]], { __proto__: 1 } as unknown as Json];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'scale'; at: number; factor: number }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'poison'; at: number };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...WEIRD), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('scale' as const), at: fc.nat(), factor: fc.constantFrom(-1, 0, 10, 1e6, 1e300, 0.5) }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ kind: fc.constant('poison' as const), at: fc.nat() }),
);

function mutate(root: Json, m: Mutation): Json {
  const all = slots(root);
  if (!all.length) return root;
  const [parent, key] = all[m.at % all.length];
  const get = ([c, k]: Slot) => (c as Record<string, Json>)[k as string];
  const put = ([c, k]: Slot, v: Json) => ((c as Record<string, Json>)[k as string] = v);
  const cur = get([parent, key]);
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'replace':
      put([parent, key], m.value);
      break;
    case 'swap': {
      const other = all[m.other % all.length];
      put([parent, key], get(other));
      put(other, cur);
      break;
    }
    case 'scale':
      if (typeof cur === 'number') put([parent, key], cur * m.factor);
      break;
    case 'nest': {
      let v: Json = cur;
      for (let i = 0; i < m.depth; i++) v = [v];
      put([parent, key], v);
      break;
    }
    case 'poison':
      if (cur && typeof cur === 'object' && !Array.isArray(cur)) {
        Object.defineProperty(cur, '__proto__', { value: { polluted: 1 }, enumerable: true, configurable: true, writable: true });
      }
      break;
  }
  return root;
}

/** The contract: never throw; ok with a valid document, or a non-empty list of real messages. */
function checkOutcome(text: string) {
  let result: ReturnType<typeof parseDocument> | undefined;
  expect(() => (result = parseDocument(text))).not.toThrow();
  const r = result!;
  if (r.ok) {
    expect(FunnelDocument.safeParse(r.doc).success).toBe(true);
    expect(() => validateDocument(r.doc)).not.toThrow();
    for (const w of r.warnings) expect(w.message.trim()).not.toBe('');
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(typeof p.message).toBe('string');
      expect(p.message.trim()).not.toBe('');
      expect(p.message).not.toMatch(/\{\w+\}/); // every placeholder filled
      expect(hasProblemMessage(p.code), p.code).toBe(true);
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('export → import', () => {
  it('returns an equal document for generated valid documents', () => {
    fc.assert(
      fc.property(arbDocument(), (doc) => {
        const text = serializeDocument(doc);
        expect(parseDocument(text)).toEqual({ ok: true, doc, warnings: [] });
        // Stable: exporting the imported document gives the same bytes.
        const again = parseDocument(text);
        expect(again.ok && serializeDocument(again.doc)).toBe(text);
      }),
      { numRuns: 200, seed: 20240601 },
    );
  }, SLOW);
});

describe('hostile input (2,000 cases) never throws and always explains itself', () => {
  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => checkOutcome(JSON.stringify(v) ?? 'null')),
      { numRuns: 400, seed: 1 },
    );
  }, SLOW);

  it('random text, including near-JSON', () => {
    const nearJson = fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 3 })).map(([j, at, junk]) => j.slice(0, at % (j.length + 1)) + junk);
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), nearJson), checkOutcome), { numRuns: 300, seed: 2 });
  }, SLOW);

  it('wrapped random values: a Funnel Lab header with random nodes, edges and settings', () => {
    const arb = fc.record({
      format: fc.constant('funnel-lab'),
      version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
      nodes: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
      edges: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
      settings: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(fc.property(arb, (v) => checkOutcome(JSON.stringify(v))), { numRuns: 300, seed: 3 });
  }, SLOW);

  it('mutated valid files: deleted keys, wrong types, swapped and huge numbers, NaN strings, deep nesting, poison keys', () => {
    fc.assert(
      fc.property(arbDocument({ maxNodes: 6, maxEdges: 8 }), fc.array(arbMutation, { minLength: 1, maxLength: 5 }), (doc, mutations) => {
        let root = JSON.parse(serializeDocument(doc)) as Json;
        for (const m of mutations) root = mutate(root, m);
        checkOutcome(JSON.stringify(root));
      }),
      { numRuns: 800, seed: 4 },
    );
  }, SLOW);

  it('truncated valid files', () => {
    fc.assert(
      fc.property(arbDocument({ maxNodes: 4, maxEdges: 4 }), fc.nat(), (doc, at) => {
        const text = serializeDocument(doc);
        checkOutcome(text.slice(0, at % text.length));
      }),
      { numRuns: 200, seed: 5 },
    );
  }, SLOW);
});
