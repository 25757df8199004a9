/**
 * The in-place rate editor's language: what people type on an edge label. Accepts a percentage
 * ("12", "12%", "12 %", "7,5 %") or a range ("8-15", "8–15 %", "8 - 15%", "8..15", "8 to 15"), and
 * turns it into a fixed or uniform rate (fractions: 12 % → 0.12). Anything else is refused.
 */
import type { Dist } from '$lib/model/schema';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
const SINGLE = new RegExp(`^${NUMBER}\\s*%?$`);
const RANGE = new RegExp(`^${NUMBER}\\s*%?\\s*(?:-|–|—|\\.\\.|…|to|bis|a|do|tot)\\s*${NUMBER}\\s*%?$`, 'i');

const toNumber = (s: string) => Number(s.replace(',', '.'));
/** Percent to fraction without float noise (12.3 % → 0.123, not 0.12300000000000001). */
const fraction = (pct: number) => Number((pct / 100).toPrecision(12));

export function parseRateInput(text: string): Dist | null {
  const s = text.trim();
  let m = SINGLE.exec(s);
  if (m) {
    const v = toNumber(m[1]);
    return Number.isFinite(v) && v >= 0 && v <= 100 ? { type: 'fixed', value: fraction(v) } : null;
  }
  m = RANGE.exec(s);
  if (m) {
    let low = toNumber(m[1]);
    let high = toNumber(m[2]);
    if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
    if (low > high) [low, high] = [high, low];
    if (low < 0 || high > 100) return null;
    return low === high ? { type: 'fixed', value: fraction(low) } : { type: 'uniform', low: fraction(low), high: fraction(high) };
  }
  return null;
}

/** What the editor starts with: "12" or "8–15" in the user's decimal style; null if the rate is not fixed or a range. */
export function rateInputText(d: Dist, locale: string): string | null {
  const f = (x: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(Number((x * 100).toPrecision(12)));
  if (d.type === 'fixed') return f(d.value);
  if (d.type === 'uniform') return `${f(d.low)}–${f(d.high)}`;
  return null;
}
