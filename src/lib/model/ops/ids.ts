import type { FunnelDocument } from '../schema';

/** Every id in use: nodes and edges share one namespace (schema), scenarios are included too. */
export function usedIds(doc: Pick<FunnelDocument, 'nodes' | 'edges' | 'scenarios'>): Set<string> {
  const ids = new Set<string>();
  for (const n of doc.nodes) ids.add(n.id);
  for (const e of doc.edges) ids.add(e.id);
  for (const s of doc.scenarios) ids.add(s.id);
  return ids;
}

/** Lowercase ASCII slug for an id prefix ("Paid Search" → "paid-search"); "id" if nothing is left. */
export function slugPrefix(prefix: string): string {
  const slug = prefix
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'id';
}

/**
 * A fresh id `<prefix>-<n>`: n is one more than the highest number already used with that
 * prefix, so an id is not handed out again after its element was deleted (stale references in
 * open panels then point at nothing instead of at a different element).
 */
export function uniqueId(doc: Pick<FunnelDocument, 'nodes' | 'edges' | 'scenarios'>, prefix: string, taken?: Set<string>): string {
  const base = slugPrefix(prefix);
  const ids = taken ?? usedIds(doc);
  const pattern = new RegExp(`^${base}-(\\d+)$`);
  let max = 0;
  for (const id of ids) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
