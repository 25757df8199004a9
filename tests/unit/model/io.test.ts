import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_FILE_BYTES, locateJsonError, migrate, parseDocument, registryGaps, MIGRATIONS, serializeDocument, type MigrationRegistry } from '$lib/model/io';
import { CURRENT_VERSION, MAX_NODES } from '$lib/model/schema';
import { doc, edge, fixed, linear, source, stage, uniform, won } from './helpers';

function refused(text: string) {
  const r = parseDocument(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems;
}
const messages = (text: string) => refused(text).map((p) => p.message);
const file = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'funnel-lab', version: 1, nodes: [], edges: [], ...extra });

describe('parseDocument refusals, in order', () => {
  it('refuses files over 5 MB, naming the size', () => {
    const big = `{"format":"funnel-lab","version":1,"nodes":[],"edges":[],"meta":{"description":"${'x'.repeat(MAX_FILE_BYTES)}"}}`;
    const [p] = refused(big);
    expect(p.code).toBe('import.tooLarge');
    expect(p.message).toBe('The file is too large (5 MB): Funnel Lab opens files up to 5 MB');
  });

  it('counts UTF-8 bytes, not characters', () => {
    const multi = 'é'.repeat(Math.ceil(MAX_FILE_BYTES / 2) + 10); // 2 bytes each: over the limit, under it in characters
    expect(refused(file({ meta: { description: multi } }))[0].code).toBe('import.tooLarge');
  });

  it('refuses non-JSON with line and column', () => {
    expect(messages('{\n  "format": "funnel-lab",\n  "version": 1,,\n}')).toEqual(["This file is not valid JSON: unexpected ',' at line 3, column 16"]);
    expect(messages('{"format": "funnel-lab"')).toEqual(['This file is not valid JSON: it ends too early (line 1, column 24)']);
    expect(messages('')).toEqual(['The file is empty']);
  });

  it.each([
    ['{"nodes":[],"edges":[]}'],
    ['{"format":"excalidraw","version":1}'],
    ['[1,2,3]'],
    ['"funnel-lab"'],
    ['null'],
  ])('refuses files that are not Funnel Lab files: %s', (text) => {
    expect(messages(text)).toEqual(['This is not a Funnel Lab file (it lacks "format": "funnel-lab")']);
  });

  it('refuses newer versions with a named error asking to update', () => {
    const [p] = refused(file({ version: CURRENT_VERSION + 1 }));
    expect(p).toMatchObject({ code: 'import.newerVersion', params: { version: CURRENT_VERSION + 1, supported: CURRENT_VERSION }, path: ['version'] });
    expect(p.message).toMatch(/newer version of Funnel Lab.*update the app/);
  });

  it.each([
    [{ version: undefined }, 'import.noVersion'],
    [{ version: '1' }, 'import.badVersion'],
    [{ version: 0 }, 'import.badVersion'],
    [{ version: 1.5 }, 'import.badVersion'],
  ])('refuses a missing or invalid version %j', (extra, code) => {
    expect(refused(file(extra))[0].code).toBe(code);
  });

  it('refuses more than 5,000 nodes before validating them', () => {
    const nodes = Array.from({ length: MAX_NODES + 1 }, () => ({}));
    const problems = refused(file({ nodes }));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe('The file has 5,001 nodes: Funnel Lab opens designs with up to 5,000 nodes');
  });

  it('names the place of schema errors by label', () => {
    const d = JSON.parse(serializeDocument(linear()));
    d.nodes[1].delay = { type: 'uniform', low: 5, high: 1 };
    d.edges[1].rate = { type: 'uniform', low: 0.1, high: 1.4 };
    d.nodes[0].volume = { type: 'fixed' };
    d.settings.periods = 900;
    expect(messages(JSON.stringify(d))).toEqual([
      'settings.periods (900) must be at most 520',
      'nodes[0] "Paid search": volume.value is missing',
      'nodes[1] "Landing page": delay.low (5) must not exceed delay.high (1)',
      'edges[1] "Landing page → Customer": rate.high (1.4) must be ≤ 1 (100 %)',
    ]);
  });

  it('reports structural errors: duplicate ids, missing endpoints, unknown kinds', () => {
    const d = JSON.parse(serializeDocument(linear()));
    d.nodes.push({ ...d.nodes[1] });
    d.edges[0].target = 'nowhere';
    const problems = refused(JSON.stringify(d));
    expect(problems.map((p) => p.message)).toEqual([
      'nodes[3] "Landing page": id: the id "lp" is used more than once',
      'edges[0] "Paid search → nowhere": target: there is no node with id "nowhere"',
    ]);
    d.nodes[3] = { id: 'x', kind: 'widget', label: 'W', position: { x: 0, y: 0 } };
    expect(messages(JSON.stringify(d))[0]).toBe('nodes[3] "W": kind ("widget") must be one of "source", "stage", "outcome", "note", "phase-band"');
  });

  it('explains a bare number where a distribution belongs', () => {
    const d = JSON.parse(serializeDocument(linear()));
    d.edges[0].rate = 0.3;
    expect(messages(JSON.stringify(d))).toEqual([
      'edges[0] "Paid search → Landing page": rate must be a distribution, not a bare number: write {"type":"fixed","value":0.3} for a fixed 0.3',
    ]);
  });

  it('caps the list of problems', () => {
    const nodes = Array.from({ length: 80 }, (_, i) => ({ id: `n${i}`, kind: 'stage', label: 1, position: { x: 0, y: 0 } }));
    const problems = refused(file({ nodes }));
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)!.message).toBe('… and 30 more problems');
  });
});

