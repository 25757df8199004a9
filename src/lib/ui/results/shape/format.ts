/**
 * Numbers for people, with Intl in the interface language and the design's currency. One
 * formatter per KPI unit; `compact` variants for axis ticks. Formatters are cached because
 * charts call them for every tick and tooltip.
 */
import type { PeriodUnit } from '$lib/model/schema';
import type { KpiUnit } from './kpi-meta';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** Fraction digits that keep about three significant figures without noise on big numbers. */
function digitsFor(abs: number): number {
  if (abs === 0 || abs >= 100) return 0;
  if (abs >= 10) return 1;
  return 2;
}

export interface NumberFormatContext {
  locale: string;
  currency: string;
  periodUnit: PeriodUnit;
}

export function formatCount(v: number, locale: string): string {
  // Percentiles of counts can fall between two runs; one decimal below 10 keeps "0.5" honest.
  return nf(locale, { maximumFractionDigits: Math.abs(v) < 10 && !Number.isInteger(v) ? 1 : 0 }).format(v);
}

export function formatMoney(v: number, locale: string, currency: string): string {
  const d = Math.abs(v) >= 100 ? 0 : 2;
  return nf(locale, { style: 'currency', currency, minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
}

export function formatPercent(v: number, locale: string): string {
  const abs = Math.abs(v);
  const d = abs >= 0.1 || abs === 0 ? 1 : abs >= 0.001 ? 2 : 3;
  return nf(locale, { style: 'percent', maximumFractionDigits: d }).format(v);
}

export function formatMultiple(v: number, locale: string): string {
  return `${nf(locale, { maximumFractionDigits: digitsFor(Math.abs(v)) }).format(v)}×`;
}

export function formatRatio(v: number, locale: string): string {
  return `${nf(locale, { maximumFractionDigits: Math.abs(v) >= 10 ? 0 : 1 }).format(v)} : 1`;
}

/** Intl knows day/week/month units with correct plurals in every language; quarters it does not. */
const INTL_UNIT: Partial<Record<PeriodUnit, string>> = { day: 'day', week: 'week', month: 'month' };

/** A duration of `n` periods: "13 weeks", "13 Wochen". Quarters fall back to `quarterLabel`. */
export function formatPeriods(n: number, locale: string, unit: PeriodUnit, quarterLabel: (n: string) => string): string {
  const shown = nf(locale, { maximumFractionDigits: Number.isInteger(n) ? 0 : 1 }).format(n);
  const intlUnit = INTL_UNIT[unit];
  if (!intlUnit) return quarterLabel(shown);
  return nf(locale, { style: 'unit', unit: intlUnit, unitDisplay: 'long', maximumFractionDigits: Number.isInteger(n) ? 0 : 1 }).format(n);
}

/** Formats a KPI value by its unit. Payback is a period index; people count periods from 1. */
export function formatKpi(v: number, unit: KpiUnit, ctx: NumberFormatContext, quarterLabel: (n: string) => string): string {
  switch (unit) {
    case 'count':
      return formatCount(v, ctx.locale);
    case 'money':
      return formatMoney(v, ctx.locale, ctx.currency);
    case 'percent':
      return formatPercent(v, ctx.locale);
    case 'multiple':
      return formatMultiple(v, ctx.locale);
    case 'ratio':
      return formatRatio(v, ctx.locale);
    case 'periods':
      return formatPeriods(v, ctx.locale, ctx.periodUnit, quarterLabel);
  }
}

/** Short axis labels: "€12K", "1.2M", "35%". */
export function formatAxis(v: number, unit: KpiUnit, ctx: NumberFormatContext): string {
  switch (unit) {
    case 'money':
      return nf(ctx.locale, { style: 'currency', currency: ctx.currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(v);
    case 'percent':
      return nf(ctx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(v);
    case 'multiple':
      return `${nf(ctx.locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v)}×`;
    default:
      return nf(ctx.locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
  }
}

/** A duration in milliseconds as "about 12 s" / "about 2 min" material: [value, unit]. */
export function formatDuration(ms: number, locale: string): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 90) return nf(locale, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(s);
  return nf(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.round(s / 60));
}
