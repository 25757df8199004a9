/**
 * Semantic validation (DESIGN.md §3): problems with the funnel as a whole, shown on the canvas
 * and in the problems list. Never throws; the simulation refuses only errors. Messages name
 * nodes by label and edges as "Source label → Target label".
 */
import { distMean } from './dist';
import { distProblems, type DistDomain } from './dist-check';
import { graphIndex, loopsWithoutDelay, outgoing, reachableFromSources } from './graph';
import { overrideApplies } from './ops/apply-scenario';
import { problem, type Problem } from './problem';
import { OVERRIDE_FIELDS, isFlowNode, type Dist, type Edge, type FunnelDocument, type KpiName, type Node } from './schema';

/** Dist fields of each element kind and the domain of each. */
const DIST_FIELDS: Record<string, [string, DistDomain][]> = {
  source: [['volume', 'count'], ['cost.perUnit', 'money'], ['cost.fixedPerPeriod', 'money']],
  stage: [['delay', 'delay'], ['cost.perLead', 'money'], ['cost.fixedPerPeriod', 'money'], ['revenuePerLead', 'money'], ['capacity.perPeriod', 'count']],
  outcome: [['value', 'money'], ['recurring.perPeriod', 'money'], ['recurring.churn', 'rate']],
  edge: [['rate', 'rate']],
};

/** KPIs that count people at stages marked with a milestone (CPL divides by leads). */
const MILESTONE_OF: Partial<Record<KpiName, string>> = {
  leads: 'lead',
  cpl: 'lead',
  mqls: 'mql',
  sals: 'sal',
  sqls: 'sql',
  opportunities: 'opportunity',
};

/** How many loop members a message names before "…". */
const MAX_NAMED = 8;

const quote = (s: string) => `"${s}"`;

