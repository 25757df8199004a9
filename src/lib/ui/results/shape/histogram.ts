/**
 * Histogram data for charts: bins from a KPI summary with P10/P50/P90 marks, and densities so
 * that histograms of different scenarios (different bin edges) can be overlaid on one axis.
 */
import type { Summary } from '$lib/sim/types';

export interface Bin {
  x0: number;
  x1: number;
  count: number;
  /** Share of the defined runs in this bin. */
  share: number;
  /** count / (n · width): comparable across summaries with different bins. */
  density: number;
  /** The values the bin really holds: x0 … x1, or out to the extreme run for an end bin that also takes far outliers. */
  lo: number;
  hi: number;
}

export interface HistogramData {
  bins: Bin[];
  domain: [number, number];
  maxCount: number;
  maxDensity: number;
  marks: { p10: number; p50: number; p90: number; mean: number };
  n: number;
  undefinedRuns: number;
  /** Runs below the first / above the last bin edge, counted in the end bins (0 when none). */
  below: number;
  above: number;
}

/** A degenerate range (every run gave the same value) gets a visible width around the value. */
function widen(lo: number, hi: number): [number, number] {
  if (hi > lo) return [lo, hi];
  const pad = lo === 0 ? 0.5 : Math.abs(lo) * 0.05;
  return [lo - pad, hi + pad];
}

export function shapeHistogram(s: Summary): HistogramData {
  const { edges, counts } = s.histogram;
  const n = counts.reduce((a, b) => a + b, 0);
  let bins: Bin[];
  if (counts.length === 0 || edges.length < 2) {
    bins = [];
  } else if (edges[edges.length - 1] <= edges[0]) {
    const [x0, x1] = widen(edges[0], edges[edges.length - 1]);
    bins = [{ x0, x1, count: n, share: n ? 1 : 0, density: n ? 1 / (x1 - x0) : 0, lo: x0, hi: x1 }];
  } else {
    bins = counts.map((count, i) => {
      const x0 = edges[i];
      const x1 = edges[i + 1];
      const w = x1 - x0;
      const lo = i === 0 && s.histogram.below ? s.min : x0;
      const hi = i === counts.length - 1 && s.histogram.above ? s.max : x1;
      return { x0, x1, count, share: n ? count / n : 0, density: n && w > 0 ? count / (n * w) : 0, lo, hi };
    });
  }
  const domain: [number, number] = bins.length ? [bins[0].x0, bins[bins.length - 1].x1] : widen(s.min, s.max);
  return {
    bins,
    domain,
    maxCount: Math.max(0, ...bins.map((b) => b.count)),
    maxDensity: Math.max(0, ...bins.map((b) => b.density)),
    marks: { p10: s.p10, p50: s.p50, p90: s.p90, mean: s.mean },
    n: s.n,
    undefinedRuns: s.undefinedRuns,
    below: s.histogram.below ?? 0,
    above: s.histogram.above ?? 0,
  };
}

export interface OverlaySeries {
  name: string;
  data: HistogramData;
}

/** Shared x domain and density scale for several histograms drawn over each other. */
export function overlayDomain(series: OverlaySeries[]): { domain: [number, number]; maxDensity: number } {
  const withBins = series.filter((s) => s.data.bins.length > 0);
  if (withBins.length === 0) return { domain: [0, 1], maxDensity: 1 };
  const lo = Math.min(...withBins.map((s) => s.data.domain[0]));
  const hi = Math.max(...withBins.map((s) => s.data.domain[1]));
  return { domain: widen(lo, hi), maxDensity: Math.max(...withBins.map((s) => s.data.maxDensity)) };
}

/** A step outline (x, density) of a histogram, closed at zero on both ends, for overlays. */
export function stepOutline(data: HistogramData): [number, number][] {
  if (data.bins.length === 0) return [];
  const pts: [number, number][] = [[data.bins[0].x0, 0]];
  for (const b of data.bins) {
    pts.push([b.x0, b.density], [b.x1, b.density]);
  }
  pts.push([data.bins[data.bins.length - 1].x1, 0]);
  return pts;
}
