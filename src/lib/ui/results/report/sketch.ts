/**
 * A picture of the funnel for the printed report, laid out top to bottom with dagre (a funnel
 * reads downwards, and a page is taller than wide) rather than a screenshot of the canvas, whose
 * viewport may show only part of the design. Edges follow dagre's routes, loops included.
 */
import dagre from '@dagrejs/dagre';
import type { FunnelDocument } from '$lib/model/schema';

export const BOX_W = 196;
export const BOX_H = 54;

export interface SketchNode {
  id: string;
  x: number;
  y: number;
  label: string;
  kind: 'source' | 'stage' | 'won' | 'lost';
  phase?: string;
}
export interface SketchEdge {
  id: string;
  points: [number, number][];
  /** Where the rate label goes (the middle of the route). */
  mx: number;
  my: number;
}
export interface Sketch {
  nodes: SketchNode[];
  edges: SketchEdge[];
  width: number;
  height: number;
}

export function sketchOf(doc: FunnelDocument, pad = 16): Sketch {
  const flow = doc.nodes.filter((n) => n.kind === 'source' || n.kind === 'stage' || n.kind === 'outcome');
  if (flow.length === 0) return { nodes: [], edges: [], width: 0, height: 0 };
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', ranksep: 46, nodesep: 28, edgesep: 14, marginx: pad, marginy: pad });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of flow) g.setNode(n.id, { width: BOX_W, height: BOX_H });
  const ids = new Set(flow.map((n) => n.id));
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
  for (const e of edges) g.setEdge(e.source, e.target, {}, e.id);
  dagre.layout(g);
  const nodes: SketchNode[] = flow.map((n) => {
    const p = g.node(n.id) as { x: number; y: number };
    return {
      id: n.id,
      x: p.x - BOX_W / 2,
      y: p.y - BOX_H / 2,
      label: n.label || n.id,
      kind: n.kind === 'outcome' ? (n.result === 'won' ? 'won' : 'lost') : n.kind === 'source' ? 'source' : 'stage',
      phase: n.kind === 'stage' ? n.phase : undefined,
    };
  });
  const routed: SketchEdge[] = edges.map((e) => {
    const pts = ((g.edge({ v: e.source, w: e.target, name: e.id }) as { points?: { x: number; y: number }[] }).points ?? []).map((p) => [p.x, p.y] as [number, number]);
    const mid = pts[Math.floor(pts.length / 2)] ?? [0, 0];
    return { id: e.id, points: pts, mx: mid[0], my: mid[1] };
  });
  const graph = g.graph() as { width?: number; height?: number };
  return { nodes, edges: routed, width: (graph.width ?? 0) + 0, height: (graph.height ?? 0) + 0 };
}
