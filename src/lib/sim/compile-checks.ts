/**
 * What compile needs from the model layer: the design of a scenario and its semantic errors.
 * `semanticErrors` is an interim private check until the model's `validateDocument` lands.
 */
import type { FunnelDocument } from '$lib/model/schema';
import { applyScenario } from '$lib/model/ops/apply-scenario';
import { distMean } from '$lib/model/dist';
import type { Problem } from '$lib/model/problem';
import { CompileError } from './compile-error';

const err = (code: string, message: string, ids: { nodeId?: string; edgeId?: string } = {}): Problem => ({
  severity: 'error',
  code,
  params: {},
  message,
  path: [],
  ...ids,
});

/**
 * The design as scenario `scenarioId` sees it (the model's applyScenario), refusing an unknown
 * id: a run of a scenario that does not exist must not silently run the base design.
 */
export function resolveScenario(doc: FunnelDocument, scenarioId: string | null): FunnelDocument {
  if (scenarioId === null) return doc;
  if (!doc.scenarios.some((s) => s.id === scenarioId)) {
    throw new CompileError([err('scenario.unknown', `There is no scenario with id "${scenarioId}"`)]);
  }
  return applyScenario(doc, scenarioId);
}

/** Errors that make a simulation meaningless (loops without delay are found by compile). */
export function semanticErrors(doc: FunnelDocument): Problem[] {
  const out: Problem[] = [];
  if (!doc.nodes.some((n) => n.kind === 'source')) out.push(err('source.none', 'The design has no source'));
  const sums = new Map<string, number>();
  for (const e of doc.edges) sums.set(e.source, (sums.get(e.source) ?? 0) + distMean(e.rate));
  for (const [id, sum] of sums) {
    if (sum > 1 + 1e-9) out.push(err('rates.over100', `Rates out of '${id}' sum to ${sum.toFixed(3)} (> 1)`, { nodeId: id }));
  }
  return out;
}
