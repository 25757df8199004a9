/**
 * compile(document, scenario) → Plan (DESIGN.md §4): the design of the scenario, checked by the
 * model's semantic validation, as flat typed arrays. Errors are refused with a CompileError
 * listing them; the simulation never guesses.
 */
import type { FunnelDocument } from '$lib/model/schema';
import { validateDocument } from '$lib/model/validate';
import { planOf, resolveScenario } from './compile-plan';
import { CompileError } from './compile-error';
import type { Plan } from './plan';

export { CompileError };

export interface CompileOptions {
  /**
   * Refuse documents with semantic errors (default true). The expected-value mode compiles
   * leniently so the canvas shows numbers while the user is still fixing a range: parameters
   * are clamped and rate sums scaled exactly as in the simulation.
   */
  validate?: boolean;
}

export function compile(doc: FunnelDocument, scenarioId: string | null = null, options: CompileOptions = {}): Plan {
  const design = resolveScenario(doc, scenarioId);
  const strict = options.validate !== false;
  if (strict) {
    const errors = validateDocument(design).filter((p) => p.severity === 'error');
    if (errors.length) throw new CompileError(errors);
  }
  return planOf(design, scenarioId, strict);
}
