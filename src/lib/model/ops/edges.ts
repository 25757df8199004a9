import { clone } from './clone';
import { isFlowNode, type Dist, type Edge, type FunnelDocument } from '../schema';
import { uniqueId } from './ids';
import { removeElements } from './remove';

/** The rate a new connection gets when none is given: 10 %, a visible, editable placeholder. */
export const DEFAULT_RATE = 0.1;

export interface ConnectInput {
  source: string;
  target: string;
  id?: string;
  rate?: Dist;
  label?: string;
}

/**
 * Why `source → target` may not be connected, or null when it may. `ignoreEdge` skips one edge
 * in the duplicate check (for reconnecting that edge).
 */
export function connectionBlocker(
  doc: Pick<FunnelDocument, 'nodes' | 'edges'>,
  source: string,
  target: string,
  ignoreEdge?: string,
): 'missing-node' | 'not-flow' | 'into-source' | 'self' | 'duplicate' | null {
  const s = doc.nodes.find((n) => n.id === source);
  const t = doc.nodes.find((n) => n.id === target);
  if (!s || !t) return 'missing-node';
  if (!isFlowNode(s) || !isFlowNode(t)) return 'not-flow';
  if (t.kind === 'source') return 'into-source';
  if (source === target) return 'self';
  if (doc.edges.some((e) => e.id !== ignoreEdge && e.source === source && e.target === target)) return 'duplicate';
  return null;
}

/**
 * Connects two flow nodes; returns the new edge's id, or null when not allowed (a node is
 * missing, an end is a note or band, the target is a source, a node would connect to itself, the
 * pair is already connected, or the given id is taken).
 */
export function connect(d: FunnelDocument, input: ConnectInput): string | null {
  if (connectionBlocker(d, input.source, input.target)) return null;
  let id = input.id;
  if (id !== undefined) {
    if (!id || d.nodes.some((n) => n.id === id) || d.edges.some((e) => e.id === id)) return null;
  } else id = uniqueId(d, 'edge');
  const edge: Edge = {
    id,
    source: input.source,
    target: input.target,
    rate: input.rate ? clone(input.rate) : { type: 'fixed', value: DEFAULT_RATE },
  };
  if (input.label !== undefined && input.label !== '') edge.label = input.label;
  d.edges.push(edge);
  return id;
}

/** Moves one or both ends of an edge; false (and no change) when the new pair is not allowed. */
export function reconnect(d: FunnelDocument, edgeId: string, ends: { source?: string; target?: string }): boolean {
  const edge = d.edges.find((e) => e.id === edgeId);
  if (!edge) return false;
  const source = ends.source ?? edge.source;
  const target = ends.target ?? edge.target;
  if (source === edge.source && target === edge.target) return true;
  if (connectionBlocker(d, source, target, edgeId)) return false;
  edge.source = source;
  edge.target = target;
  return true;
}

/** Runs `mutate` on the edge with `id`; false when there is none. */
export function updateEdge(d: FunnelDocument, id: string, mutate: (edge: Edge) => void): boolean {
  const edge = d.edges.find((e) => e.id === id);
  if (!edge) return false;
  mutate(edge);
  return true;
}

/** Removes one edge (and overrides on it). */
export function disconnect(d: FunnelDocument, edgeId: string): boolean {
  return removeElements(d, { edges: [edgeId] }).edges.length > 0;
}
