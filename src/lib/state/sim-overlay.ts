/**
 * Numbers for the canvas after a run (DESIGN.md §6: "P50 and P10–P90 after a run"): per node
 * the people entering and dropping off, per edge the flow, each as P10 / P50 / P90. The canvas
 * reads `app.sim.overlay` and `app.sim.canvasNumbers` and shows these instead of expected values.
 */
import type { SimSummary, Summary } from '$lib/sim/types';

export interface Spread {
  p10: number;
  p50: number;
  p90: number;
}
export interface SimOverlay {
  nodes: Record<string, { entered: Spread; dropOff: Spread; inProgress: Spread }>;
  edges: Record<string, { flow: Spread }>;
  runs: number;
}

const spread = (s: Summary): Spread => ({ p10: s.p10, p50: s.p50, p90: s.p90 });

export function simOverlay(summary: SimSummary): SimOverlay {
  const nodes: SimOverlay['nodes'] = {};
  for (const [id, r] of Object.entries(summary.nodes)) {
    nodes[id] = { entered: spread(r.entered), dropOff: spread(r.dropOff), inProgress: spread(r.inProgress) };
  }
  const edges: SimOverlay['edges'] = {};
  for (const [id, r] of Object.entries(summary.edges)) edges[id] = { flow: spread(r.flow) };
  return { nodes, edges, runs: summary.runs };
}
