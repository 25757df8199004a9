/**
 * Texts for numbers on the canvas: distributions through the shared `formatDist` (so the canvas
 * and the inspector say the same thing), and expected head counts.
 */
import { formatCompact, formatNumber, formatPercent } from '$lib/i18n/format';
import { formatDist } from '$lib/model/dist-format';
import type { Dist } from '$lib/model/schema';

/** The range a distribution spans: [low, high] (equal for a fixed value); null for "s of n". */
export function distRange(d: Dist): [number, number] | null {
  switch (d.type) {
    case 'fixed':
      return [d.value, d.value];
    case 'beta':
      return null;
    default:
      return [d.low, d.high];
  }
}

/** A rate in full: "12 %", "8–15 %", "~12 % (8–15 %)", "90 %: 5–20 %", "≈ 9 % (12 of 130 observed)". */
export const rateText = (d: Dist, locale: string) => formatDist(d, 'rate', { locale });

/**
 * A rate for an edge label, where space is tight: a fixed value or the range it spans ("12 %",
 * "8–15 %"); an observed rate as its mean ("≈ 9 %"). The full text goes in the tooltip.
 */
export function rateShort(d: Dist, locale: string): string {
  if (d.type === 'beta') return `≈ ${formatPercent((d.successes + 1) / (d.trials + 2), locale)}`;
  const r = distRange(d)!;
  return formatDist(r[0] === r[1] ? { type: 'fixed', value: r[0] } : { type: 'uniform', low: r[0], high: r[1] }, 'rate', { locale });
}
/** People per period: "650", "400–900". */
export const countText = (d: Dist, locale: string) => formatDist(d, 'count', { locale });
/** Periods of delay: "1", "1–4". */
export const delayText = (d: Dist, locale: string) => formatDist(d, 'delay', { locale });
/** Money: "€2,000–5,000". */
export const moneyText = (d: Dist, locale: string, currency: string) => formatDist(d, 'money', { locale, currency });

/** A rate as a plain percentage (for sums): "135 %". */
export const percent = (x: number, locale: string) => formatPercent(x, locale);

/** Expected people: whole numbers, compact from 100,000. */
export function peopleText(x: number, locale: string): string {
  if (!Number.isFinite(x)) return '–';
  if (Math.abs(x) >= 100_000) return formatCompact(x, locale);
  if (Math.abs(x) >= 10) return formatNumber(Math.round(x), locale);
  return formatNumber(x, locale, { digits: x === 0 || Math.abs(x) >= 1 ? 0 : 1 });
}
