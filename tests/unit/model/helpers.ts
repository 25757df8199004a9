/** Small builders for model tests: documents written tersely, completed by the schema. */
import { FunnelDocument, type FunnelDocumentInput } from '$lib/model/schema';

type NodeIn = FunnelDocumentInput['nodes'][number];
type EdgeIn = FunnelDocumentInput['edges'][number];

export const P = { x: 0, y: 0 };
export const fixed = (value: number) => ({ type: 'fixed' as const, value });
export const uniform = (low: number, high: number) => ({ type: 'uniform' as const, low, high });

export const source = (id: string, label = id, extra: Partial<NodeIn> = {}): NodeIn =>
  ({ id, kind: 'source', label, position: P, channel: 'seo', volume: fixed(100), ...extra }) as NodeIn;
export const stage = (id: string, label = id, extra: Record<string, unknown> = {}): NodeIn =>
  ({ id, kind: 'stage', label, position: P, ...extra }) as NodeIn;
export const won = (id = 'won', label = 'Won', extra: Record<string, unknown> = {}): NodeIn =>
  ({ id, kind: 'outcome', label, position: P, result: 'won', value: fixed(1000), ...extra }) as NodeIn;
export const lost = (id = 'lost', label = 'Lost'): NodeIn => ({ id, kind: 'outcome', label, position: P, result: 'lost' }) as NodeIn;
export const note = (id: string, text = 'hello'): NodeIn => ({ id, kind: 'note', label: '', position: P, text }) as NodeIn;
export const band = (id: string): NodeIn => ({ id, kind: 'phase-band', label: 'ToFu', position: P, size: { width: 300, height: 200 } }) as NodeIn;
export const edge = (id: string, s: string, t: string, rate: EdgeIn['rate'] = fixed(0.5), extra: Partial<EdgeIn> = {}): EdgeIn => ({
  id,
  source: s,
  target: t,
  rate,
  ...extra,
});

/** A parsed (defaulted) document; throws with zod's message when the input is invalid. */
export function doc(nodes: NodeIn[], edges: EdgeIn[] = [], rest: Partial<FunnelDocumentInput> = {}): FunnelDocument {
  return FunnelDocument.parse({ format: 'funnel-lab', version: 1, nodes, edges, ...rest });
}

/** source → stage → won: the smallest complete funnel. */
export function linear(): FunnelDocument {
  return doc(
    [source('ads', 'Paid search'), stage('lp', 'Landing page'), won('won', 'Customer')],
    [edge('e1', 'ads', 'lp', fixed(0.3)), edge('e2', 'lp', 'won', fixed(0.1))],
  );
}
