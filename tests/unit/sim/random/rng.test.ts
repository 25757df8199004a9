import { describe, expect, it } from 'vitest';
import { Rng, splitmix64At } from '$lib/sim/random/rng';
import { chiSquareCritical } from './helpers';

const MASK64 = (1n << 64n) - 1n;

/** splitmix64 (Vigna's reference C), output k for a given seed, in BigInt. */
function splitmixRef(seed: bigint, k: bigint): bigint {
  let z = (seed + k * 0x9e3779b97f4a7c15n) & MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** sfc32 written independently over a Uint32Array, seeded the documented way. */
function sfc32Ref(seed: number, run: number): () => number {
  const s = BigInt(seed) & MASK64;
  const w1 = splitmixRef(s, BigInt(2 * run + 1));
  const w2 = splitmixRef(s, BigInt(2 * run + 2));
  const st = new Uint32Array([Number(w1 >> 32n), Number(w1 & 0xffffffffn), Number(w2 >> 32n), Number(w2 & 0xffffffffn)]);
  const next = () => {
    const t = (st[0] + st[1] + st[3]) >>> 0;
    st[3] = st[3] + 1;
    st[0] = st[1] ^ (st[1] >>> 9);
    st[1] = st[2] + (st[2] << 3);
    st[2] = ((st[2] << 21) | (st[2] >>> 11)) + t;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

const hex64 = ([hi, lo]: [number, number]) => ((BigInt(hi) << 32n) | BigInt(lo)).toString(16);

describe('splitmix64 with 32-bit halves', () => {
  it('matches the reference output for seed 0 (0xe220a8397b1dcdaf)', () => {
    expect(hex64(splitmix64At(0, 1))).toBe('e220a8397b1dcdaf');
  });

  it('matches a BigInt reference for negative, large and ordinary seeds', () => {
    for (const seed of [0, 1, -1, 42, 123456789, 2 ** 40 + 3, -(2 ** 45) + 17, Number.MAX_SAFE_INTEGER]) {
      for (const k of [1, 2, 3, 1_000_001, 2_000_002]) {
        expect(hex64(splitmix64At(seed, k))).toBe(splitmixRef(BigInt(seed) & MASK64, BigInt(k)).toString(16));
      }
    }
  });
});

describe('Rng (sfc32)', () => {
  it('known answers: the first outputs never change silently', () => {
    const r = Rng.forRun(1, 0);
    expect([r.nextU32(), r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([3856394239, 574836432, 1038711805, 1333773974]);
    const s = Rng.forRun(42, 7);
    expect([s.nextU32(), s.nextU32(), s.float(), s.floatOpen()]).toEqual([880511440, 2536912875, 0.018036044142605956, 0.9873903201900058]);
  });

  it('equals an independent sfc32 seeded from splitmix64 positions 2r+1, 2r+2', () => {
    for (const [seed, run] of [[1, 0], [1, 1], [7, 999_999], [-3, 12], [2 ** 33 + 5, 4]]) {
      const ref = sfc32Ref(seed, run);
      const r = Rng.forRun(seed, run);
      for (let i = 0; i < 1000; i++) expect(r.nextU32()).toBe(ref());
    }
  });

  it('reseed(seed, r) gives exactly the stream of forRun(seed, r), whatever came before', () => {
    const r = new Rng(5, 0);
    for (let i = 0; i < 37; i++) r.float();
    r.hasSpare = true;
    r.spare = 123;
    for (const run of [3, 0, 3, 10_000]) {
      r.reseed(5, run);
      expect(r.hasSpare).toBe(false);
      const f = Rng.forRun(5, run);
      for (let i = 0; i < 50; i++) expect(r.nextU32()).toBe(f.nextU32());
    }
  });

  it('different runs and different seeds give different, uncorrelated streams', () => {
    const firsts = new Set<number>();
    for (let run = 0; run < 2000; run++) firsts.add(Rng.forRun(1, run).nextU32());
    for (let seed = 2; seed < 2002; seed++) firsts.add(Rng.forRun(seed, 0).nextU32());
    expect(firsts.size).toBeGreaterThan(3995); // collisions among 4000 32-bit draws: ~0.002 expected

    // Correlation of the k-th draw of run r with the k-th draw of run r+1, over 20,000 runs.
    const n = 20_000;
    const xs = new Float64Array(n + 1);
    for (let run = 0; run <= n; run++) xs[run] = Rng.forRun(9, run).float() - 0.5;
    let sxy = 0;
    for (let run = 0; run < n; run++) sxy += xs[run] * xs[run + 1];
    const corr = sxy / n / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(5 / Math.sqrt(n));
  });

  it('float is in [0, 1), floatOpen in (0, 1), both on the 2^-53 grid', () => {
    const r = Rng.forRun(3, 0);
    let lo = 1;
    let hi = 0;
    let bad = 0;
    for (let i = 0; i < 100_000; i++) {
      const f = r.float();
      const g = r.floatOpen();
      if (!(f >= 0 && f < 1) || !(g > 0 && g < 1) || !Number.isInteger(f * 2 ** 53)) bad++;
      lo = Math.min(lo, f);
      hi = Math.max(hi, f);
    }
    expect(bad).toBe(0);
    expect(lo).toBeLessThan(1e-4);
    expect(hi).toBeGreaterThan(1 - 1e-4);
  });

  it('is uniform: χ² over 64 buckets of float(), and of the low 6 bits of nextU32()', () => {
    const r = Rng.forRun(11, 2);
    const n = 640_000;
    const buckets = new Float64Array(64);
    const low = new Float64Array(64);
    for (let i = 0; i < n; i++) {
      buckets[Math.floor(r.float() * 64)]++;
      low[r.nextU32() & 63]++;
    }
    const e = n / 64;
    let chi = 0;
    let chiLow = 0;
    for (let i = 0; i < 64; i++) {
      chi += (buckets[i] - e) ** 2 / e;
      chiLow += (low[i] - e) ** 2 / e;
    }
    expect(chi).toBeLessThan(chiSquareCritical(63));
    expect(chiLow).toBeLessThan(chiSquareCritical(63));
  });

  it('uniform pairs: χ² over an 8×8 grid of consecutive floats', () => {
    const r = Rng.forRun(12, 0);
    const n = 320_000;
    const cells = new Float64Array(64);
    for (let i = 0; i < n; i++) cells[Math.floor(r.float() * 8) * 8 + Math.floor(r.float() * 8)]++;
    const e = n / 64;
    let chi = 0;
    for (let i = 0; i < 64; i++) chi += (cells[i] - e) ** 2 / e;
    expect(chi).toBeLessThan(chiSquareCritical(63));
  });
});
