/**
 * Processing order of the flow nodes within a period (DESIGN.md §4 step 3). People arriving at a
 * stage that certainly delays them by at least one period leave it in a later period, so an edge
 * into such a stage need not be respected within a period: cycles are broken there ("back
 * edges"). Every other edge must point forward; if those still form a cycle, the design has a
 * loop without delay and cannot run.
 */

export interface OrderResult {
  /** Node indexes in processing order; shorter than n when a cycle remains. */
  order: number[];
  /** Nodes left on a cycle without delay (empty when the order is complete). */
  cyclic: number[];
}

/**
 * Kahn's algorithm over all edges, in document order on ties; when only cycles remain, it
 * releases the first certainly delayed stage left. So loop-free designs keep their natural
 * order, and a loop is cut at its delayed stage.
 */
export function processingOrder(
  n: number,
  edgeSource: readonly number[],
  edgeTarget: readonly number[],
  certainlyDelayed: (node: number) => boolean,
): OrderResult {
  const indeg = new Int32Array(n);
  const delayed = Array.from({ length: n }, (_, i) => certainlyDelayed(i));
  const outs: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < edgeSource.length; e++) {
    const t = edgeTarget[e];
    outs[edgeSource[e]].push(t);
    indeg[t]++;
  }
  const placed = new Uint8Array(n);
  const order: number[] = [];
  // A min-ordered ready list keeps document order among ready nodes.
  const ready: number[] = [];
  const push = (i: number) => {
    let k = ready.length;
    ready.push(i);
    while (k > 0 && ready[k - 1] < i) {
      ready[k] = ready[k - 1];
      k--;
    }
    ready[k] = i;
  };
  for (let i = 0; i < n; i++) if (indeg[i] === 0) push(i);
  let scan = 0;
  while (order.length < n) {
    let i: number;
    if (ready.length) i = ready.pop()!;
    else {
      // Stuck: every node left waits for a node on a cycle. Edges into a delayed stage bind
      // nothing within a period, so the first delayed stage left may go now; if none is left,
      // the cycles have no delay.
      while (scan < n && (placed[scan] || !delayed[scan])) scan++;
      if (scan === n) break;
      i = scan;
    }
    if (placed[i]) continue;
    placed[i] = 1;
    order.push(i);
    for (const t of outs[i]) {
      if (placed[t]) continue;
      indeg[t]--;
      if (indeg[t] === 0) push(t);
    }
  }
  const cyclic: number[] = [];
  for (let i = 0; i < n; i++) if (!placed[i]) cyclic.push(i);
  return { order, cyclic };
}
