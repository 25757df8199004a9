import { MAX_NODES, Node, type FunnelDocument, type NodeKind } from '../schema';
import { uniqueId } from './ids';
import { removeElements } from './remove';

/** Fields a caller may give when creating a node; everything else comes from the schema defaults. */
export type NodeInit = { kind: NodeKind; position?: { x: number; y: number }; label?: string; id?: string } & Record<string, unknown>;

const KIND_DEFAULTS: Record<NodeKind, Record<string, unknown>> = {
  source: { channel: '', volume: { type: 'fixed', value: 100 } },
  stage: {},
  outcome: { result: 'won' },
  note: { text: '' },
  'phase-band': { size: { width: 480, height: 320 } },
};

/**
 * A complete, defaulted node of `kind` with a fresh id (not added to the document). Fields in
 * `init` override the defaults; an invalid combination throws (programming error, not user input).
 */
export function createNode(doc: Pick<FunnelDocument, 'nodes' | 'edges' | 'scenarios'>, init: NodeInit): Node {
  const { kind } = init;
  return Node.parse({
    label: '',
    position: { x: 0, y: 0 },
    ...KIND_DEFAULTS[kind],
    ...init,
    id: init.id ?? uniqueId(doc, kind),
  });
}

/**
 * Adds a node. If its id is already taken a fresh one is used; returns the id the node got, or
 * null when the document already holds the maximum number of nodes.
 */
export function addNode(d: FunnelDocument, node: Node): string | null {
  if (d.nodes.length >= MAX_NODES) return null;
  const taken = d.nodes.some((n) => n.id === node.id) || d.edges.some((e) => e.id === node.id) || !node.id;
  const id = taken ? uniqueId(d, node.kind) : node.id;
  d.nodes.push(taken ? { ...node, id } : node);
  return id;
}

/** Runs `mutate` on the node with `id`; false when there is none. */
export function updateNode(d: FunnelDocument, id: string, mutate: (node: Node) => void): boolean {
  const node = d.nodes.find((n) => n.id === id);
  if (!node) return false;
  mutate(node);
  return true;
}

/** Moves nodes; unchanged positions are left alone so a no-op move records no undo step. */
export function moveNodes(d: FunnelDocument, moves: readonly { id: string; x: number; y: number }[]): void {
  if (moves.length === 0) return;
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  for (const m of moves) {
    const node = byId.get(m.id);
    if (!node || !Number.isFinite(m.x) || !Number.isFinite(m.y)) continue;
    if (node.position.x !== m.x || node.position.y !== m.y) node.position = { x: m.x, y: m.y };
  }
}

/** Removes one node (and its edges and overrides); see `removeElements`. */
export function removeNode(d: FunnelDocument, id: string): boolean {
  return removeElements(d, { nodes: [id] }).nodes.length > 0;
}
