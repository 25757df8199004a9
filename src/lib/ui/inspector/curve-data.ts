/**
 * The numbers behind the small density picture of a distribution: points of its density over
 * the range worth showing, its P10 and P90 and its mean — all after clamping to the quantity's
 * domain (a rate never goes below 0 % or above 100 %, a count never below 0), as the simulation
 * clamps its samples (DESIGN.md §3).
 */
import type { DistDomain } from '$lib/model/dist-check';
import type { Dist } from '$lib/model/schema';
import { distPdf, distQuantile, distSupport } from '$lib/sim/random/dist-math';

export interface CurveData {
  /** Plotted range. */
  x0: number;
  x1: number;
  /** Density points, y scaled to 0…1 (the highest point is 1). Empty for a point mass. */
  points: { x: number; y: number }[];
  p10: number;
  p90: number;
  mean: number;
  /** The value of a distribution that can only give one value. */
  point: number | null;
}

const upperOf = (domain: DistDomain) => (domain === 'rate' ? 1 : Number.POSITIVE_INFINITY);
const clampTo = (x: number, domain: DistDomain) => Math.min(upperOf(domain), Math.max(0, x));

export function curveData(d: Dist, domain: DistDomain, n = 96): CurveData {
  const q = (p: number) => clampTo(distQuantile(d, p), domain);
  // Mean of the clamped distribution by the quantile average (midpoint rule): exact enough for
  // a label and right where clamping moves mass onto a bound.
  const m = 400;
  let sum = 0;
  for (let i = 0; i < m; i++) sum += q((i + 0.5) / m);
  const mean = sum / m;
  const p10 = q(0.1);
  const p90 = q(0.9);

  const [s0, s1] = distSupport(d).map((x) => clampTo(x, domain));
  if (!(s1 > s0)) return { x0: s0, x1: s1, points: [], p10, p90, mean, point: s0 };

  // A little room left and right so the edges of bounded shapes show as edges.
  const pad = (s1 - s0) * 0.06;
  const x0 = clampTo(s0 - pad, domain);
  const x1 = clampTo(s1 + pad, domain);
  const eps = (x1 - x0) * 1e-6;
  const xs = new Set<number>();
  for (let i = 0; i <= n; i++) xs.add(x0 + ((x1 - x0) * i) / n);
  // Exact points at the support's ends (vertical walls of a range) and at the mode.
  for (const x of [s0 - eps, s0, s1, s1 + eps]) if (x >= x0 && x <= x1) xs.add(x);
  if (d.type === 'triangular' || d.type === 'pert') xs.add(clampTo(d.mode, domain));
  const sorted = [...xs].sort((a, b) => a - b);
  const raw = sorted.map((x) => {
    const y = distPdf(d, x);
    return Number.isFinite(y) && y > 0 ? y : 0;
  });
  const max = Math.max(...raw);
  const points = sorted.map((x, i) => ({ x, y: max > 0 ? raw[i] / max : 0 }));
  return { x0, x1, points, p10, p90, mean, point: null };
}
