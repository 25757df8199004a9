/**
 * Recognises a design nobody has worked on: a fresh empty one under the default title (in any
 * language), which may be dropped when another design opens so "New" leaves no clutter behind.
 */
import { UNTITLED as TITLES } from '$lib/i18n/messages/shell/untitled';
import type { FunnelDocument } from '$lib/model/schema';

const UNTITLED = new Set<string>(Object.values(TITLES));

export function isUntouchedEmpty(doc: FunnelDocument): boolean {
  return (
    doc.nodes.length === 0 &&
    doc.edges.length === 0 &&
    doc.scenarios.length === 0 &&
    doc.targets.length === 0 &&
    doc.meta.description === '' &&
    UNTITLED.has(doc.meta.title)
  );
}
