/**
 * Graph helpers over the flow nodes (sources, stages, outcomes) and the edges between them.
 * Notes, bands, edges with a missing or non-flow end and edges into sources are ignored here
 * (validation reports them). Everything is iterative: designs of 5,000 nodes in one chain must not hit recursion limits.
 */
import { minRoundedDelay } from './dist';
import { isFlowNode, type Edge, type FlowNode, type FunnelDocument } from './schema';

export interface GraphIndex {
  /** Flow nodes in document order. */
  nodes: FlowNode[];
  byId: Map<string, FlowNode>;
  /** Document order among flow nodes (the tie-breaker everywhere). */
  order: Map<string, number>;
  /** Edges between flow nodes, in document order. */
  edges: Edge[];
  out: Map<string, Edge[]>;
  in: Map<string, Edge[]>;
}

const NONE: readonly Edge[] = Object.freeze([]);

export function graphIndex(doc: Pick<FunnelDocument, 'nodes' | 'edges'>): GraphIndex {
  const nodes = doc.nodes.filter(isFlowNode);
  const byId = new Map<string, FlowNode>();
  const order = new Map<string, number>();
  const out = new Map<string, Edge[]>();
  const inc = new Map<string, Edge[]>();
  for (const n of nodes) {
    if (byId.has(n.id)) continue; // duplicate ids: the first wins (validation reports it)
    order.set(n.id, byId.size);
    byId.set(n.id, n);
    out.set(n.id, []);
    inc.set(n.id, []);
  }
  // An edge into a source is invalid (validation reports it): people never flow back into a source.
  const edges = doc.edges.filter((e) => byId.has(e.source) && byId.has(e.target) && byId.get(e.target)!.kind !== 'source');
  for (const e of edges) {
    out.get(e.source)!.push(e);
    inc.get(e.target)!.push(e);
  }
  return { nodes: [...byId.values()], byId, order, edges, out, in: inc };
}

export const outgoing = (g: GraphIndex, id: string): readonly Edge[] => g.out.get(id) ?? NONE;
export const incoming = (g: GraphIndex, id: string): readonly Edge[] => g.in.get(id) ?? NONE;

/**
 * Strongly connected components (Tarjan, iterative), in topological order of the condensation:
 * a component comes before every component it has edges to. Members keep the order of `ids`.
 */
export function stronglyConnectedComponents(ids: readonly string[], successors: (id: string) => Iterable<string>): string[][] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const succ: number[][] = ids.map((id) => {
    const list: number[] = [];
    for (const s of successors(id)) {
      const p = position.get(s);
      if (p !== undefined) list.push(p);
    }
    return list;
  });
  const stack: number[] = [];
  const components: string[][] = [];
  let counter = 0;
  // Explicit call stack: [node, next successor to look at].
  const frames: [number, number][] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    frames.push([root, 0]);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length) {
      const frame = frames[frames.length - 1];
      const v = frame[0];
      if (frame[1] < succ[v].length) {
        const w = succ[v][frame[1]++];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      frames.pop();
      if (frames.length) {
        const parent = frames[frames.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          members.push(w);
        } while (w !== v);
        members.sort((a, b) => a - b);
        components.push(members.map((i) => ids[i]));
      }
    }
  }
  // Tarjan finishes a component after everything it reaches: reverse for topological order.
  return components.reverse();
}

/** True when the stage certainly holds people for at least one period (loops may pass it). */
export function isCertainlyDelayed(node: FlowNode): boolean {
  return node.kind === 'stage' && minRoundedDelay(node.delay) >= 1;
}

/** Components that are loops (more than one node, or a node with an edge to itself), by first member's document position. */
function loops(components: string[][], g: GraphIndex, keep: (e: Edge) => boolean): string[][] {
  return components
    .filter((c) => c.length > 1 || outgoing(g, c[0]).some((e) => e.target === c[0] && keep(e)))
    .sort((a, b) => g.order.get(a[0])! - g.order.get(b[0])!);
}

/** Every loop of the design (non-trivial strongly connected components), members in document order. */
export function findCycles(doc: Pick<FunnelDocument, 'nodes' | 'edges'>, g = graphIndex(doc)): string[][] {
  const ids = g.nodes.map((n) => n.id);
  const comps = stronglyConnectedComponents(ids, (id) => outgoing(g, id).map((e) => e.target));
  return loops(comps, g, () => true);
}

/**
 * Loops in which no stage certainly delays people by at least one period (DESIGN.md §3: an
 * error). Found exactly: drop every edge into a certainly delayed stage; whatever still forms a
 * loop has a cycle without delay. Each result lists the nodes of one such loop, in document order.
 */
