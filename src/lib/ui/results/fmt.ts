/**
 * The formatters a results view needs, bound to the interface language, the design's currency
 * and its period unit. Views create one with `$derived(resultsFormat(app))`.
 */
import type { KpiName } from '$lib/model/schema';
import type { AppState } from '$lib/state/app.svelte';
import { formatCompact, formatCurrency } from '$lib/i18n/format';
import { KPI_META, type KpiUnit } from './shape/kpi-meta';
import { formatAxis, formatCount, formatDuration, formatKpi, formatMoney, formatPercent, type NumberFormatContext } from './shape/format';

export interface ResultsFormat {
  ctx: NumberFormatContext;
  kpi: (v: number, kpi: KpiName) => string;
  /** Shorter for ranges on cards: compact money and counts from 100,000 ("€685K – €2.35M"). */
  kpiShort: (v: number, kpi: KpiName) => string;
  unit: (v: number, unit: KpiUnit) => string;
  axis: (v: number, unit: KpiUnit) => string;
  count: (v: number) => string;
  money: (v: number) => string;
  percent: (v: number) => string;
  duration: (ms: number) => string;
  /** "Week 5" for the 0-based period index 4. */
  period: (t: number) => string;
  /** The period unit as an axis title: "Week". */
  periodAxis: string;
  /** Plural category of a count in the current language (for "1 run" / "12 runs"). */
  plural: (n: number) => 'one' | 'other';
}

export function resultsFormat(app: AppState): ResultsFormat {
  const locale = app.i18n.locale;
  const t = app.t;
  const { currency } = app.doc.doc.meta;
  const { periodUnit } = app.doc.doc.settings;
  const ctx: NumberFormatContext = { locale, currency, periodUnit };
  const quarter = (n: string) => t('results.unit.quarters', { n });
  const unit = (v: number, u: KpiUnit) => formatKpi(v, u, ctx, quarter);
  const periodKey = `results.period.${periodUnit}` as const;
  const axisKey = `results.periodAxis.${periodUnit}` as const;
  const rules = new Intl.PluralRules(locale);
  return {
    ctx,
    unit,
    kpi: (v, kpi) => unit(v, KPI_META[kpi].unit),
    kpiShort: (v, kpi) => {
      const u = KPI_META[kpi].unit;
      if (Math.abs(v) < 100_000 || (u !== 'money' && u !== 'count')) return unit(v, u);
      return u === 'money' ? formatCurrency(v, locale, currency, { compact: true }) : formatCompact(v, locale);
    },
    axis: (v, u) => formatAxis(v, u, ctx),
    count: (v) => formatCount(v, locale),
    money: (v) => formatMoney(v, locale, currency),
    percent: (v) => formatPercent(v, locale),
    duration: (ms) => formatDuration(ms, locale),
    period: (i) => t(periodKey, { n: String(i + 1) }),
    periodAxis: t(axisKey),
    plural: (n) => (rules.select(n) === 'one' ? 'one' : 'other'),
  };
}
