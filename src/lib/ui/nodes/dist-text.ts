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

/** A rate: "12 %", "8–15 %", "~12 % (8–15 %)". */
export const rateText = (d: Dist, locale: string) => formatDist(d, 'rate', { locale });
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
