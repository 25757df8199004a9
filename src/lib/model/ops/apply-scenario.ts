import { clone } from './clone';
import type { Dist, Edge, FunnelDocument, Node, OverrideField } from '../schema';

/**
 * Whether a scenario override of `field` means something for `element`:
 * 'ok'; 'kind' when that kind of node/edge has no such field (volume on a stage); 'missing' when
 * the field is an optional part the element does not have (capacity on a stage without capacity).
 */
export function overrideApplies(element: Node | Edge, field: OverrideField): 'ok' | 'kind' | 'missing' {
  const kind = 'kind' in element ? element.kind : 'edge';
  switch (field) {
    case 'rate':
      return kind === 'edge' ? 'ok' : 'kind';
    case 'volume':
    case 'cost.perUnit':
      return kind === 'source' ? 'ok' : 'kind';
    case 'delay':
    case 'cost.perLead':
    case 'revenuePerLead':
      return kind === 'stage' ? 'ok' : 'kind';
    case 'cost.fixedPerPeriod':
      return kind === 'source' || kind === 'stage' ? 'ok' : 'kind';
    case 'capacity.perPeriod':
      if (kind !== 'stage') return 'kind';
      return (element as Extract<Node, { kind: 'stage' }>).capacity ? 'ok' : 'missing';
    case 'value':
      return kind === 'outcome' ? 'ok' : 'kind';
    case 'recurring.perPeriod':
    case 'recurring.churn':
      if (kind !== 'outcome') return 'kind';
      return (element as Extract<Node, { kind: 'outcome' }>).recurring ? 'ok' : 'missing';
  }
}

/** A copy of `element` with `field` (a dotted path) set to `value`; parents are copied, not mutated. */
function withField<T extends object>(element: T, field: string, value: Dist): T {
  const [head, ...rest] = field.split('.');
  const copy = { ...element } as Record<string, unknown>;
  copy[head] = rest.length ? withField((copy[head] ?? {}) as object, rest.join('.'), value) : clone(value);
  return copy as T;
}

/**
 * The document as scenario `scenarioId` sees it: each override that applies replaces its field
 * (overrides that do not apply are skipped; validation warns about them). The base design, an
 * unknown id or a scenario without overrides return `doc` itself. Never mutates `doc`; untouched
 * nodes and edges are shared with it.
 */
export function applyScenario(doc: FunnelDocument, scenarioId: string | null | undefined): FunnelDocument {
  const scenario = scenarioId == null ? undefined : doc.scenarios.find((s) => s.id === scenarioId);
  if (!scenario || scenario.overrides.length === 0) return doc;
  const nodeIndex = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const edgeIndex = new Map(doc.edges.map((e, i) => [e.id, i]));
  let nodes: Node[] | undefined;
  let edges: Edge[] | undefined;
  for (const o of scenario.overrides) {
    const ni = nodeIndex.get(o.target);
    if (ni !== undefined) {
      nodes ??= doc.nodes.slice();
      if (overrideApplies(nodes[ni], o.field) === 'ok') nodes[ni] = withField(nodes[ni], o.field, o.value);
      continue;
    }
    const ei = edgeIndex.get(o.target);
    if (ei !== undefined) {
      edges ??= doc.edges.slice();
      if (overrideApplies(edges[ei], o.field) === 'ok') edges[ei] = withField(edges[ei], o.field, o.value);
    }
  }
  return { ...doc, nodes: nodes ?? doc.nodes, edges: edges ?? doc.edges };
}
