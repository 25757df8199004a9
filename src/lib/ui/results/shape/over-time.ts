/**
 * Per-period series for the fan chart (P10–P90 band and P50 line) and for cumulative revenue
 * against cost with the break-even period.
 */
import type { Band, SimSummary } from '$lib/sim/types';

export interface FanPoint {
  /** Period index, 0-based (shown 1-based to people). */
  t: number;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export function shapeFan(band: Band): FanPoint[] {
  const len = Math.min(band.p10.length, band.p50.length, band.p90.length);
  const out: FanPoint[] = [];
  for (let t = 0; t < len; t++) {
    out.push({ t, p10: band.p10[t], p50: band.p50[t], p90: band.p90[t], mean: band.mean[t] ?? band.p50[t] });
  }
  return out;
}

export type FanSeries = 'revenue' | 'customers' | 'cost' | 'entered';

export function fanBand(summary: SimSummary, series: FanSeries, nodeId?: string): Band | undefined {
  if (series === 'entered') return nodeId ? summary.perPeriod.entered[nodeId] : undefined;
  return summary.perPeriod[series];
}

export interface BreakEvenData {
  revenue: FanPoint[];
  cost: FanPoint[];
  /** First period (0-based) in which the median cumulative revenue reaches the median cumulative cost. */
  breakEven: number | null;
  /** Share of runs that pay back within the horizon (from the payback KPI). */
  paidBackShare: number;
}

export function shapeBreakEven(summary: SimSummary): BreakEvenData {
  const revenue = shapeFan(summary.perPeriod.cumulativeRevenue);
  const cost = shapeFan(summary.perPeriod.cumulativeCost);
  let breakEven: number | null = null;
  for (let t = 0; t < Math.min(revenue.length, cost.length); t++) {
    // Nothing spent and nothing earned is not "paying back".
    if (revenue[t].p50 >= cost[t].p50 && revenue[t].p50 > 0) {
      breakEven = t;
      break;
    }
  }
  const payback = summary.kpis.paybackPeriod;
  const total = payback.n + payback.undefinedRuns;
  return { revenue, cost, breakEven, paidBackShare: total > 0 ? payback.n / total : 0 };
}

/** Largest value to show on a y axis for a set of fan points (at least 1 so an empty chart has an axis). */
export function fanMax(...series: FanPoint[][]): number {
  let m = 0;
  for (const s of series) for (const p of s) m = Math.max(m, p.p90, p.p50);
  return m > 0 ? m : 1;
}
