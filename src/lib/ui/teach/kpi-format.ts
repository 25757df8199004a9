/** Formats a KPI value the way its unit reads: money, percent, a multiple or a count. */
import type { KpiName } from '$lib/model/schema';
import { formatCurrency, formatNumber, formatPercent } from '$lib/i18n/format';

const MONEY = new Set<KpiName>(['revenue', 'cost', 'acquisitionCost', 'profit', 'cpl', 'cac', 'ltv', 'revenuePerArrival']);
const SHARE = new Set<KpiName>(['roi', 'conversion']);
const MULTIPLE = new Set<KpiName>(['roas', 'ltvToCac']);

export function formatKpi(kpi: KpiName, value: number | null | undefined, locale: string, currency: string): string {
  if (MONEY.has(kpi)) return formatCurrency(value, locale, currency);
  if (SHARE.has(kpi)) return formatPercent(value, locale);
  if (MULTIPLE.has(kpi)) return `${formatNumber(value, locale, { digits: 1 })}×`;
  // Counts: whole numbers once they are large enough for a fraction to be noise.
  return formatNumber(value, locale, { digits: value !== null && value !== undefined && Math.abs(value) >= 10 ? 0 : 1 });
}
