/**
 * Histograms with bins people can read: widths of 1, 2 or 5 × 10^k, edges on multiples of the
 * width, 10–40 bins chosen from the Freedman–Diaconis rule (Sturges when the quartiles
 * coincide). Whole-number samples (people, customers) get whole-number bins: with a small range
 * one bin per value, centred on it (edges at k ± ½); otherwise half-open bins [k·w, (k+1)·w)
 * that each hold exactly w whole numbers. A constant sample gives one bin; an empty one none
 * (`edges: [0]`, `counts: []`).
 */
import type { Histogram } from '../types';
import { quantileSorted } from './percentiles';

type Sorted = Float64Array | number[];

export interface HistogramOptions {
  /** Desired number of bins (rounded to a nice width); default from the data. */
  bins?: number;
}

const MIN_BINS = 10;
const MAX_BINS = 40;

/** A nice width m·10^e, kept as (m, e) so edges can be computed without decimal noise. */
interface Step {
  m: 1 | 2 | 5;
  e: number;
}

const value = (s: Step) => s.m * Math.pow(10, s.e);
const up = (s: Step): Step => (s.m === 1 ? { m: 2, e: s.e } : s.m === 2 ? { m: 5, e: s.e } : { m: 1, e: s.e + 1 });
const down = (s: Step): Step => (s.m === 5 ? { m: 2, e: s.e } : s.m === 2 ? { m: 1, e: s.e } : { m: 5, e: s.e - 1 });

/** The nice width closest (in ratio) to `raw`. */
function nearestStep(raw: number): Step {
  const e = Math.floor(Math.log10(raw));
  const f = raw / Math.pow(10, e);
  // Geometric midpoints between 1, 2, 5 and 10.
  if (f < Math.SQRT2) return { m: 1, e };
  if (f < Math.sqrt(10)) return { m: 2, e };
  if (f < Math.sqrt(50)) return { m: 5, e };
  return { m: 1, e: e + 1 };
}

/** Edge number k (a multiple of the step), computed as an exact decimal where possible. */
function edgeAt(k: number, s: Step): number {
  return s.e >= 0 ? k * s.m * Math.pow(10, s.e) : (k * s.m) / Math.pow(10, -s.e);
}

/** Indices of the first and last edge (multiples of the step) covering [min, max]. */
function span(min: number, max: number, s: Step, integer: boolean): [number, number] {
  const w = value(s);
  // Division may round across an edge; check the neighbours against the real edge values.
  let k0 = Math.floor(min / w);
  if (edgeAt(k0, s) > min) k0--;
  else if (edgeAt(k0 + 1, s) <= min) k0++;
  let k1: number;
  if (integer) {
    // Half-open bins of whole numbers (w is a whole number): the last bin starts at or below max.
    k1 = Math.floor(max / w) + 1;
  } else {
    // The last bin is closed: max may sit on the last edge.
    k1 = Math.ceil(max / w);
    if (edgeAt(k1, s) < max) k1++;
    else if (edgeAt(k1 - 1, s) >= max) k1--;
  }
  return [k0, Math.max(k1, k0 + 1)];
}

function isWhole(values: Sorted, n: number): boolean {
  for (let i = 0; i < n; i++) if (!Number.isInteger(values[i])) return false;
  return true;
}

/** What the bin choice needs to know of a sample: its extremes and quartiles. */
export interface SampleShape {
  min: number;
  max: number;
  q25: number;
  q75: number;
}

/** Histogram of ascending, finite `sorted` values; counts sum to its length. */
export function histogram(sorted: Sorted, options: HistogramOptions = {}): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [0], counts: [] };
  const shape = { min: sorted[0], max: sorted[n - 1], q25: quantileSorted(sorted, 0.25), q75: quantileSorted(sorted, 0.75) };
  return histogramOf(sorted, n, shape, options);
}

/**
 * Histogram of finite values[0 … n) in any order, given their shape (the summary selects the
 * quartiles without sorting, which for a million runs is most of its time). Bins are found by
 * index (order does not matter). Counts always sum to n: far outliers (see Histogram.below and
 * above) are counted in the first or last bin.
 */
export function histogramOf(values: Sorted, n: number, shape: SampleShape, options: HistogramOptions = {}): Histogram {
  if (n === 0) return { edges: [0], counts: [] };
  const integer = isWhole(values, n);
  const [min, max] = binnedRange(shape, integer);
  const edges = binEdges(min, max, integer, n, shape.q75 - shape.q25, options);
  return count(values, n, edges);
}

