import { describe, expect, it } from 'vitest';
import { FRAGMENT_FORMAT, pasteFragment } from '$lib/model/ops';
import { emptyDocument } from '$lib/model/empty';
import { FunnelDocument, type Node } from '$lib/model/schema';
import { PASTE_STEP, PastePlacer, fragmentBounds, fragmentFromText, fragmentText } from '$lib/state/clipboard';

function doc(): FunnelDocument {
  const nodes: Node[] = [
    FunnelDocumentNode({ id: 'src', kind: 'source', label: 'Ads', channel: 'paid-search', volume: { type: 'fixed', value: 100 }, position: { x: 0, y: 0 } }),
    FunnelDocumentNode({ id: 'lp', kind: 'stage', label: 'LP', position: { x: 300, y: 0 } }),
    FunnelDocumentNode({ id: 'won', kind: 'outcome', label: 'Won', result: 'won', position: { x: 600, y: 100 } }),
  ];
  return FunnelDocument.parse({
    ...emptyDocument(),
    nodes,
    edges: [
      { id: 'e1', source: 'src', target: 'lp', rate: { type: 'fixed', value: 1 } },
      { id: 'e2', source: 'lp', target: 'won', rate: { type: 'uniform', low: 0.1, high: 0.2 } },
    ],
  });
}
function FunnelDocumentNode(n: Record<string, unknown>): Node {
  return FunnelDocument.parse({ ...emptyDocument(), nodes: [n], edges: [] }).nodes[0];
}

describe('clipboard text', () => {
  it('carries the selected nodes and the edges between them as a Fragment', () => {
    const text = fragmentText(doc(), ['lp', 'won'])!;
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe(FRAGMENT_FORMAT);
    expect(parsed.nodes.map((n: Node) => n.id)).toEqual(['lp', 'won']);
    expect(parsed.edges.map((e: { id: string }) => e.id)).toEqual(['e2']);
  });

  it('is null without a selection', () => {
    expect(fragmentText(doc(), [])).toBeNull();
    expect(fragmentText(doc(), ['nope'])).toBeNull();
  });

  it('reads back what it wrote, and pastes with fresh ids and an offset', () => {
    const d = doc();
    const fragment = fragmentFromText(fragmentText(d, ['src', 'lp'])!)!;
    expect(fragment).not.toBeNull();
    const target = structuredClone(d);
    const pasted = pasteFragment(target, fragment, { x: 32, y: 32 });
    expect(pasted.nodes).toHaveLength(2);
    expect(pasted.edges).toHaveLength(1);
    const copy = target.nodes.find((n) => n.id === pasted.nodes[0])!;
    expect(copy.position).toEqual({ x: 32, y: 32 });
    expect(FunnelDocument.safeParse(target).success).toBe(true);
  });

  it.each([
    ['plain text', 'hello'],
    ['JSON of another kind', '{"format":"funnel-lab","version":1,"nodes":[],"edges":[]}'],
    ['broken JSON', '{"format":"funnel-lab-fragment",'],
    ['a fragment with an invalid node', JSON.stringify({ format: FRAGMENT_FORMAT, version: 1, nodes: [{ id: 'x', kind: 'stage', label: 'x', position: { x: 'a', y: 0 } }], edges: [] })],
    ['a fragment from the future', JSON.stringify({ format: FRAGMENT_FORMAT, version: 2, nodes: [], edges: [] })],
  ])('refuses %s', (_, text) => {
    expect(fragmentFromText(text)).toBeNull();
  });
});

describe('PastePlacer', () => {
  it('steps repeated pastes of this tab’s copy and centres foreign fragments in the view', () => {
    const d = doc();
    const text = fragmentText(d, ['lp'])!;
    const fragment = fragmentFromText(text)!;
    const placer = new PastePlacer();
    placer.copied(text);
    expect(placer.offsetFor(text, fragment, { x: 0, y: 0 })).toEqual({ x: PASTE_STEP, y: PASTE_STEP });
    expect(placer.offsetFor(text, fragment, { x: 0, y: 0 })).toEqual({ x: 2 * PASTE_STEP, y: 2 * PASTE_STEP });
    const foreign = fragmentText(d, ['won'])!;
    const b = fragmentBounds(fragmentFromText(foreign)!);
    const offset = placer.offsetFor(foreign, fragmentFromText(foreign)!, { x: 1000, y: 500 });
    expect(b.x + offset.x + b.width / 2).toBeCloseTo(1000, 0);
    expect(b.y + offset.y + b.height / 2).toBeCloseTo(500, 0);
  });
});
