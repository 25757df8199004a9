import type { FunnelDocument } from '../schema';

/**
 * Removes nodes and edges. Edges touching a removed node go too, and so do scenario overrides
 * that target anything removed. Returns the ids actually removed.
 */
export function removeElements(
  d: FunnelDocument,
  what: { nodes?: readonly string[]; edges?: readonly string[] },
): { nodes: string[]; edges: string[] } {
  const nodeIds = new Set(what.nodes ?? []);
  const edgeIds = new Set(what.edges ?? []);
  const removedNodes = d.nodes.filter((n) => nodeIds.has(n.id)).map((n) => n.id);
  const gone = new Set(removedNodes);
  const removedEdges = d.edges
    .filter((e) => edgeIds.has(e.id) || gone.has(e.source) || gone.has(e.target))
    .map((e) => e.id);
  for (const id of removedEdges) gone.add(id);
  if (gone.size === 0) return { nodes: [], edges: [] };
  if (removedNodes.length) d.nodes = d.nodes.filter((n) => !gone.has(n.id));
  if (removedEdges.length) d.edges = d.edges.filter((e) => !gone.has(e.id));
  for (const s of d.scenarios) {
    if (s.overrides.some((o) => gone.has(o.target))) s.overrides = s.overrides.filter((o) => !gone.has(o.target));
  }
  return { nodes: removedNodes, edges: removedEdges };
}