/**
 * Tails beyond this many interquartile ranges outside the quartiles go into open end bins…
 * (5 IQR: a normal sample never reaches it; revenue with a rare jackpot run does.)
 */
const FENCE_IQR = 5;
/** …but only when that takes at least this share of the axis back for the bulk of the runs. */
const MIN_GAIN = 1 / 3;

/** The range the bins cover: the whole sample, or within the fences when outliers stretch it. */
function binnedRange({ min, max, q25, q75 }: SampleShape, integer: boolean): [number, number] {
  const iqr = q75 - q25;
  if (!(iqr > 0)) return [min, max];
  let lo = Math.max(min, q25 - FENCE_IQR * iqr);
  let hi = Math.min(max, q75 + FENCE_IQR * iqr);
  if (integer) {
    // Whole-number bins start on whole numbers.
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  return hi - lo <= (1 - MIN_GAIN) * (max - min) ? [lo, hi] : [min, max];
}

/** Nice, evenly spaced bin edges over [min, max] for n values. */
function binEdges(min: number, max: number, integer: boolean, n: number, iqr: number, options: HistogramOptions): number[] {
  if (min === max) {
    if (integer) return [min - 0.5, min + 0.5];
    // One nice bin around the value, about a tenth of its size wide.
    const s = nearestStep(Math.max(Math.abs(min) / 10, 1e-300));
    const [k0, k1] = span(min, max, s, false);
    return [edgeAt(k0, s), edgeAt(k1, s)];
  }

  const range = max - min;
  let lowBins = MIN_BINS;
  let highBins = MAX_BINS;
  let target: number;
  if (options.bins && options.bins >= 1) {
    target = Math.round(options.bins);
    lowBins = Math.max(1, Math.floor(target / 1.5));
    highBins = Math.max(lowBins, Math.ceil(target * 1.5));
  } else {
    target = iqr > 0 ? Math.ceil(range / ((2 * iqr) / Math.cbrt(n))) : Math.ceil(Math.log2(n)) + 1;
    target = Math.min(MAX_BINS, Math.max(MIN_BINS, target));
  }

  // Whole numbers over a small range: one bin per value.
  if (integer && range + 1 <= highBins) {
    const edges: number[] = [];
    for (let v = min; v <= max + 1; v++) edges.push(v - 0.5);
    return edges;
  }

  let s = nearestStep(range / target);
  if (integer && value(s) < 1) s = { m: 1, e: 0 };
  const binsOf = (st: Step) => {
    const [a, b] = span(min, max, st, integer);
    return b - a;
  };
  while (binsOf(s) > highBins) s = up(s);
  while (binsOf(s) < lowBins) {
    const smaller = down(s);
    if ((integer && value(smaller) < 1) || binsOf(smaller) > highBins) break;
    s = smaller;
  }
  const [k0, k1] = span(min, max, s, integer);
  const edges: number[] = [];
  for (let k = k0; k <= k1; k++) edges.push(edgeAt(k, s));
  return edges;
}

/**
 * Counts of values in [edges[i], edges[i+1]); the last bin also takes a value equal to its upper
 * edge, and values outside the edges (outliers the bins were fenced off from) go to the end bins
 * and are tallied in `below`/`above`. The edges are evenly spaced, so a value's bin is first
 * estimated by division, then settled by comparing with the real edges: a value on an edge always
 * lands where the edges say, in whatever order the values come.
 */
function count(values: Sorted, n: number, edges: number[]): Histogram {
  const bins = edges.length - 1;
  const counts = new Array<number>(bins).fill(0);
  const first = edges[0];
  const end = edges[bins];
  const perBin = bins / (end - first);
  const last = bins - 1;
  let below = 0;
  let above = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x < first) below++;
    else if (x > end) above++;
    let j = Math.floor((x - first) * perBin);
    j = j < 0 ? 0 : j > last ? last : j;
    while (j > 0 && x < edges[j]) j--;
    while (j < last && x >= edges[j + 1]) j++;
    counts[j]++;
  }
  const h: Histogram = { edges, counts };
  if (below > 0) h.below = below;
  if (above > 0) h.above = above;
  return h;
}
