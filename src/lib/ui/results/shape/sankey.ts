/**
 * Sankey of median flows: sources → stages → outcomes, with a grey "drop-off" end for the people
 * each node loses. d3-sankey lays out acyclic graphs only, so loop edges (lost → nurture → MQL)
 * are taken out of the layout and drawn as separate return arcs.
 */
import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { FunnelDocument, Node } from '$lib/model/schema';
import type { SimSummary, Summary } from '$lib/sim/types';

export type FlowStat = 'p50' | 'mean';
export type SankeyKind = 'source' | 'stage' | 'won' | 'lost' | 'drop';

export interface SankeyNodeDatum {
  id: string;
  /** The design node (for drop-off ends: the node that loses the people). */
  nodeId: string;
  kind: SankeyKind;
  label: string;
  /** CSS colour (a design token). */
  color: string;
  /** People entering the node (median), for tooltips. */
  entered: number;
}

export interface SankeyLinkDatum {
  id: string;
  source: string;
  target: string;
  /** Width in the layout: the flow itself, or its square root when widths are compressed. */
  value: number;
  /** The flow (people). */
  real: number;
  /** P10–P90 of the flow, for tooltips and the table. */
  low: number;
  high: number;
  kind: 'edge' | 'drop';
}

export interface SankeyGraphData {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
  /** Edges that close a loop, not part of the layout. */
  loops: SankeyLinkDatum[];
}

function colorOf(n: Node): string {
  if (n.kind === 'source') return 'var(--kind-source)';
  if (n.kind === 'outcome') return n.result === 'won' ? 'var(--kind-won)' : 'var(--kind-lost)';
  if (n.kind === 'stage') return `var(--phase-${n.phase})`;
  return 'var(--border-strong)';
}

function kindOf(n: Node): SankeyKind {
  if (n.kind === 'source') return 'source';
  if (n.kind === 'outcome') return n.result === 'won' ? 'won' : 'lost';
  return 'stage';
}

/**
 * Edges that point back to a node on the current depth-first path, starting from the sources in
 * document order: removing them leaves an acyclic graph with every forward flow intact.
 */
