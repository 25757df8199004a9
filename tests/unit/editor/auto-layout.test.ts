import { describe, expect, it } from 'vitest';
import { emptyDocument } from '$lib/model/empty';
import { FunnelDocument, type Node } from '$lib/model/schema';
import { autoLayout, DEFAULT_NODE_SIZE } from '$lib/state/auto-layout';

const stage = (id: string, x: number, y: number) => ({ id, kind: 'stage', label: id, position: { x, y } });
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target, rate: { type: 'fixed', value: 0.5 } });

function doc(nodes: unknown[], edges: unknown[]): FunnelDocument {
  return FunnelDocument.parse({ ...emptyDocument(), nodes, edges });
}
const positions = (moves: ReturnType<typeof autoLayout>) => new Map(moves.map((m) => [m.id, m]));

describe('autoLayout', () => {
  it('lays a chain out left to right, whatever the order it was drawn in', () => {
    // Drawn right to left and zig-zagging.
    const d = doc(
      [
        { id: 's', kind: 'source', label: 's', channel: 'seo', volume: { type: 'fixed', value: 10 }, position: { x: 900, y: 300 } },
        stage('a', 600, 0),
        stage('b', 300, 400),
        stage('c', 0, 100),
        { id: 'w', kind: 'outcome', label: 'w', result: 'won', position: { x: -300, y: 200 } },
      ],
      [edge('s', 'a'), edge('a', 'b'), edge('b', 'c'), edge('c', 'w')],
    );
    const p = positions(autoLayout(d, new Map()));
    const xs = ['s', 'a', 'b', 'c', 'w'].map((id) => p.get(id)!.position.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] + DEFAULT_NODE_SIZE.width);
    // One row: same centre line.
    const ys = ['s', 'a', 'b', 'c', 'w'].map((id) => p.get(id)!.position.y);
    expect(new Set(ys).size).toBe(1);
  });

  it('stacks branches vertically without overlaps, using measured sizes', () => {
    const d = doc([stage('a', 0, 0), stage('b', 0, 0), stage('c', 0, 0), stage('d', 0, 0)], [edge('a', 'b'), edge('a', 'c'), edge('a', 'd')]);
    const sizes = new Map(['a', 'b', 'c', 'd'].map((id) => [id, { width: 232, height: 150 }]));
    const p = positions(autoLayout(d, sizes));
    const branch = ['b', 'c', 'd'].map((id) => p.get(id)!.position);
    expect(new Set(branch.map((q) => q.x)).size).toBe(1);
    const ys = branch.map((q) => q.y).sort((x, y) => x - y);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(150);
  });

  it('keeps the layout where the funnel was and leaves lonely annotations alone', () => {
    const d = doc(
      [stage('a', 500, 500), stage('b', 520, 900), { id: 'n', kind: 'note', label: '', text: 'far away', position: { x: 5000, y: 5000 } }],
      [edge('a', 'b')],
    );
    const moves = autoLayout(d, new Map());
    const p = positions(moves);
    expect(Math.min(p.get('a')!.position.x, p.get('b')!.position.x)).toBe(500);
    expect(Math.min(p.get('a')!.position.y, p.get('b')!.position.y)).toBe(500);
    expect(p.has('n')).toBe(false);
  });

  it('refits a phase band around the nodes it held and moves a note with its node', () => {
    const nodes: unknown[] = [
      stage('a', 0, 0),
      stage('b', 0, 300),
      { id: 'band', kind: 'phase-band', label: 'ToFu', size: { width: 400, height: 600 }, position: { x: -50, y: -50 } },
      { id: 'note', kind: 'note', label: '', text: 'about b', position: { x: 20, y: 460 } },
    ];
    const d = doc(nodes, [edge('a', 'b')]);
    const p = positions(autoLayout(d, new Map()));
    const a = p.get('a')!.position;
    const b = p.get('b')!.position;
    const band = p.get('band')!;
    expect(band.size).toBeDefined();
    for (const q of [a, b]) {
      expect(q.x).toBeGreaterThan(band.position.x);
      expect(q.y).toBeGreaterThan(band.position.y);
      expect(q.x + DEFAULT_NODE_SIZE.width).toBeLessThan(band.position.x + band.size!.width);
      expect(q.y + DEFAULT_NODE_SIZE.height).toBeLessThan(band.position.y + band.size!.height);
    }
    const before = (d.nodes.find((n) => n.id === 'b') as Node).position;
    expect(p.get('note')!.position).toEqual({ x: 20 + b.x - before.x, y: 460 + b.y - before.y });
  });

  it('does nothing without flow nodes', () => {
    expect(autoLayout(doc([{ id: 'n', kind: 'note', label: '', position: { x: 0, y: 0 } }], []), new Map())).toEqual([]);
  });
});
