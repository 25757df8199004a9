/** The design's semantic problems (DESIGN.md §3) for outlining nodes and edges on the canvas. */
import type { Problem } from '$lib/model/problem';
import type { FunnelDocument } from '$lib/model/schema';
import { validateDocument } from '$lib/model/validate';

export function designProblems(doc: FunnelDocument): Problem[] {
  try {
    return validateDocument(doc);
  } catch (error) {
    // Validation must never take the canvas down; the problems list reports its own failures.
    console.error(error);
    return [];
  }
}
