import { FunnelDocument } from './schema';

/** A new, empty design. */
export function emptyDocument(title = 'Untitled funnel'): FunnelDocument {
  return FunnelDocument.parse({ format: 'funnel-lab', version: 1, meta: { title }, nodes: [], edges: [] });
}
