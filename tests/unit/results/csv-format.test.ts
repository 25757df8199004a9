import { describe, expect, it } from 'vitest';
import { b2bDoc, fakeSummary } from './fixtures';
import { CSV_COLUMNS, csvCell, fileStem, parseCsv, resultsCsv } from '$lib/ui/results/shape/csv';
import { formatAxis, formatKpi, formatMoney, formatPercent, formatPeriods, formatRatio } from '$lib/ui/results/shape/format';

describe('results CSV', () => {
  const doc = b2bDoc();
  const base = fakeSummary(doc);
  const scen = fakeSummary(doc, { seed: 2, scale: 2, scenarioId: 'sc-1' });
  const text = resultsCsv(doc, [{ name: 'Base', summary: base }, { name: 'More budget', summary: scen }]);
  const rows = parseCsv(text);
  const header = rows[0];
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);
  const find = (scenario: string, section: string, id: string, measure: string, period = '') =>
    rows.find((r) => r[col('scenario')] === scenario && r[col('section')] === section && r[col('id')] === id && r[col('measure')] === measure && r[col('period')] === period);

  it('has a header and rectangular rows ending in CRLF', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes KPI percentiles in full precision, readable back as the same numbers', () => {
    const r = find('Base', 'kpi', 'customers', 'customers')!;
    expect(Number(r[col('p50')])).toBe(base.kpis.customers.p50);
    expect(Number(r[col('p10')])).toBe(base.kpis.customers.p10);
    expect(Number(r[col('mean')])).toBe(base.kpis.customers.mean);
    const roi = find('More budget', 'kpi', 'roi', 'roi')!;
    expect(Number(roi[col('p90')])).toBe(scen.kpis.roi.p90);
  });

  it('reports undefined runs and leaves no NaN in the file', () => {
    const withUndefined = fakeSummary(doc, { undefinedCac: 12 });
    const t = resultsCsv(doc, [{ name: 'Base', summary: withUndefined }]);
    const rr = parseCsv(t);
    const cac = rr.find((r) => r[1] === 'kpi' && r[2] === 'cac')!;
    expect(cac[col('undefined_runs')]).toBe('12');
    expect(t).not.toMatch(/NaN|Infinity/);
    expect(rr.flat()).not.toContain('undefined');
  });

  it('has rows per node, per edge (named by its ends), per period and for targets', () => {
    expect(Number(find('Base', 'node', 'mql', 'entered')![col('p50')])).toBe(base.nodes.mql.entered.p50);
    const e3 = find('Base', 'edge', 'e3', 'flow')!;
    expect(e3[col('name')]).toBe('Landing page → MQL');
    expect(Number(e3[col('p90')])).toBe(base.edges.e3.flow.p90);
    const w5 = find('Base', 'period', 'revenue', 'revenue', '5')!;
    expect(Number(w5[col('p50')])).toBe(base.perPeriod.revenue.p50[4]);
    expect(w5[col('p5')]).toBe('');
    expect(rows.filter((r) => r[col('scenario')] === 'Base' && r[col('section')] === 'period' && r[col('id')] === 'revenue')).toHaveLength(doc.settings.periods);
    const target = rows.find((r) => r[col('section')] === 'target')!;
    expect(target[col('name')]).toBe('customers >= 10');
    expect(Number(target[col('mean')])).toBe(base.targets[0].probability);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(0.1)).toBe('0.1');
    const d = b2bDoc();
    const s = fakeSummary(d);
    const nodes = d.nodes.map((n) => (n.id === 'mql' ? { ...n, label: 'MQL, "hot"\nleads' } : n));
    const back = parseCsv(resultsCsv({ ...d, nodes }, [{ name: 'Base', summary: s }]));
    expect(back.find((r) => r[2] === 'mql' && r[4] === 'entered')![3]).toBe('MQL, "hot"\nleads');
  });

  it('names files after the design', () => {
    expect(fileStem('B2B Pipeline – Q3 (Zürich)')).toBe('b2b-pipeline-q3-zurich');
    expect(fileStem('???')).toBe('funnel');
  });
});

describe('formatting', () => {
  const ctx = { locale: 'en', currency: 'EUR', periodUnit: 'week' as const };
  const q = (n: string) => `${n} quarters`;
  it('formats each KPI unit in the locale and currency', () => {
    expect(formatMoney(12345.6, 'en', 'EUR')).toBe('€12,346');
    expect(formatMoney(12345.6, 'de', 'EUR')).toMatch(/^12\.346\s€$/);
    expect(formatMoney(42.5, 'en', 'USD')).toBe('$42.50');
    expect(formatPercent(0.0345, 'en')).toBe('3.45%');
    expect(formatPercent(0.25, 'de')).toMatch(/^25\s%$/);
    expect(formatKpi(3.24, 'multiple', ctx, q)).toBe('3.24×');
    expect(formatRatio(3.24, 'en')).toBe('3.2 : 1');
    expect(formatKpi(41.5, 'count', ctx, q)).toBe('42');
    expect(formatKpi(4.5, 'count', ctx, q)).toBe('4.5');
    expect(formatKpi(1234, 'count', { ...ctx, locale: 'pl' }, q)).toMatch(/^1\s?234$/);
  });
  it('names durations with the right plural per language', () => {
    expect(formatPeriods(13, 'en', 'week', q)).toBe('13 weeks');
    expect(formatPeriods(1, 'en', 'week', q)).toBe('1 week');
    expect(formatPeriods(13, 'de', 'week', q)).toBe('13 Wochen');
    expect(formatPeriods(3, 'nl', 'month', q)).toBe('3 maanden');
    expect(formatPeriods(2, 'en', 'quarter', q)).toBe('2 quarters');
  });
  it('shortens axis labels', () => {
    expect(formatAxis(12000, 'money', ctx)).toBe('€12K');
    expect(formatAxis(0.35, 'percent', ctx)).toBe('35%');
    expect(formatAxis(1500000, 'count', ctx)).toBe('1.5M');
  });
});
