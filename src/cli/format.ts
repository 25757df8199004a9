/** Output of `npm run simulate`: the readable table and the `--json` object. */
import { KPI_NAMES, type FunnelDocument, type KpiName } from '$lib/model/schema';
import type { Percentiles, SimSummary, Summary } from '$lib/sim/types';

const PERCENTILE_KEYS = ['mean', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

function percentiles(s: Summary): Percentiles {
  const out = {} as Percentiles;
  for (const k of PERCENTILE_KEYS) out[k] = s[k];
  return out;
}

/** The `--json` object (issue 4 item 7). Values of a KPI that is undefined in every run are null. */
export function jsonReport(summary: SimSummary, doc: FunnelDocument) {
  const stat = (s: Summary) => (s.n > 0 ? percentiles(s) : null);
  const kpis = {} as Record<KpiName, Percentiles | null>;
  for (const k of KPI_NAMES) kpis[k] = stat(summary.kpis[k]);
  const nodes: Record<string, { label: string; entered: Percentiles | null }> = {};
  for (const n of doc.nodes) {
    const s = summary.nodes[n.id];
    if (s) nodes[n.id] = { label: n.label, entered: stat(s.entered) };
  }
  const edges: Record<string, { flow: Percentiles | null }> = {};
  for (const e of doc.edges) {
    const s = summary.edges[e.id];
    if (s) edges[e.id] = { flow: stat(s.flow) };
  }
  return {
    runs: summary.runs,
    seed: summary.seed,
    scenario: summary.scenarioId,
    periods: summary.periods,
    periodUnit: doc.settings.periodUnit,
    currency: doc.meta.currency,
    kpis,
    nodes,
    edges,
    targets: summary.targets,
    undefinedRatios: summary.undefinedRatios,
  };
}

type Unit = 'count' | 'money' | 'percent' | 'times' | 'periods';
const UNITS: Record<KpiName, Unit> = {
  arrivals: 'count', leads: 'count', mqls: 'count', sals: 'count', sqls: 'count', opportunities: 'count',
  customers: 'count', revenue: 'money', cost: 'money', acquisitionCost: 'money', profit: 'money',
  roi: 'percent', roas: 'times', cpl: 'money', cac: 'money', conversion: 'percent', revenuePerArrival: 'money',
  ltv: 'money', ltvToCac: 'times', paybackPeriod: 'periods', inProgress: 'count',
};
const LABELS: Record<KpiName, string> = {
  arrivals: 'Arrivals', leads: 'Leads', mqls: 'MQLs', sals: 'SALs', sqls: 'SQLs', opportunities: 'Opportunities',
  customers: 'Customers', revenue: 'Revenue', cost: 'Cost', acquisitionCost: 'Acquisition cost', profit: 'Profit',
  roi: 'ROI', roas: 'ROAS', cpl: 'CPL', cac: 'CAC', conversion: 'Conversion', revenuePerArrival: 'Revenue per arrival',
  ltv: 'LTV', ltvToCac: 'LTV:CAC', paybackPeriod: 'Payback period', inProgress: 'In progress',
};

const group = (x: number, digits: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatValue(x: number, unit: Unit): string {
  switch (unit) {
    case 'count':
      return group(x, Math.abs(x) < 100 && !Number.isInteger(x) ? 1 : 0);
    case 'money':
      return group(x, Math.abs(x) < 1000 ? 2 : 0);
    case 'percent':
      return `${group(x * 100, Math.abs(x) < 0.1 ? 2 : 1)} %`;
    case 'times':
      return `${group(x, 2)}×`;
    case 'periods':
      return group(x, 1);
  }
}

function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (align[c] === 'l' ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

/** The readable report: KPIs with mean, P10, P50, P90, then targets and undefined ratios. */
export function textReport(summary: SimSummary, doc: FunnelDocument): string {
  const unitName = doc.settings.periodUnit + (summary.periods === 1 ? '' : 's');
  const lines: string[] = [
    `${doc.meta.title}${summary.scenarioId ? ` — scenario "${doc.scenarios.find((s) => s.id === summary.scenarioId)?.name ?? summary.scenarioId}"` : ''}`,
    `${group(summary.runs, 0)} runs, seed ${summary.seed}, ${summary.periods} ${unitName}, money in ${doc.meta.currency}`,
    '',
  ];
  const rows: string[][] = [['KPI', 'mean', 'P10', 'P50', 'P90', 'undefined']];
  for (const k of KPI_NAMES) {
    const s = summary.kpis[k];
    const u = UNITS[k];
    const label = LABELS[k] + (u === 'periods' ? ` (${doc.settings.periodUnit}s)` : '');
    if (s.n === 0) rows.push([label, '—', '—', '—', '—', `${s.undefinedRuns} runs`]);
    else {
      rows.push([label, formatValue(s.mean, u), formatValue(s.p10, u), formatValue(s.p50, u), formatValue(s.p90, u), s.undefinedRuns ? `${s.undefinedRuns} runs` : '']);
    }
  }
  lines.push(table(rows, ['l', 'r', 'r', 'r', 'r', 'r']));
  if (summary.targets.length) {
    lines.push('', 'Targets');
    for (const t of summary.targets) {
      const u = UNITS[t.metric];
      const bounds = [t.atLeast !== undefined ? `≥ ${formatValue(t.atLeast, u)}` : '', t.atMost !== undefined ? `≤ ${formatValue(t.atMost, u)}` : '']
        .filter(Boolean)
        .join(' and ');
      lines.push(`  ${LABELS[t.metric]} ${bounds}: ${group(t.probability * 100, 1)} % of runs`);
    }
  }
  const undef = Object.entries(summary.undefinedRatios).filter(([, c]) => (c ?? 0) > 0);
  if (undef.length) {
    lines.push('', 'Ratios left out where undefined (zero denominator, never paid back): ' + undef.map(([k, c]) => `${k} ${c}`).join(', '));
  }
  return lines.join('\n') + '\n';
}