export function loopsWithoutDelay(doc: Pick<FunnelDocument, 'nodes' | 'edges'>, g = graphIndex(doc)): string[][] {
  const binds = (e: Edge) => !isCertainlyDelayed(g.byId.get(e.target)!);
  const ids = g.nodes.map((n) => n.id);
  const comps = stronglyConnectedComponents(ids, (id) => outgoing(g, id).filter(binds).map((e) => e.target));
  return loops(comps, g, binds);
}

/** Minimal binary heap of numbers (document positions). */
class MinHeap {
  #a: number[] = [];
  get size() {
    return this.#a.length;
  }
  push(x: number) {
    const a = this.#a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= x) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = x;
  }
  pop(): number {
    const a = this.#a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let mv = last;
        if (l < a.length && a[l] < mv) {
          m = l;
          mv = a[l];
        }
        if (r < a.length && a[r] < mv) m = r;
        if (m === i) break;
        a[i] = a[m];
        i = m;
      }
      a[i] = last;
    }
    return top;
  }
}

/** Kahn's algorithm over `members` (positions), lowest position first among ready ones. */
function kahn(members: number[], succ: (i: number) => number[], stuck: (left: Set<number>) => number): number[] {
  const inside = new Set(members);
  const indeg = new Map<number, number>(members.map((m) => [m, 0]));
  for (const m of members) for (const t of succ(m)) if (inside.has(t)) indeg.set(t, indeg.get(t)! + 1);
  const heap = new MinHeap();
  for (const m of members) if (indeg.get(m) === 0) heap.push(m);
  const left = new Set(members);
  const out: number[] = [];
  while (left.size) {
    let v: number;
    if (heap.size) v = heap.pop();
    else v = stuck(left);
    if (!left.has(v)) continue;
    left.delete(v);
    out.push(v);
    for (const t of succ(v)) {
      if (!left.has(t)) continue;
      const d = indeg.get(t)! - 1;
      indeg.set(t, d);
      if (d === 0) heap.push(t);
    }
  }
  return out;
}

export interface TopologicalOptions {
  /**
   * Stages whose incoming edges need not be respected within a period (people arriving there
   * leave in a later period). Default: stages that certainly delay by at least one period.
   */
  delayed?: (node: FlowNode) => boolean;
}

/**
 * Flow node ids in an order where every edge points forward, tolerating cycles: strongly
 * connected components in topological order (document order among independent ones); inside a
 * loop, edges into delayed stages are dropped and the rest is ordered the same way. A loop
 * without any delay (a validation error) is cut at its first node in document order.
 */
export function topologicalOrder(doc: Pick<FunnelDocument, 'nodes' | 'edges'>, options: TopologicalOptions = {}, g = graphIndex(doc)): string[] {
  const delayed = options.delayed ?? isCertainlyDelayed;
  const ids = g.nodes.map((n) => n.id);
  const pos = (id: string) => g.order.get(id)!;
  const succAll = ids.map((id) => outgoing(g, id).map((e) => pos(e.target)));
  const comps = stronglyConnectedComponents(ids, (id) => outgoing(g, id).map((e) => e.target));
  const compOf = new Int32Array(ids.length);
  comps.forEach((c, k) => c.forEach((id) => (compOf[pos(id)] = k)));

  // Order the components: Kahn over the condensation, ties by the first member's position.
  const first = comps.map((c) => pos(c[0]));
  const byFirst = new Map(first.map((p, k) => [p, k]));
  const compSucc = (p: number) => {
    const k = byFirst.get(p)!;
    const targets = new Set<number>();
    for (const id of comps[k]) for (const t of succAll[pos(id)]) if (compOf[t] !== k) targets.add(first[compOf[t]]);
    return [...targets];
  };
  const compOrder = kahn(first, compSucc, (left) => Math.min(...left));

  const result: string[] = [];
  for (const p of compOrder) {
    const members = comps[byFirst.get(p)!].map(pos);
    if (members.length === 1) {
      result.push(ids[members[0]]);
      continue;
    }
    const inner = (i: number) => succAll[i].filter((t) => !delayed(g.nodes[t]));
    // Stuck only on a loop without delay: release its first delayed stage, else its first node.
    const stuck = (left: Set<number>) => {
      let best = Infinity;
      for (const m of left) if (delayed(g.nodes[m]) && m < best) best = m;
      return best === Infinity ? Math.min(...left) : best;
    };
    for (const m of kahn(members, inner, stuck)) result.push(ids[m]);
  }
  return result;
}

/** Ids of flow nodes reachable from any source along edges (sources included). */
export function reachableFromSources(doc: Pick<FunnelDocument, 'nodes' | 'edges'>, g = graphIndex(doc)): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const n of g.nodes) {
    if (n.kind !== 'source') continue;
    seen.add(n.id);
    queue.push(n.id);
  }
  for (let i = 0; i < queue.length; i++) {
    for (const e of outgoing(g, queue[i])) {
      if (!seen.has(e.target)) {
        seen.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return seen;
}
