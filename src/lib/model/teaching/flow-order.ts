/**
 * The order in which presentation mode walks through a design: stages and outcomes by their
 * longest distance from a source along the flow (loop-back edges ignored), so every step comes
 * after the steps that feed it; ties left to right, then top to bottom as drawn. Outcomes that end
 * the funnel close the walk, won before lost; nodes no source reaches come last.
 */
import type { FunnelDocument } from '../schema';
import { graphIndex, outgoing } from '../graph';

export function presentationOrder(doc: Pick<FunnelDocument, 'nodes' | 'edges'>): string[] {
  const g = graphIndex(doc);

  // Depth-first from every source marks the edges that close a loop (target still on the stack).
  const back = new Set<string>();
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  for (const s of doc.nodes) {
    if (s.kind !== 'source' || state.has(s.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: s.id, next: 0 }];
    state.set(s.id, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const out = outgoing(g, top.id);
      if (top.next >= out.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const e = out[top.next++];
      const st = state.get(e.target);
      if (st === 1) back.add(e.id);
      else if (st === undefined) {
        state.set(e.target, 1);
        stack.push({ id: e.target, next: 0 });
      }
    }
  }

  // Longest distance from a source over the remaining (acyclic) edges, in Kahn order.
  const forward = doc.edges.filter((e) => !back.has(e.id) && state.has(e.source));
  const indeg = new Map<string, number>();
  for (const e of forward) indeg.set(e.target, (indeg.get(e.target) ?? 0) + 1);
  const depth = new Map<string, number>();
  const queue = doc.nodes.filter((n) => n.kind === 'source').map((n) => n.id);
  for (const id of queue) depth.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const e of forward) {
      if (e.source !== id) continue;
      depth.set(e.target, Math.max(depth.get(e.target) ?? 0, depth.get(id)! + 1));
      const d = indeg.get(e.target)! - 1;
      indeg.set(e.target, d);
      if (d === 0) queue.push(e.target);
    }
  }

  const hasOut = new Set(doc.edges.map((e) => e.source));
  // 0: flows on, 1: ends the funnel as won, 2: ends it as lost, 3: unreachable.
  const group = (n: FunnelDocument['nodes'][number]) =>
    !depth.has(n.id) ? 3 : n.kind === 'outcome' && !hasOut.has(n.id) ? (n.result === 'won' ? 1 : 2) : 0;
  return doc.nodes
    .filter((n) => n.kind === 'stage' || n.kind === 'outcome')
    .map((n) => ({ id: n.id, g: group(n), d: depth.get(n.id) ?? 0, x: n.position.x, y: n.position.y }))
    .sort((a, b) => a.g - b.g || a.d - b.d || a.x - b.x || a.y - b.y)
    .map((n) => n.id);
}
