import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import {
  addNode, addScenario, addTarget, applyScenario, connect, copyFragment, createNode, duplicateScenario, moveNodes,
  parseFragment, pasteFragment, reconnect, removeElements, removeOverride, removeScenario, removeTarget,
  renameScenario, setOverride, uniqueId, updateEdge, updateMeta, updateNode, updateSettings, updateTarget,
} from '$lib/model/ops';
import { FunnelDocument, MAX_NODES } from '$lib/model/schema';
import { band, doc, edge, fixed, linear, note, source, stage, uniform, won } from './helpers';

const valid = (d: FunnelDocument) => expect(FunnelDocument.safeParse(d).success).toBe(true);

describe('uniqueId', () => {
  it('numbers past the highest id with the prefix and avoids every namespace', () => {
    const d = doc([stage('stage-1'), stage('stage-7'), source('edge-2')]);
    expect(uniqueId(d, 'stage')).toBe('stage-8');
    expect(uniqueId(d, 'edge')).toBe('edge-3');
    expect(uniqueId(d, 'Paid Search!')).toBe('paid-search-1');
    expect(uniqueId(d, '***')).toBe('id-1');
  });
});

describe('nodes', () => {
  it('createNode fills schema defaults and a fresh id; addNode adds it', () => {
    const d = linear();
    const n = createNode(d, { kind: 'stage', label: 'Webinar', position: { x: 5, y: 6 }, preset: 'webinar' });
    expect(n).toMatchObject({ id: 'stage-1', kind: 'stage', preset: 'webinar', delay: fixed(0), channels: [] });
    expect(addNode(d, n)).toBe('stage-1');
    expect(d.nodes.at(-1)).toBe(n);
    valid(d);
  });

  it.each(['source', 'stage', 'outcome', 'note', 'phase-band'] as const)('createNode makes a valid %s', (kind) => {
    const d = linear();
    const n = createNode(d, { kind, position: { x: 1, y: 2 } });
    expect(n.kind).toBe(kind);
    expect(n.id).toBe(`${kind}-1`);
    addNode(d, n);
    valid(d);
  });

  it('addNode renames a node whose id is taken and refuses beyond the node limit', () => {
    const d = linear();
    expect(addNode(d, createNode(d, { kind: 'stage', id: 'lp' }))).toBe('stage-1');
    expect(new Set(d.nodes.map((n) => n.id)).size).toBe(d.nodes.length);
    const full = doc(Array.from({ length: MAX_NODES }, (_, i) => stage(`s${i}`)));
    expect(addNode(full, createNode(full, { kind: 'note' }))).toBeNull();
    expect(full.nodes).toHaveLength(MAX_NODES);
  });

  it('updateNode mutates the named node only', () => {
    const d = linear();
    expect(updateNode(d, 'lp', (n) => (n.label = 'LP'))).toBe(true);
    expect(d.nodes[1].label).toBe('LP');
    expect(updateNode(d, 'nope', () => {})).toBe(false);
  });

  it('moveNodes moves and skips unknown ids, non-finite and unchanged positions', () => {
    const d = linear();
    moveNodes(d, [{ id: 'lp', x: 10, y: 20 }, { id: 'x', x: 1, y: 1 }, { id: 'ads', x: NaN, y: 1 }]);
    expect(d.nodes[1].position).toEqual({ x: 10, y: 20 });
    expect(d.nodes[0].position).toEqual({ x: 0, y: 0 });
    const frozen = linear();
    const next = produce(frozen, (draft) => moveNodes(draft, [{ id: 'lp', x: 0, y: 0 }]));
    expect(next).toBe(frozen); // no change recorded
  });
});

describe('removeElements', () => {
  it('cascades to touching edges and overrides on removed things', () => {
    const d = linear();
    d.scenarios.push({ id: 's', name: 'S', overrides: [
      { target: 'lp', field: 'delay', value: fixed(1) },
      { target: 'e1', field: 'rate', value: fixed(0.2) },
      { target: 'ads', field: 'volume', value: fixed(5) },
    ] });
    expect(removeElements(d, { nodes: ['lp'] })).toEqual({ nodes: ['lp'], edges: ['e1', 'e2'] });
    expect(d.nodes.map((n) => n.id)).toEqual(['ads', 'won']);
    expect(d.edges).toEqual([]);
    expect(d.scenarios[0].overrides.map((o) => o.target)).toEqual(['ads']);
    valid(d);
  });

  it('removes single edges and ignores unknown ids', () => {
    const d = linear();
    expect(removeElements(d, { edges: ['e2', 'zzz'], nodes: ['nope'] })).toEqual({ nodes: [], edges: ['e2'] });
    expect(d.edges.map((e) => e.id)).toEqual(['e1']);
  });
});