describe('parseDocument success', () => {
  it('fills defaults and reports dropped unknown fields as one warning', () => {
    const text = JSON.stringify({
      format: 'funnel-lab', version: 1, colour: 'red',
      nodes: [{ id: 'a', kind: 'source', label: 'Ads', position: { x: 0, y: 0 }, channel: 'seo', volume: { type: 'fixed', value: 3, unit: 'x' }, flavour: 1 }],
      edges: [],
    });
    const r = parseDocument(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.settings).toEqual({ periodUnit: 'week', periods: 52, runs: 10000, seed: 1 });
    expect(r.doc.nodes[0]).not.toHaveProperty('flavour');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ severity: 'warning', code: 'import.unknownFields', params: { count: 3 } });
    expect(r.warnings[0].message).toBe('Unknown fields ignored: 3 (colour; nodes[0] "Ads": volume.unit; nodes[0] "Ads": flavour)');
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseDocument(`\uFEFF${file()}`).ok).toBe(true);
  });

  it('keeps __proto__, constructor and prototype keys inert at every depth', () => {
    const text = `{"format":"funnel-lab","version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},
      "meta":{"title":"T","__proto__":{"polluted":3}},
      "nodes":[{"id":"a","kind":"stage","label":"A","position":{"x":0,"y":0,"__proto__":{"polluted":4}},"delay":{"type":"fixed","value":1,"__proto__":{"polluted":5}}}],
      "edges":[], "scenarios":[{"id":"s","name":"S","overrides":[],"prototype":{"polluted":6}}]}`;
    const r = parseDocument(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.doc)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.doc.nodes[0])).toBe(Object.prototype);
    expect(JSON.stringify(r.doc)).not.toContain('polluted');
    expect(r.warnings[0]).toMatchObject({ code: 'import.unknownFields', params: { count: 6 } });
  });

  it('never throws on deep nesting', () => {
    const deep = `{"format":"funnel-lab","version":1,"nodes":[],"edges":[],"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(parseDocument(deep).ok).toBe(true);
    expect(parseDocument('['.repeat(1_000_000)).ok).toBe(false);
  });
});

describe('serializeDocument', () => {
  it('writes keys in a fixed order whatever the input order, 2-space indent, trailing newline', () => {
    const a = linear();
    const shuffled = JSON.parse(JSON.stringify(a), function (_k, v) {
      if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).reverse());
      return v;
    });
    const text = serializeDocument(a);
    expect(serializeDocument(shuffled)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'meta', 'settings', 'nodes', 'edges', 'scenarios', 'targets']);
    expect(Object.keys(JSON.parse(text).nodes[1]).slice(0, 5)).toEqual(['id', 'kind', 'label', 'position', 'preset']);
    expect(Object.keys(JSON.parse(text).edges[0])).toEqual(['id', 'source', 'target', 'rate']);
    expect(text).toContain('\n  "meta": {\n    "title"');
  });

  it('round-trips', () => {
    const d = doc([source('a', 'A', { notes: 'n' }), stage('b', 'B', { delay: uniform(1, 3), milestone: 'mql' }), won()], [edge('e', 'a', 'b', { type: 'beta', successes: 3, trials: 40 }), edge('f', 'b', 'won', fixed(0.2), { label: 'yes' })], {
      scenarios: [{ id: 's', name: 'S', overrides: [{ target: 'e', field: 'rate', value: fixed(0.3) }] }],
      targets: [{ metric: 'revenue', atLeast: 100 }],
    });
    const r = parseDocument(serializeDocument(d));
    expect(r).toEqual({ ok: true, doc: d, warnings: [] });
  });
});

describe('migrations', () => {
  it('the shipped registry is contiguous', () => {
    expect(registryGaps(MIGRATIONS)).toEqual([]);
  });

  it('every shipped step has a fixture pair tests/fixtures/migrations/v<N>.funnel.json → v<N+1>.expected.json', () => {
    const dir = new URL('../../fixtures/migrations/', import.meta.url);
    for (const key of Object.keys(MIGRATIONS)) {
      const v = Number(key);
      const input = JSON.parse(readFileSync(new URL(`v${v}.funnel.json`, dir), 'utf8'));
      const expected = JSON.parse(readFileSync(new URL(`v${v + 1}.expected.json`, dir), 'utf8'));
      expect(migrate(input, v, MIGRATIONS, v + 1)).toEqual({ ok: true, doc: expected, applied: [v] });
    }
  });

  it('runs a synthetic chain v1 → v4 step by step', () => {
    const chain: MigrationRegistry = {
      1: (d) => ({ ...d, renamed: d.old, old: undefined }),
      2: (d) => ({ ...d, count: 1 }),
      3: (d) => ({ ...d, count: (d.count as number) + 1 }),
    };
    expect(registryGaps(chain, 1, 4)).toEqual([]);
    const r = migrate({ version: 1, old: 'x' }, 1, chain, 4);
    expect(r).toEqual({ ok: true, doc: { version: 4, renamed: 'x', old: undefined, count: 2 }, applied: [1, 2, 3] });
    expect(migrate({ version: 3, count: 5 }, 3, chain, 4)).toMatchObject({ ok: true, doc: { version: 4, count: 6 }, applied: [3] });
  });

  it('reports gaps and failing steps instead of throwing', () => {
    const gappy: MigrationRegistry = { 1: (d) => d, 3: (d) => d, 7: (d) => d };
    expect(registryGaps(gappy, 1, 4)).toEqual(['missing step 2 → 3', 'unexpected step 7']);
    expect(migrate({}, 1, gappy, 4)).toMatchObject({ ok: false, version: 2, reason: 'missing' });
    const broken: MigrationRegistry = { 1: () => { throw new Error('boom'); } };
    expect(migrate({}, 1, broken, 2)).toMatchObject({ ok: false, version: 1, reason: 'failed', detail: 'boom' });
  });

  it('parseDocument migrates an old file through the registry and validates the result', () => {
    // Pretend the app is at v2 and v1 files named the node list "steps".
    const registry: MigrationRegistry = { 1: ({ steps, ...rest }) => ({ ...rest, nodes: steps }) };
    const v1 = JSON.stringify({ format: 'funnel-lab', version: 1, steps: [], edges: [] });
    const schemaIsV1 = parseDocument(v1, { migrations: registry, currentVersion: 2 });
    // The schema itself is v1, so the migrated v2 document is refused by it: the refusal names the version.
    expect(schemaIsV1.ok).toBe(false);
    const failing: MigrationRegistry = { 1: () => { throw new Error('cannot read steps'); } };
    const r = parseDocument(v1, { migrations: failing, currentVersion: 2 });
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['The file could not be upgraded from version 1 to 2: cannot read steps']);
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a":1}', null],
    ['{"a":1,}', { line: 1, column: 8, found: '}' }],
    ['[1,\n2,\n]', { line: 3, column: 1, found: ']' }],
    ['{"a":"b\nc"}', { line: 1, column: 8, found: '\n' }],
    ['{"a":"\\x"}', { line: 1, column: 8, found: 'x' }],
    ['{"a":01}', { line: 1, column: 7, found: '1' }],
    ['{"a":nul}', { line: 1, column: 9, found: '}' }],
    ['{"a" 1}', { line: 1, column: 6, found: '1' }],
    ['1 2', { line: 1, column: 3, found: '2' }],
    ['{"a":-}', { line: 1, column: 7, found: '}' }],
    ['  ', { line: 1, column: 3, found: null }],
  ])('%j', (text, expected) => {
    const place = locateJsonError(text);
    if (expected === null) expect(place).toBeNull();
    else expect(place).toMatchObject(expected);
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(parses).toBe(expected === null);
  });
});

describe('helpers', () => {
  it('builds valid documents', () => {
    expect(doc([source('a'), stage('b'), won()], [edge('e', 'a', 'b')]).nodes).toHaveLength(3);
  });
});
