import { describe, expect, it } from 'vitest';
import { emptyDocument } from '$lib/model/empty';
import { FunnelDocument } from '$lib/model/schema';
import { freeSpot } from '$lib/ui/palette/add-entry';
import { rateOverflow } from '$lib/ui/canvas/derive';
import { backwardPath } from '$lib/ui/edges/paths';

const size = { width: 240, height: 110 };
const stage = (id: string, x: number, y: number) => ({ id, kind: 'stage', label: id, position: { x, y } });
const doc = (nodes: unknown[], edges: unknown[] = []) => FunnelDocument.parse({ ...emptyDocument(), nodes, edges });

describe('freeSpot (click-to-add placement)', () => {
  it('centres the node on the point when it is free', () => {
    expect(freeSpot(doc([]), size, { x: 500, y: 300 })).toEqual({ x: 380, y: 245 });
  });

  it('goes right of the selected node, so clicks build a chain', () => {
    const p = freeSpot(doc([stage('a', 100, 100)]), size, { x: 0, y: 0 }, 'a');
    expect(p.y).toBe(100);
    expect(p.x).toBeGreaterThanOrEqual(100 + 232 + 64);
  });

  it('never lands on another node, even after many clicks', () => {
    let d = doc([]);
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const p = freeSpot(d, size, { x: 0, y: 0 });
      for (const q of placed) expect(Math.abs(q.x - p.x) >= 240 || Math.abs(q.y - p.y) >= 110).toBe(true);
      placed.push(p);
      d = doc([...d.nodes, stage(`n${i}`, p.x, p.y)]);
    }
  });

  it('ignores phase bands (nodes go on top of them)', () => {
    const band = { id: 'b', kind: 'phase-band', label: 'b', size: { width: 2000, height: 2000 }, position: { x: -1000, y: -1000 } };
    expect(freeSpot(doc([band]), size, { x: 0, y: 0 })).toEqual({ x: -120, y: -55 });
  });
});

describe('rateOverflow', () => {
  it('flags nodes whose mean outgoing rates exceed 100 %', () => {
    const d = doc(
      [stage('a', 0, 0), stage('b', 0, 0), stage('c', 0, 0)],
      [
        { id: 'e1', source: 'a', target: 'b', rate: { type: 'uniform', low: 0.5, high: 0.9 } },
        { id: 'e2', source: 'a', target: 'c', rate: { type: 'fixed', value: 0.4 } },
        { id: 'e3', source: 'b', target: 'c', rate: { type: 'fixed', value: 1 } },
      ],
    );
    const o = rateOverflow(d);
    expect([...o.keys()]).toEqual(['a']);
    expect(o.get('a')).toBeCloseTo(1.1);
  });
});

describe('backwardPath', () => {
  it('leaves to the right, runs below both ends and enters from the left', () => {
    const [d, lx, ly] = backwardPath(800, 100, 200, 120);
    expect(d.startsWith('M800,100 H')).toBe(true);
    expect(d.endsWith('H200')).toBe(true);
    expect(ly).toBeGreaterThan(120 + 90);
    expect(lx).toBeCloseTo(500, 0);
    // Longer detours run lower.
    expect(backwardPath(1600, 100, 200, 120)[2]).toBeGreaterThan(ly);
  });
});