describe('connect / reconnect / updateEdge', () => {
  it('connects flow nodes with a default 10 % rate', () => {
    const d = doc([source('a'), stage('b'), won('w')]);
    const id = connect(d, { source: 'a', target: 'b' });
    expect(id).toBe('edge-1');
    expect(d.edges[0]).toEqual({ id: 'edge-1', source: 'a', target: 'b', rate: fixed(0.1) });
    expect(connect(d, { source: 'b', target: 'w', id: 'x', rate: uniform(0.1, 0.2), label: 'yes' })).toBe('x');
    expect(d.edges[1]).toEqual({ id: 'x', source: 'b', target: 'w', rate: uniform(0.1, 0.2), label: 'yes' });
    valid(d);
  });

  it.each([
    ['missing node', { source: 'a', target: 'zz' }],
    ['note endpoint', { source: 'b', target: 'n' }],
    ['band endpoint', { source: 'band', target: 'b' }],
    ['target is a source', { source: 'b', target: 'a' }],
    ['self loop', { source: 'b', target: 'b' }],
    ['duplicate pair', { source: 'a', target: 'b' }],
    ['taken id', { source: 'b', target: 'w', id: 'a' }],
  ])('refuses: %s', (_, input) => {
    const d = doc([source('a'), stage('b'), won('w'), note('n'), band('band')], [edge('e', 'a', 'b')]);
    expect(connect(d, input)).toBeNull();
    expect(d.edges).toHaveLength(1);
  });

  it('reconnect moves an end unless the new pair is not allowed', () => {
    const d = doc([source('a'), stage('b'), stage('c'), won('w')], [edge('e1', 'a', 'b'), edge('e2', 'b', 'c')]);
    expect(reconnect(d, 'e2', { target: 'w' })).toBe(true);
    expect(d.edges[1]).toMatchObject({ source: 'b', target: 'w' });
    expect(reconnect(d, 'e2', { source: 'a', target: 'b' })).toBe(false); // duplicate of e1
    expect(reconnect(d, 'e2', { target: 'a' })).toBe(false);
    expect(reconnect(d, 'nope', { target: 'c' })).toBe(false);
    expect(d.edges[1]).toMatchObject({ source: 'b', target: 'w' });
  });

  it('updateEdge mutates the named edge', () => {
    const d = linear();
    expect(updateEdge(d, 'e1', (e) => (e.rate = uniform(0.2, 0.4)))).toBe(true);
    expect(d.edges[0].rate).toEqual(uniform(0.2, 0.4));
    expect(updateEdge(d, 'nope', () => {})).toBe(false);
  });
});

describe('meta, settings, targets', () => {
  it('patches meta and settings', () => {
    const d = linear();
    updateMeta(d, { title: 'Q3 plan', tags: ['b2b'] });
    updateSettings(d, { periods: 12, periodUnit: 'month' });
    expect(d.meta).toMatchObject({ title: 'Q3 plan', tags: ['b2b'], currency: 'EUR' });
    expect(d.settings).toMatchObject({ periods: 12, periodUnit: 'month', runs: 10000 });
  });

  it('adds, patches (removing a bound with undefined) and removes targets', () => {
    const d = linear();
    expect(addTarget(d, { metric: 'revenue', atLeast: 1000 })).toBe(0);
    updateTarget(d, 0, { atMost: 5000 });
    expect(d.targets[0]).toEqual({ metric: 'revenue', atLeast: 1000, atMost: 5000 });
    updateTarget(d, 0, { atLeast: undefined });
    expect(d.targets[0]).toEqual({ metric: 'revenue', atMost: 5000 });
    expect(updateTarget(d, 3, { atLeast: 1 })).toBe(false);
    expect(removeTarget(d, 1)).toBe(false);
    expect(removeTarget(d, 0)).toBe(true);
    expect(d.targets).toEqual([]);
  });
});

describe('scenarios', () => {
  it('adds, renames, duplicates and removes', () => {
    const d = linear();
    const a = addScenario(d, 'Bigger budget');
    expect(d.scenarios[0]).toEqual({ id: a, name: 'Bigger budget', overrides: [] });
    expect(renameScenario(d, a, '  Budget x2 ')).toBe(true);
    expect(renameScenario(d, a, '   ')).toBe(false);
    setOverride(d, a, { target: 'ads', field: 'volume', value: fixed(200) });
    const b = duplicateScenario(d, a);
    expect(b).not.toBe(a);
    expect(d.scenarios.map((s) => s.name)).toEqual(['Budget x2', 'Budget x2 (2)']);
    expect(d.scenarios[1].overrides).toEqual(d.scenarios[0].overrides);
    expect(d.scenarios[1].overrides[0]).not.toBe(d.scenarios[0].overrides[0]);
    expect(duplicateScenario(d, 'nope')).toBe('');
    expect(removeScenario(d, a)).toBe(true);
    expect(d.scenarios.map((s) => s.id)).toEqual([b]);
    valid(d);
  });

  it('setOverride replaces the same target+field; removeOverride removes it', () => {
    const d = linear();
    const s = addScenario(d, 'S');
    setOverride(d, s, { target: 'e1', field: 'rate', value: fixed(0.2) });
    setOverride(d, s, { target: 'e1', field: 'rate', value: fixed(0.4) });
    setOverride(d, s, { target: 'ads', field: 'volume', value: fixed(9) });
    expect(d.scenarios[0].overrides).toEqual([
      { target: 'e1', field: 'rate', value: fixed(0.4) },
      { target: 'ads', field: 'volume', value: fixed(9) },
    ]);
    expect(removeOverride(d, s, 'e1', 'rate')).toBe(true);
    expect(removeOverride(d, s, 'e1', 'rate')).toBe(false);
    expect(setOverride(d, 'nope', { target: 'e1', field: 'rate', value: fixed(0.4) })).toBe(false);
  });

  it('duplicateScenario works inside an immer recipe (drafts are copied)', () => {
    const d = linear();
    const s = addScenario(d, 'S');
    setOverride(d, s, { target: 'ads', field: 'volume', value: fixed(9) });
    const next = produce(d, (draft) => {
      duplicateScenario(draft, s, 'Copy');
    });
    expect(next.scenarios[1]).toMatchObject({ name: 'Copy', overrides: [{ target: 'ads', field: 'volume', value: fixed(9) }] });
  });
});

