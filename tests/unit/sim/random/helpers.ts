/** Shared statistics for the sampler tests: tolerances come from standard errors, never guesses. */
import { expect } from 'vitest';

export interface Moments {
  n: number;
  mean: number;
  variance: number;
  /** Fourth central moment (sample estimate). */
  m4: number;
}

export function moments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i];
  const mean = s / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i] - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { n, mean, variance: m2 / (n - 1), m4: m4 / n };
}

/**
 * Sample mean and variance against theory within `z` standard errors. The mean's SE is σ/√n
 * from the true variance; the variance's SE is √((μ4 − σ⁴)/n) with μ4 estimated from the sample.
 */
export function expectMoments(xs: ArrayLike<number>, mean: number, variance: number, z = 5): void {
  const m = moments(xs);
  const seMean = Math.sqrt(variance / m.n);
  const seVar = Math.sqrt(Math.max(m.m4 - variance * variance, 0) / m.n);
  expect(Math.abs(m.mean - mean), `mean ${m.mean} vs ${mean} (SE ${seMean})`).toBeLessThanOrEqual(z * seMean + 1e-12 * Math.abs(mean));
  expect(Math.abs(m.variance - variance), `variance ${m.variance} vs ${variance} (SE ${seVar})`).toBeLessThanOrEqual(
    z * seVar + 1e-12 * variance,
  );
}

/** Upper critical value of χ²(df) at level α (Wilson–Hilferty; within ~1 % for df ≥ 3). */
export function chiSquareCritical(df: number, alpha = 0.001): number {
  const z = alpha === 0.001 ? 3.090232306167813 : alpha === 0.01 ? 2.3263478740408408 : NaN;
  const k = 2 / (9 * df);
  return df * Math.pow(1 - k + z * Math.sqrt(k), 3);
}

/** Pearson χ² of observed counts against expected probabilities, pooling cells with expectation < 5. */
export function chiSquare(observed: ArrayLike<number>, probs: ArrayLike<number>, total: number): { stat: number; df: number } {
  let stat = 0;
  let cells = 0;
  let poolO = 0;
  let poolE = 0;
  for (let i = 0; i < probs.length; i++) {
    poolO += observed[i];
    poolE += probs[i] * total;
    if (poolE >= 5) {
      stat += ((poolO - poolE) * (poolO - poolE)) / poolE;
      cells++;
      poolO = 0;
      poolE = 0;
    }
  }
  if (poolE > 0 || poolO > 0) {
    // Fold the leftover tail into the last cell's neighbour by counting it as its own cell when
    // it is big enough, otherwise it is added as is (its expectation is tiny).
    if (poolE >= 1) {
      stat += ((poolO - poolE) * (poolO - poolE)) / poolE;
      cells++;
    } else {
      expect(poolO, 'observations in a cell of negligible probability').toBeLessThanOrEqual(Math.max(3, 20 * poolE));
    }
  }
  return { stat, df: cells - 1 };
}

export function expectChiSquareFit(observed: ArrayLike<number>, probs: ArrayLike<number>, total: number): void {
  const { stat, df } = chiSquare(observed, probs, total);
  expect(df).toBeGreaterThan(0);
  expect(stat, `χ² = ${stat.toFixed(1)} with ${df} df`).toBeLessThan(chiSquareCritical(df));
}

/** Kolmogorov–Smirnov statistic of a sample against a continuous cdf. */
export function ksStatistic(sample: Float64Array, cdf: (x: number) => number): number {
  const xs = Float64Array.from(sample).sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return d;
}

/** KS critical value at α = 0.001 for large n: √(−ln(α/2)/2)/√n = 1.9495/√n. */
export function ksCritical(n: number): number {
  return 1.9494799 / Math.sqrt(n);
}
