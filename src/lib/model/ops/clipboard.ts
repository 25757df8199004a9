import { clone } from './clone';
import { z } from 'zod';
import { Edge, MAX_NODES, Node, isFlowNode, type FunnelDocument } from '../schema';
import { uniqueId, usedIds } from './ids';

export const FRAGMENT_FORMAT = 'funnel-lab-fragment';

/** What copy puts on the clipboard: nodes and the edges between them. */
export const Fragment = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  version: z.literal(1),
  nodes: z.array(Node).max(MAX_NODES),
  edges: z.array(Edge).max(MAX_NODES * 10),
});
export type Fragment = z.infer<typeof Fragment>;

/** The selected nodes and the edges between them, deep-copied (order as in the document). */
export function copyFragment(doc: FunnelDocument, nodeIds: readonly string[]): Fragment {
  const wanted = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => wanted.has(n.id));
  const inside = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => inside.has(e.source) && inside.has(e.target));
  return clone({ format: FRAGMENT_FORMAT, version: 1, nodes, edges });
}

/** Reads clipboard text (or an already parsed value); null unless it is a valid fragment. */
export function parseFragment(input: unknown): Fragment | null {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > 5 * 1024 * 1024) return null;
    try {
      value = JSON.parse(input);
    } catch {
      return null;
    }
  }
  const parsed = Fragment.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Pastes a fragment: every node and edge gets a fresh id, positions move by `offset`. Edges whose
 * ends are not both in the fragment, or that the document would not allow (into a source, from a
 * note), are left out. The fragment is validated again here, so any value is safe to pass; an
 * invalid fragment, or one that would exceed the node limit, pastes nothing.
 */
export function pasteFragment(d: FunnelDocument, fragment: Fragment, offset: { x: number; y: number }): { nodes: string[]; edges: string[] } {
  const parsed = Fragment.safeParse(fragment);
  if (!parsed.success) return { nodes: [], edges: [] };
  const f = parsed.data;
  if (d.nodes.length + f.nodes.length > MAX_NODES) return { nodes: [], edges: [] };
  const dx = Number.isFinite(offset.x) ? offset.x : 0;
  const dy = Number.isFinite(offset.y) ? offset.y : 0;
  const taken = usedIds(d);
  const newId = new Map<string, string>();
  const kindOf = new Map<string, Node['kind']>();
  const nodes: string[] = [];
  for (const n of f.nodes) {
    if (newId.has(n.id)) continue; // a duplicated id in foreign text: keep the first
    const id = uniqueId(d, n.kind, taken);
    taken.add(id);
    newId.set(n.id, id);
    kindOf.set(n.id, n.kind);
    d.nodes.push({ ...n, id, position: { x: n.position.x + dx, y: n.position.y + dy } });
    nodes.push(id);
  }
  const edges: string[] = [];
  const pairs = new Set<string>();
  for (const e of f.edges) {
    const source = newId.get(e.source);
    const target = newId.get(e.target);
    if (!source || !target || source === target) continue;
    const sk = kindOf.get(e.source)!;
    const tk = kindOf.get(e.target)!;
    if (!isFlowNode({ kind: sk } as Node) || !isFlowNode({ kind: tk } as Node) || tk === 'source') continue;
    const pair = `${source}\u0000${target}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const id = uniqueId(d, 'edge', taken);
    taken.add(id);
    d.edges.push({ ...e, id, source, target });
    edges.push(id);
  }
  return { nodes, edges };
}
