/**
 * A schematic picture of the funnel for the printed report, drawn from the document's node
 * positions (not a screenshot of the canvas, whose viewport may show only part of the design):
 * boxes for flow nodes, arrows for edges clipped at the box borders.
 */
import type { FunnelDocument } from '$lib/model/schema';

export const BOX_W = 170;
export const BOX_H = 58;

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
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  mx: number;
  my: number;
}
export interface Sketch {
  nodes: SketchNode[];
  edges: SketchEdge[];
  width: number;
  height: number;
}

/** Where the segment from the box centre towards (tx, ty) leaves a box centred at (cx, cy). */
export function clipToBox(cx: number, cy: number, tx: number, ty: number, w = BOX_W, h = BOX_H): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const sx = dx !== 0 ? w / 2 / Math.abs(dx) : Infinity;
  const sy = dy !== 0 ? h / 2 / Math.abs(dy) : Infinity;
  const s = Math.min(sx, sy);
  return [cx + dx * s, cy + dy * s];
}

export function sketchOf(doc: FunnelDocument, pad = 16): Sketch {
  const flow = doc.nodes.filter((n) => n.kind === 'source' || n.kind === 'stage' || n.kind === 'outcome');
  if (flow.length === 0) return { nodes: [], edges: [], width: 0, height: 0 };
  const minX = Math.min(...flow.map((n) => n.position.x));
  const minY = Math.min(...flow.map((n) => n.position.y));
  const nodes: SketchNode[] = flow.map((n) => ({
    id: n.id,
    x: n.position.x - minX + pad,
    y: n.position.y - minY + pad,
    label: n.label || n.id,
    kind: n.kind === 'outcome' ? (n.result === 'won' ? 'won' : 'lost') : n.kind === 'source' ? 'source' : 'stage',
    phase: n.kind === 'stage' ? n.phase : undefined,
  }));
  const at = new Map(nodes.map((n) => [n.id, n] as const));
  const edges: SketchEdge[] = [];
  for (const e of doc.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t) continue;
    const sc = [s.x + BOX_W / 2, s.y + BOX_H / 2] as const;
    const tc = [t.x + BOX_W / 2, t.y + BOX_H / 2] as const;
    const [x1, y1] = clipToBox(sc[0], sc[1], tc[0], tc[1]);
    const [x2, y2] = clipToBox(tc[0], tc[1], sc[0], sc[1]);
    edges.push({ id: e.id, x1, y1, x2, y2, mx: (x1 + x2) / 2, my: (y1 + y2) / 2 });
  }
  const width = Math.max(...nodes.map((n) => n.x + BOX_W)) + pad;
  const height = Math.max(...nodes.map((n) => n.y + BOX_H)) + pad;
  return { nodes, edges, width, height };
}