function get(obj: unknown, path: string): unknown {
  let v = obj;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const isDist = (v: unknown): v is Dist => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

export function validateDocument(doc: FunnelDocument): Problem[] {
  const out: Problem[] = [];
  const nodeIndex = new Map<string, number>();
  doc.nodes.forEach((n, i) => {
    if (!nodeIndex.has(n.id)) nodeIndex.set(n.id, i);
  });
  const edgeIndex = new Map<string, number>();
  doc.edges.forEach((e, i) => {
    if (!edgeIndex.has(e.id)) edgeIndex.set(e.id, i);
  });
  const nodeById = (id: string): Node | undefined => {
    const i = nodeIndex.get(id);
    return i === undefined ? undefined : doc.nodes[i];
  };
  const nodeName = (n: Node) => n.label?.trim() || n.id;
  const nameOfId = (id: string) => {
    const n = nodeById(id);
    return n ? nodeName(n) : id;
  };
  const edgeName = (e: Edge) => `${nameOfId(e.source)} → ${nameOfId(e.target)}`;
  const nodeAt = (id: string): (string | number)[] => ['nodes', nodeIndex.get(id) ?? -1];

  // Ids.
  const seen = new Set<string>();
  doc.nodes.forEach((n, i) => {
    if (seen.has(n.id)) out.push(problem('error', 'duplicateId', { id: n.id }, ['nodes', i, 'id'], { nodeId: n.id }));
    seen.add(n.id);
  });
  doc.edges.forEach((e, i) => {
    if (seen.has(e.id)) out.push(problem('error', 'duplicateId', { id: e.id }, ['edges', i, 'id'], { edgeId: e.id }));
    seen.add(e.id);
  });

  // Edge endpoints.
  const pairs = new Set<string>();
  doc.edges.forEach((e, i) => {
    const ids = { edgeId: e.id };
    let ok = true;
    for (const end of ['source', 'target'] as const) {
      const n = nodeById(e[end]);
      if (!n) {
        out.push(problem('error', 'edge.missingEndpoint', { edge: edgeName(e), id: e[end] }, ['edges', i, end], ids));
        ok = false;
      } else if (!isFlowNode(n)) {
        out.push(problem('error', 'edge.notFlow', { edge: edgeName(e), node: nodeName(n) }, ['edges', i, end], ids));
        ok = false;
      } else if (end === 'target' && n.kind === 'source') {
        out.push(problem('error', 'edge.intoSource', { edge: edgeName(e), node: nodeName(n) }, ['edges', i, end], ids));
        ok = false;
      }
    }
    const pair = `${e.source}\u0000${e.target}`;
    if (ok && pairs.has(pair)) {
      out.push(problem('warning', 'edge.duplicate', { source: nameOfId(e.source), target: nameOfId(e.target) }, ['edges', i], ids));
    }
    pairs.add(pair);
  });

  // Distribution parameters.
  const checkDist = (
    value: unknown,
    domain: DistDomain,
    where: string,
    field: string,
    path: (string | number)[],
    ids: { nodeId?: string; edgeId?: string },
  ) => {
    if (!isDist(value)) return;
    for (const p of distProblems(value, domain)) {
      const params: Record<string, string | number> = { where, param: p.params.param ? `${field}.${p.params.param}` : field };
      if (p.params.value !== undefined) params.value = p.params.value;
      if (p.params.other !== undefined) params.other = `${field}.${p.params.other}`;
      if (p.params.otherValue !== undefined) params.otherValue = p.params.otherValue;
      out.push(problem('error', p.code, params, p.field ? [...path, p.field] : path, ids));
    }
  };
  doc.nodes.forEach((n, i) => {
    for (const [field, domain] of DIST_FIELDS[n.kind] ?? []) {
      checkDist(get(n, field), domain, quote(nodeName(n)), field, ['nodes', i, ...field.split('.')], { nodeId: n.id });
    }
  });
  doc.edges.forEach((e, i) => checkDist(e.rate, 'rate', quote(edgeName(e)), 'rate', ['edges', i, 'rate'], { edgeId: e.id }));

  // Flow: rates, loops, sources, reachability, outcomes.
  const g = graphIndex(doc);
  for (const n of g.nodes) {
    let sum = 0;
    for (const e of outgoing(g, n.id)) sum += isDist(e.rate) ? distMean(e.rate) : 0;
    if (sum > 1 + 1e-9) {
      const total = Math.round(sum * 1000) / 10;
      out.push(problem('error', 'rates.over100', { node: nodeName(n), total }, nodeAt(n.id), { nodeId: n.id }));
    }
  }
  for (const loop of loopsWithoutDelay(doc, g)) {
    const names = loop.slice(0, MAX_NAMED).map((id) => quote(nameOfId(id)));
    if (loop.length > MAX_NAMED) names.push('…');
    out.push(problem('error', 'loop.noDelay', { nodes: names.join(', ') }, nodeAt(loop[0]), { nodeId: loop[0] }));
  }
  const sources = g.nodes.filter((n) => n.kind === 'source');
  if (sources.length === 0) out.push(problem('error', 'noSource', {}, ['nodes']));
  else {
    const reachable = reachableFromSources(doc, g);
    for (const n of g.nodes) {
      if (!reachable.has(n.id)) out.push(problem('warning', 'unreachable', { node: nodeName(n) }, nodeAt(n.id), { nodeId: n.id }));
    }
  }
  for (const n of g.nodes) {
    if ((n.kind === 'source' || n.kind === 'stage') && outgoing(g, n.id).length === 0) {
      out.push(problem('warning', `deadEnd.${n.kind}`, { node: nodeName(n) }, nodeAt(n.id), { nodeId: n.id }));
    }
  }
  if (!g.nodes.some((n) => n.kind === 'outcome' && n.result === 'won')) out.push(problem('warning', 'noWonOutcome', {}, ['nodes']));

  // Source activity windows (periods count from 1 in messages).
  const periods = doc.settings.periods;
  doc.nodes.forEach((n, i) => {
    if (n.kind !== 'source') return;
    const ids = { nodeId: n.id };
    if (n.activeTo !== null && n.activeTo < n.activeFrom) {
      out.push(problem('error', 'source.activeWindow', { node: nodeName(n), from: n.activeFrom + 1, to: n.activeTo + 1 }, ['nodes', i, 'activeTo'], ids));
    } else if (n.activeFrom >= periods) {
      out.push(problem('warning', 'source.neverActive', { node: nodeName(n), from: n.activeFrom + 1, periods }, ['nodes', i, 'activeFrom'], ids));
    }
  });

  // Scenarios.
  doc.scenarios.forEach((s, si) => {
    s.overrides.forEach((o, oi) => {
      const path = ['scenarios', si, 'overrides', oi];
      const ni = nodeIndex.get(o.target);
      const ei = ni === undefined ? edgeIndex.get(o.target) : undefined;
      const element: Node | Edge | undefined = ni !== undefined ? doc.nodes[ni] : ei !== undefined ? doc.edges[ei] : undefined;
      const ids = ni !== undefined ? { nodeId: o.target } : ei !== undefined ? { edgeId: o.target } : {};
      if (!element) {
        out.push(problem('warning', 'override.missingTarget', { scenario: s.name, target: o.target }, path));
        return;
      }
      const name = 'kind' in element ? nodeName(element) : edgeName(element);
      const applies = overrideApplies(element, o.field);
      if (applies !== 'ok') {
        const code = applies === 'kind' ? 'override.notApplicable' : 'override.notSet';
        out.push(problem('warning', code, { scenario: s.name, element: name, field: o.field }, [...path, 'field'], ids));
      }
      const domain = OVERRIDE_FIELDS[o.field];
      if (domain) checkDist(o.value, domain, `${quote(s.name)} / ${quote(name)}`, o.field, [...path, 'value'], ids);
    });
  });

  // Targets.
  const milestones = new Set(g.nodes.flatMap((n) => (n.kind === 'stage' && n.milestone ? [n.milestone] : [])));
  doc.targets.forEach((t, i) => {
    const milestone = MILESTONE_OF[t.metric];
    if (milestone && !milestones.has(milestone as never)) {
      out.push(problem('warning', 'target.noMilestone', { metric: t.metric, milestone }, ['targets', i, 'metric']));
    }
    if (t.atLeast !== undefined && t.atMost !== undefined && t.atLeast > t.atMost) {
      out.push(problem('warning', 'target.impossible', { metric: t.metric, atLeast: t.atLeast, atMost: t.atMost }, ['targets', i]));
    }
  });

  // Errors first; otherwise in the order found (document order within each rule).
  return [...out.filter((p) => p.severity === 'error'), ...out.filter((p) => p.severity === 'warning')];
}