describe('applyScenario', () => {
  it('applies overrides that fit and leaves the original untouched', () => {
    const d = doc(
      [source('ads'), stage('lp', 'LP', { capacity: { perPeriod: fixed(5) } }), stage('plain'), won('won', 'Won', { recurring: { perPeriod: fixed(10), churn: fixed(0.1) } })],
      [edge('e1', 'ads', 'lp'), edge('e2', 'lp', 'plain'), edge('e3', 'plain', 'won')],
      {
        scenarios: [{ id: 's', name: 'S', overrides: [
          { target: 'ads', field: 'volume', value: fixed(500) },
          { target: 'e1', field: 'rate', value: fixed(0.9) },
          { target: 'lp', field: 'capacity.perPeriod', value: fixed(50) },
          { target: 'plain', field: 'capacity.perPeriod', value: fixed(50) }, // not set: skipped
          { target: 'plain', field: 'volume', value: fixed(1) }, // wrong kind: skipped
          { target: 'won', field: 'recurring.churn', value: fixed(0.5) },
          { target: 'gone', field: 'rate', value: fixed(0.5) },
        ] }],
      },
    );
    const before = structuredClone(d);
    const v = applyScenario(d, 's');
    expect(d).toEqual(before);
    expect(v.nodes[0]).toMatchObject({ volume: fixed(500) });
    expect(v.edges[0].rate).toEqual(fixed(0.9));
    expect(v.nodes[1]).toMatchObject({ capacity: { perPeriod: fixed(50), overflow: 'wait' } });
    expect(v.nodes[2]).toBe(d.nodes[2]);
    expect(v.nodes[3]).toMatchObject({ recurring: { perPeriod: fixed(10), churn: fixed(0.5) } });
    expect(v.edges[1]).toBe(d.edges[1]);
    expect(applyScenario(d, null)).toBe(d);
    expect(applyScenario(d, 'unknown')).toBe(d);
  });
});

describe('clipboard', () => {
  it('copies nodes with the edges between them and pastes with fresh ids and offset', () => {
    const d = linear();
    const f = copyFragment(d, ['lp', 'won']);
    expect(f.nodes.map((n) => n.id)).toEqual(['lp', 'won']);
    expect(f.edges.map((e) => e.id)).toEqual(['e2']);
    const text = JSON.stringify(f);
    const parsed = parseFragment(text)!;
    expect(parsed).toEqual(f);
    const out = pasteFragment(d, parsed, { x: 40, y: 30 });
    expect(out).toEqual({ nodes: ['stage-1', 'outcome-1'], edges: ['edge-1'] });
    expect(d.nodes.at(-2)).toMatchObject({ id: 'stage-1', label: 'Landing page', position: { x: 40, y: 30 } });
    expect(d.edges.at(-1)).toMatchObject({ id: 'edge-1', source: 'stage-1', target: 'outcome-1' });
    valid(d);
  });

  it('refuses foreign or invalid clipboard content', () => {
    expect(parseFragment('hello')).toBeNull();
    expect(parseFragment('{"format":"funnel-lab-fragment","version":1,"nodes":[{"id":1}],"edges":[]}')).toBeNull();
    expect(parseFragment('{"__proto__":{"polluted":1}}')).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const d = linear();
    expect(pasteFragment(d, { nodes: 'x' } as never, { x: 0, y: 0 })).toEqual({ nodes: [], edges: [] });
    expect(d.nodes).toHaveLength(3);
  });

  it('drops fragment edges that would be invalid in the document', () => {
    const d = linear();
    const f = {
      format: 'funnel-lab-fragment' as const,
      version: 1 as const,
      nodes: [source('s') as never, stage('t') as never, note('n') as never].map((n) => FunnelDocument.shape.nodes.element.parse(n)),
      edges: [edge('x1', 't', 's'), edge('x2', 's', 'n'), edge('x3', 's', 'out'), edge('x4', 's', 't'), edge('x5', 's', 't')].map((e) => ({ ...e })),
    };
    const out = pasteFragment(d, f, { x: 0, y: 0 });
    expect(out.nodes).toHaveLength(3);
    expect(out.edges).toHaveLength(1);
    valid(d);
  });
});
