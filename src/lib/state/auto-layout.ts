/**
 * Auto-layout left to right with dagre. Returns new top-left positions (and band sizes) for the
 * caller to apply as one undoable edit; the document itself is not touched here.
 *
 * Flow nodes (sources, stages, outcomes) are laid out by dagre. Annotations follow what they
 * belonged to: a phase band that contained flow nodes is re-fitted around them, a note moves with
 * the flow node it sat next to; annotations belonging to nothing stay where they are.
 *
 * The canvas fetches this module (and dagre with it) on demand, not on the first load: import it
 * from UI code only through `layoutModule` (src/lib/ui/canvas/lazy-parts.ts) or `import type`.
 */
import dagre from '@dagrejs/dagre';
import type { FunnelDocument, Node } from '$lib/model/schema';
import { isFlowNode } from '$lib/model/schema';

export interface Size {
  width: number;
  height: number;
}
export interface LayoutMove {
  id: string;
  position: { x: number; y: number };
  /** New size, for phase bands re-fitted around their nodes. */
  size?: Size;
}

/** Used when a node has not been measured yet (a fresh import). */
export const DEFAULT_NODE_SIZE: Size = { width: 240, height: 120 };
const BAND_PAD = 32;
const BAND_HEADER = 36;
/** A note farther than this from every flow node belongs to none. */
const NOTE_REACH = 420;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const inside = (p: { x: number; y: number }, r: Rect) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

function rectOf(n: Node, sizes: ReadonlyMap<string, Size>): Rect {
  const s = sizes.get(n.id) ?? ('size' in n && n.size ? n.size : DEFAULT_NODE_SIZE);
  return { x: n.position.x, y: n.position.y, width: s.width, height: s.height };
}

export interface LayoutOptions {
  /** Horizontal gap between ranks. */
  rankSep?: number;
  /** Vertical gap between nodes of a rank. */
  nodeSep?: number;
}

export function autoLayout(doc: FunnelDocument, sizes: ReadonlyMap<string, Size>, options: LayoutOptions = {}): LayoutMove[] {
  const flow = doc.nodes.filter(isFlowNode);
  if (flow.length === 0) return [];
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', ranksep: options.rankSep ?? 150, nodesep: options.nodeSep ?? 56, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const before = new Map<string, Rect>();
  for (const n of flow) {
    const r = rectOf(n, sizes);
    before.set(n.id, r);
    g.setNode(n.id, { width: r.width, height: r.height });
  }
  for (const e of doc.edges) {
    if (before.has(e.source) && before.has(e.target) && e.source !== e.target) g.setEdge(e.source, e.target, {}, e.id);
  }
  dagre.layout(g);

  // Keep the laid-out funnel where the old one was (its top-left corner), so the view stays put.
  const minX = Math.min(...[...before.values()].map((r) => r.x));
  const minY = Math.min(...[...before.values()].map((r) => r.y));
  const laid = new Map<string, Rect>();
  for (const n of flow) {
    const r = before.get(n.id)!;
    const p = g.node(n.id) as { x: number; y: number };
    laid.set(n.id, { x: p.x - r.width / 2, y: p.y - r.height / 2, width: r.width, height: r.height });
  }
  const lx = Math.min(...[...laid.values()].map((r) => r.x));
  const ly = Math.min(...[...laid.values()].map((r) => r.y));
  for (const r of laid.values()) {
    r.x = Math.round(r.x - lx + minX);
    r.y = Math.round(r.y - ly + minY);
  }

  const moves: LayoutMove[] = flow.map((n) => ({ id: n.id, position: { x: laid.get(n.id)!.x, y: laid.get(n.id)!.y } }));

  for (const n of doc.nodes) {
    if (n.kind === 'phase-band') {
      const band = rectOf(n, sizes);
      const members = flow.filter((f) => inside(centre(before.get(f.id)!), band)).map((f) => laid.get(f.id)!);
      if (members.length === 0) continue;
      const x0 = Math.min(...members.map((r) => r.x)) - BAND_PAD;
      const y0 = Math.min(...members.map((r) => r.y)) - BAND_PAD - BAND_HEADER;
      const x1 = Math.max(...members.map((r) => r.x + r.width)) + BAND_PAD;
      const y1 = Math.max(...members.map((r) => r.y + r.height)) + BAND_PAD;
      moves.push({ id: n.id, position: { x: x0, y: y0 }, size: { width: x1 - x0, height: y1 - y0 } });
    } else if (n.kind === 'note') {
      const c = centre(rectOf(n, sizes));
      let best: { id: string; d: number } | null = null;
      for (const f of flow) {
        const fc = centre(before.get(f.id)!);
        const d = Math.hypot(fc.x - c.x, fc.y - c.y);
        if (d <= NOTE_REACH && (!best || d < best.d)) best = { id: f.id, d };
      }
      if (!best) continue;
      const from = before.get(best.id)!;
      const to = laid.get(best.id)!;
      moves.push({ id: n.id, position: { x: n.position.x + to.x - from.x, y: n.position.y + to.y - from.y } });
    }
  }
  return moves;
}
