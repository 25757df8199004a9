/**
 * The block forms of the discrete samplers: each element draws from its own run's stream exactly
 * what a generator of that run alone would draw, and an element decided without randomness
 * (n ≤ 0, p ≤ 0, p ≥ 1, λ ≤ 0, NaN) leaves its stream untouched.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/sim/random/rng';
import { binomial, binomialBlock, poisson, poissonBlock } from '$lib/sim/random/variates';

const W = 24;

/** W streams side by side (runs 0 … W−1 of `seed`), as the engine keeps them. */
function blockStates(seed: number): Int32Array {
  const st = new Int32Array(4 * W + 8);
  const rng = new Rng(0, 0);
  rng.st = st;
  for (let j = 0; j < W; j++) {
    rng.o = 4 + 4 * j; // an offset, as the engine may use one
    rng.reseed(seed, j);
  }
  return st;
}

// A mix over every branch: inversion (with q^n by squaring and by log1p), BTRD with and
// without the squeeze, p above ½ (symmetry), and elements decided without a draw.
const NS = [0, 1, 5, 40, 70, 500, 2000, 30, 1e6, 12, 0, 800, 3, 200, 64, 1e9, 10, 100, 7, 2500, 60, 9, 350, 1];
const PS = [0.3, 0.5, 0.9, 0.15, 0.1, 0.1, 0.05, 0, 1e-5, 1, 0.4, 0.97, NaN, 0.85, 0.5, 0.3, -0.1, 0.02, 0.7, 0.5, 0.25, 0.99, 0.45, 0.999];
const LAMS = [0, 0.5, 3, 9.99, 10, 40, 500, 1e6, -1, NaN, 1e-9, 25, 7, 1200, 0.01, 99, 2, 15, 60, 4.5, 1, 10000, 33, 0];

describe('binomialBlock', () => {
  it('draws for each run what that run alone would draw, in every branch, call after call', () => {
    const st = blockStates(31);
    const ns = Float64Array.from(NS);
    const ps = new Float64Array(8 + W);
    ps.set(PS, 8); // an offset into the probabilities, as the engine uses one per edge
    const out = new Float64Array(W);
    const alone = Array.from({ length: W }, (_, j) => new Rng(31, j));
    for (let call = 0; call < 40; call++) {
      binomialBlock(st, 4, ns, ps, 8, out, W);
      for (let j = 0; j < W; j++) expect(out[j], `call ${call}, run ${j}`).toBe(binomial(alone[j], NS[j], PS[j]));
    }
  });

  it('leaves a stream untouched where the result needs no randomness', () => {
    const st = blockStates(5);
    const before = st.slice();
    const ns = Float64Array.from([0, -3, 10, 10, 10, 10]);
    const ps = Float64Array.from([0.5, 0.5, 0, -1, 1, NaN]);
    const out = new Float64Array(6);
    binomialBlock(st, 4, ns, ps, 0, out, 6);
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 10, 0]);
    expect(st).toEqual(before);
  });
});

describe('poissonBlock', () => {
  it('draws for each run what that run alone would draw, in every branch', () => {
    const st = blockStates(77);
    const lams = Float64Array.from(LAMS);
    const out = new Float64Array(W);
    const alone = Array.from({ length: W }, (_, j) => new Rng(77, j));
    for (let call = 0; call < 40; call++) {
      poissonBlock(st, 4, lams, 0, out, W);
      for (let j = 0; j < W; j++) expect(out[j], `call ${call}, run ${j}`).toBe(poisson(alone[j], LAMS[j]));
    }
  });

  it('leaves a stream untouched for λ ≤ 0 or NaN', () => {
    const st = blockStates(6);
    const before = st.slice();
    const out = new Float64Array(3);
    poissonBlock(st, 4, Float64Array.from([0, -2, NaN]), 0, out, 3);
    expect(Array.from(out)).toEqual([0, 0, 0]);
    expect(st).toEqual(before);
  });
});