export function backEdges(doc: FunnelDocument): Set<string> {
  const out = new Map<string, { id: string; target: string }[]>();
  for (const e of doc.edges) {
    if (!out.has(e.source)) out.set(e.source, []);
    out.get(e.source)!.push({ id: e.id, target: e.target });
  }
  const state = new Map<string, 1 | 2>(); // 1 on the path, 2 finished
  const back = new Set<string>();
  const visit = (start: string) => {
    // Iterative DFS: designs may have thousands of nodes.
    const stack: { id: string; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const edges = out.get(top.id) ?? [];
      if (top.i >= edges.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const e = edges[top.i++];
      const s = state.get(e.target);
      if (s === 1) back.add(e.id);
      else if (s === undefined) {
        state.set(e.target, 1);
        stack.push({ id: e.target, i: 0 });
      }
    }
  };
  const sources = doc.nodes.filter((n) => n.kind === 'source');
  for (const n of [...sources, ...doc.nodes]) if (!state.has(n.id) && (n.kind === 'source' || n.kind === 'stage' || n.kind === 'outcome')) visit(n.id);
  return back;
}

const stat = (s: Summary | undefined, which: FlowStat) => (s ? s[which] : 0);

/**
 * Funnels shrink by orders of magnitude (80,000 visitors, 60 customers): drawn to scale the late
 * stages are hairlines. Compressed widths (square roots) keep them visible; labels stay exact.
 */
export type WidthScale = 'linear' | 'sqrt';

/** Compress when the largest flow is over 200 times the smallest. */
export function suggestedScale(graph: SankeyGraphData): WidthScale {
  const vals = graph.links.map((l) => l.real).filter((v) => v > 0);
  if (vals.length === 0) return 'linear';
  return Math.max(...vals) / Math.min(...vals) > 200 ? 'sqrt' : 'linear';
}

export function withScale(graph: SankeyGraphData, scale: WidthScale): SankeyGraphData {
  const f = scale === 'sqrt' ? Math.sqrt : (v: number) => v;
  const map = (l: SankeyLinkDatum) => ({ ...l, value: f(l.real) });
  return { nodes: graph.nodes, links: graph.links.map(map), loops: graph.loops.map(map) };
}

export function shapeSankey(doc: FunnelDocument, summary: SimSummary, which: FlowStat = 'p50', dropLabel = 'Drop-off'): SankeyGraphData {
  const back = backEdges(doc);
  const flowNodes = doc.nodes.filter((n) => n.kind === 'source' || n.kind === 'stage' || n.kind === 'outcome');
  const known = new Set(flowNodes.map((n) => n.id));
  const links: SankeyLinkDatum[] = [];
  const loops: SankeyLinkDatum[] = [];
  for (const e of doc.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const flow = summary.edges[e.id]?.flow;
    const value = stat(flow, which);
    if (!(value > 0)) continue;
    const link: SankeyLinkDatum = { id: e.id, source: e.source, target: e.target, value, real: value, low: flow?.p10 ?? 0, high: flow?.p90 ?? 0, kind: 'edge' };
    (back.has(e.id) ? loops : links).push(link);
  }
  const nodes: SankeyNodeDatum[] = [];
  for (const n of flowNodes) {
    const r = summary.nodes[n.id];
    nodes.push({ id: n.id, nodeId: n.id, kind: kindOf(n), label: n.label || n.id, color: colorOf(n), entered: stat(r?.entered, which) });
    // People who reach an outcome stay there: only sources and stages lose people.
    if (n.kind === 'outcome' || !r) continue;
    const drop = stat(r.dropOff, which);
    if (drop > 0) {
      const id = `drop:${n.id}`;
      nodes.push({ id, nodeId: n.id, kind: 'drop', label: dropLabel, color: 'var(--border-strong)', entered: drop });
      links.push({ id, source: n.id, target: id, value: drop, real: drop, low: r.dropOff.p10, high: r.dropOff.p90, kind: 'drop' });
    }
  }
  // Nodes without any flow would stack up in the first column and say nothing.
  const linked = new Set<string>();
  for (const l of [...links, ...loops]) linked.add(l.source).add(l.target);
  return { nodes: nodes.filter((n) => linked.has(n.id)), links, loops };
}

export type LaidNode = SankeyNode<SankeyNodeDatum, SankeyLinkDatum>;
export type LaidLink = SankeyLink<SankeyNodeDatum, SankeyLinkDatum>;

export interface SankeyLayoutData {
  nodes: LaidNode[];
  links: LaidLink[];
  loops: { link: SankeyLinkDatum; path: string; width: number }[];
  width: number;
  height: number;
}

/**
 * Positions the graph. Outcomes that end a path sit in the last column, drop-off ends right next
 * to the node they leave, everything else as far left as its depth allows.
 */
export function layoutSankey(graph: SankeyGraphData, width: number, height: number, margin = { top: 8, right: 8, bottom: 8, left: 8 }): SankeyLayoutData {
  const loopRoom = graph.loops.length ? 28 : 0;
  const layout = sankey<SankeyNodeDatum, SankeyLinkDatum>()
    .nodeId((d) => d.id)
    .nodeWidth(14)
    .nodePadding(14)
    .nodeAlign((node, n) => ((node.kind === 'won' || node.kind === 'lost') && !(node.sourceLinks?.length) ? n - 1 : (node.depth ?? 0)))
    .extent([
      [margin.left, margin.top],
      [Math.max(margin.left + 40, width - margin.right), Math.max(margin.top + 40, height - margin.bottom - loopRoom)],
    ]);
  const { nodes, links } = graph.links.length
    ? layout({ nodes: graph.nodes.map((n) => ({ ...n })), links: graph.links.map((l) => ({ ...l })) })
    : { nodes: [] as LaidNode[], links: [] as LaidLink[] };
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  // Scale of the layout: pixels per person, from any laid-out link.
  const k = links.length ? (links[0].width ?? 0) / links[0].value : 0;
  const bottom = height - margin.bottom;
  const loops = graph.loops.flatMap((link) => {
    const s = byId.get(link.source);
    const t = byId.get(link.target);
    if (!s || !t) return [];
    const w = Math.max(1.5, link.value * k);
    const sx = s.x1 ?? 0;
    const sy = ((s.y0 ?? 0) + (s.y1 ?? 0)) / 2;
    const tx = t.x0 ?? 0;
    const ty = ((t.y0 ?? 0) + (t.y1 ?? 0)) / 2;
    const low = bottom - w / 2 - 2;
    // Out of the source to the right, down under the diagram, back left, up into the target.
    const path = `M${sx},${sy} C${sx + 24},${sy} ${sx + 24},${low} ${sx},${low} L${tx},${low} C${tx - 24},${low} ${tx - 24},${ty} ${tx},${ty}`;
    return [{ link, path, width: w }];
  });
  return { nodes, links, loops, width, height };
}
