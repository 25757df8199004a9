/** Plain lookups the canvas derives from the document after every change. */
import { distMean } from '$lib/model/dist';
import type { Problem } from '$lib/model/problem';
import type { FunnelDocument } from '$lib/model/schema';
import { isFlowNode } from '$lib/model/schema';

/** Outgoing mean rates above this sum count as "more than 100 %" (float noise below it). */
const OVERFLOW = 1 + 1e-9;

export function groupBy(problems: readonly Problem[], key: (p: Problem) => string | undefined): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const k = key(p);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return out;
}

/** Nodes whose outgoing mean rates add up to more than 100 %, with that sum. */
export function rateOverflow(doc: FunnelDocument): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of doc.edges) sums.set(e.source, (sums.get(e.source) ?? 0) + distMean(e.rate));
  const out = new Map<string, number>();
  for (const n of doc.nodes) {
    if (!isFlowNode(n)) continue;
    const s = sums.get(n.id) ?? 0;
    if (s > OVERFLOW) out.set(n.id, s);
  }
  return out;
}

export const labelsById = (doc: FunnelDocument): ReadonlyMap<string, string> => new Map(doc.nodes.map((n) => [n.id, n.label]));

export interface Measured {
  id: string;
  width?: number;
  height?: number;
}
/** Sizes of the nodes that have been measured, by id. */
export function sizeMap(measured: readonly Measured[]): Map<string, { width: number; height: number }> {
  const out = new Map<string, { width: number; height: number }>();
  for (const m of measured) if (m.width && m.height) out.set(m.id, { width: m.width, height: m.height });
  return out;
}

/**
 * A read-only set of ids, built once per computation (never mutated, so it needs no reactivity:
 * a new set replaces it when its source changes).
 */
export const idSet = (ids: Iterable<string>): ReadonlySet<string> => new Set(ids);
