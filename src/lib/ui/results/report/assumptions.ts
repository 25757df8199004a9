/**
 * The assumptions of a design as rows for the report: every uncertain number of every node and
 * edge, written out with its distribution ("2–5 % (uniform)", "PERT 400 / 650 / 900").
 */
import type { Dist, FunnelDocument } from '$lib/model/schema';

export type Domain = 'rate' | 'count' | 'money' | 'delay';

export interface AssumptionRow {
  /** Node or edge id. */
  id: string;
  element: string;
  /** Message key suffix of the parameter: results.field.<field>. */
  field: string;
  dist: Dist;
  domain: Domain;
}

export function assumptionRows(doc: FunnelDocument): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  const label = new Map(doc.nodes.map((n) => [n.id, n.label || n.id] as const));
  const push = (id: string, element: string, field: string, dist: Dist | undefined, domain: Domain) => {
    if (dist) rows.push({ id, element, field, dist, domain });
  };
  for (const n of doc.nodes) {
    const name = label.get(n.id)!;
    if (n.kind === 'source') {
      push(n.id, name, 'volume', n.volume, 'count');
      push(n.id, name, 'cost.perUnit', n.cost.perUnit, 'money');
      push(n.id, name, 'cost.fixedPerPeriod', n.cost.fixedPerPeriod, 'money');
    } else if (n.kind === 'stage') {
      push(n.id, name, 'delay', n.delay, 'delay');
      push(n.id, name, 'cost.perLead', n.cost.perLead, 'money');
      push(n.id, name, 'cost.fixedPerPeriod', n.cost.fixedPerPeriod, 'money');
      push(n.id, name, 'revenuePerLead', n.revenuePerLead, 'money');
      push(n.id, name, 'capacity.perPeriod', n.capacity?.perPeriod, 'count');
    } else if (n.kind === 'outcome' && n.result === 'won') {
      push(n.id, name, 'value', n.value, 'money');
      push(n.id, name, 'recurring.perPeriod', n.recurring?.perPeriod, 'money');
      push(n.id, name, 'recurring.churn', n.recurring?.churn, 'rate');
    }
  }
  for (const e of doc.edges) push(e.id, `${label.get(e.source) ?? e.source} → ${label.get(e.target) ?? e.target}`, 'rate', e.rate, 'rate');
  // Zero costs nobody entered are noise in a report.
  return rows.filter((r) => !(r.dist.type === 'fixed' && r.dist.value === 0 && r.field !== 'delay' && r.field !== 'rate'));
}

/** A distribution in words, given a number formatter for its domain and names for its type. */
export function distWords(d: Dist, f: (v: number) => string, typeName: (type: Dist['type']) => string, ofWord: (s: string, n: string) => string): string {
  switch (d.type) {
    case 'fixed':
      return f(d.value);
    case 'uniform':
    case 'normal':
    case 'lognormal':
      return `${f(d.low)} – ${f(d.high)} (${typeName(d.type)})`;
    case 'triangular':
    case 'pert':
      return `${f(d.low)} / ${f(d.mode)} / ${f(d.high)} (${typeName(d.type)})`;
    case 'beta':
      return `${ofWord(String(d.successes), String(d.trials))} (${typeName(d.type)})`;
  }
}
