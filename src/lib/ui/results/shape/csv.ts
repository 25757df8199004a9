/**
 * Results as one tidy CSV table (RFC 4180): a row per scenario × item × measure (× period), with
 * the percentiles in columns. Numbers are written in full precision with a dot, no grouping, so
 * spreadsheets and scripts read them exactly (the interface's formatting is for eyes only).
 */
import type { FunnelDocument } from '$lib/model/schema';
import { KPI_NAMES } from '$lib/model/schema';
import type { Band, SimSummary, Summary } from '$lib/sim/types';

export const CSV_COLUMNS = [
  'scenario', 'section', 'id', 'name', 'measure', 'period', 'runs', 'undefined_runs', 'mean', 'p5', 'p10', 'p25', 'p50',
  'p75', 'p90', 'p95', 'min', 'max', 'sd',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

export function csvCell(v: string | number | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  // Quote when needed; a leading =, +, - or @ would make a spreadsheet run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const summaryCells = (s: Summary): Row => ({
  runs: s.n,
  undefined_runs: s.undefinedRuns,
  mean: s.mean,
  p5: s.p5,
  p10: s.p10,
  p25: s.p25,
  p50: s.p50,
  p75: s.p75,
  p90: s.p90,
  p95: s.p95,
  min: s.min,
  max: s.max,
  sd: s.sd,
});

export interface CsvScenario {
  name: string;
  summary: SimSummary;
}

export function resultsRows(doc: FunnelDocument, { name, summary }: CsvScenario): Row[] {
  const rows: Row[] = [];
  const label = new Map(doc.nodes.map((n) => [n.id, n.label] as const));
  for (const k of KPI_NAMES) {
    const s = summary.kpis[k];
    if (s) rows.push({ scenario: name, section: 'kpi', id: k, name: k, measure: k, ...summaryCells(s) });
  }
  for (const t of summary.targets) {
    const bound = t.atLeast !== undefined ? `>= ${t.atLeast}` : `<= ${t.atMost}`;
    rows.push({ scenario: name, section: 'target', id: t.metric, name: `${t.metric} ${bound}`, measure: 'probability', mean: t.probability });
  }
  for (const [id, r] of Object.entries(summary.nodes)) {
    for (const m of ['entered', 'dropOff', 'inProgress', 'revenue', 'cost'] as const) {
      rows.push({ scenario: name, section: 'node', id, name: label.get(id) ?? id, measure: m, ...summaryCells(r[m]) });
    }
  }
  const edgeName = new Map(doc.edges.map((e) => [e.id, `${label.get(e.source) ?? e.source} → ${label.get(e.target) ?? e.target}`] as const));
  for (const [id, r] of Object.entries(summary.edges)) {
    rows.push({ scenario: name, section: 'edge', id, name: edgeName.get(id) ?? id, measure: 'flow', ...summaryCells(r.flow) });
  }
  const band = (id: string, nm: string, measure: string, b: Band) => {
    for (let t = 0; t < b.p50.length; t++) {
      rows.push({ scenario: name, section: 'period', id, name: nm, measure, period: t + 1, mean: b.mean[t], p10: b.p10[t], p50: b.p50[t], p90: b.p90[t] });
    }
  };
  const pp = summary.perPeriod;
  band('revenue', 'revenue', 'revenue', pp.revenue);
  band('cost', 'cost', 'cost', pp.cost);
  band('customers', 'customers', 'customers', pp.customers);
  band('cumulativeRevenue', 'cumulative revenue', 'cumulativeRevenue', pp.cumulativeRevenue);
  band('cumulativeCost', 'cumulative cost', 'cumulativeCost', pp.cumulativeCost);
  for (const [id, b] of Object.entries(pp.entered)) band(id, label.get(id) ?? id, 'entered', b);
  return rows;
}

/** The CSV text for one or more scenarios (the base first). Lines end in CRLF as RFC 4180 says. */
export function resultsCsv(doc: FunnelDocument, scenarios: CsvScenario[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const sc of scenarios) {
    for (const row of resultsRows(doc, sc)) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** Parses what `resultsCsv` writes (quoted cells included): for tests and re-import checks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A file name from the design title: "B2B pipeline" → "b2b-pipeline-results.csv". */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'funnel';
}
