/**
 * Recognises a design nobody has worked on: a fresh empty one under the default title (in any
 * language), which may be dropped when another design opens so "New" leaves no clutter behind.
 */
import { MESSAGES } from '$lib/i18n/messages';
import type { FunnelDocument } from '$lib/model/schema';

const UNTITLED = new Set(Object.values(MESSAGES).map((m) => m['shell.untitled']));

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
