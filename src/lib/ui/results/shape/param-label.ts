/**
 * Sampled parameters named in words, in the interface language: "Webinar → Demo rate",
 * "Paid search volume". The engine's English label is the fallback for ids no longer in the design.
 */
import type { FunnelDocument } from '$lib/model/schema';
import type { ParamRef } from '$lib/sim/types';

export type FieldNamer = (field: ParamRef['field']) => string;

export function paramLabel(ref: ParamRef, doc: FunnelDocument, fieldName: FieldNamer): string {
  const byId = new Map(doc.nodes.map((n) => [n.id, n] as const));
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? n.label || n.id : id;
  };
  const edge = doc.edges.find((e) => e.id === ref.target);
  if (edge) {
    // The path names the edge better than its free-text label would ("downloads the e-book").
    return `${name(edge.source)} → ${name(edge.target)}: ${fieldName(ref.field)}`;
  }
  if (byId.has(ref.target)) return `${name(ref.target)}: ${fieldName(ref.field)}`;
  return ref.label;
}
