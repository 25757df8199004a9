/**
 * What a simulation result depends on, as a string key: results are stale exactly when the key
 * of the current design differs from the key they were computed from. Moving a node, renaming
 * it, editing notes, channels or content changes nothing the engine reads, so it does not make
 * results stale; a rate, a volume, a milestone, the horizon or a scenario's overrides do.
 */
import type { FunnelDocument, Node, Scenario } from '$lib/model/schema';

/** Node fields the engine never reads. */
const PRESENTATION_FIELDS = new Set(['label', 'position', 'notes', 'channels', 'content', 'preset', 'phase', 'size', 'text', 'channel']);

function nodeInputs(n: Node): unknown {
  if (n.kind === 'note' || n.kind === 'phase-band') return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) if (!PRESENTATION_FIELDS.has(k)) out[k] = v;
  return out;
}

/** The key of the base design (without runs and seed, which are compared on their own). */
export function baseInputsKey(doc: FunnelDocument): string {
  return JSON.stringify({
    periods: doc.settings.periods,
    nodes: doc.nodes.map(nodeInputs).filter((x) => x !== null),
    edges: doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, rate: e.rate })),
  });
}

export function scenarioInputsKey(baseKey: string, scenario: Scenario | undefined): string {
  return scenario ? `${baseKey}|${JSON.stringify(scenario.overrides)}` : baseKey;
}

/** The key for targets: changing a target changes only the "chance to reach" figures. */
export function targetsKey(doc: FunnelDocument): string {
  return JSON.stringify(doc.targets);
}
