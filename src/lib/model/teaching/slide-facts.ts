/**
 * The numbers presentation mode shows for one step: how many people are expected to enter it
 * over the horizon, where they go next (with the share each connection takes) and how many drop
 * out, plus — after a run — the simulated median and P10–P90. Pure: the caller passes the
 * expected values and the simulation summary it has (structural types, so the model layer needs
 * nothing from the engine).
 */
import type { FunnelDocument } from '../schema';
import { distMean } from '../dist';

export interface ExpectedLike {
  nodes: Record<string, { entered: number; dropOff: number } | undefined>;
  edges: Record<string, { flow: number } | undefined>;
}
export interface SpreadLike {
  p10: number;
  p50: number;
  p90: number;
}
export interface SimulatedLike {
  nodes: Record<string, { entered: SpreadLike } | undefined>;
}

export interface SlideFacts {
  /** Expected people entering over the whole horizon (null when the design cannot be computed). */
  entered: number | null;
  /** Expected people entering per period, on average. */
  perPeriod: number | null;
  simulated: SpreadLike | null;
  next: { edgeId: string; targetId: string; label: string; share: number; people: number | null }[];
  /** Share and expected number of people who leave the funnel here. */
  dropOff: { share: number; people: number | null };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function slideFacts(doc: FunnelDocument, nodeId: string, expected: ExpectedLike | null, simulated: SimulatedLike | null): SlideFacts {
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label.trim() || n.id]));
  const out = doc.edges.filter((e) => e.source === nodeId);
  const rates = out.map((e) => clamp01(distMean(e.rate)));
  const sum = rates.reduce((a, b) => a + b, 0);
  // The simulation scales rates that add up to more than 100 %; the shares shown do the same.
  const scale = sum > 1 ? 1 / sum : 1;
  const ev = expected?.nodes[nodeId];
  const entered = ev ? ev.entered : null;
  return {
    entered,
    perPeriod: entered === null ? null : entered / doc.settings.periods,
    simulated: simulated?.nodes[nodeId]?.entered ?? null,
    next: out.map((e, i) => ({
      edgeId: e.id,
      targetId: e.target,
      label: labels.get(e.target) ?? e.target,
      share: rates[i] * scale,
      people: expected?.edges[e.id]?.flow ?? null,
    })),
    dropOff: { share: clamp01(1 - sum * scale), people: ev ? ev.dropOff : null },
  };
}
