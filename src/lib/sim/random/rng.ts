/**
 * The seeded generator of every simulation (DESIGN.md §4.5).
 *
 * sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator, PractRand): 128 bits of state,
 * only adds, xors and shifts on 32-bit integers, so V8 keeps everything in registers. Its 32-bit
 * counter guarantees a period of at least 2^32 from any state (no bad seeds).
 *
 * One stream per run: `reseed(seed, run)` sets the state from (seed, run) through splitmix64,
 * done with 32-bit halves (no BigInt, no allocation). The stream of run r is splitmix64 seeded
 * with `seed`, positions 2r+1 and 2r+2 — a pure function of (seed, r), so results never depend on
 * how runs are split into chunks or workers, and two runs never share splitmix positions.
 */

const TWO32 = 4294967296;
/** 2^-53: the spacing of the 53-bit floats that `float` returns. */
const EPS53 = 1 / 9007199254740992;

// splitmix64's increment (the golden ratio) as 32-bit halves.
const GAMMA_HI = 0x9e3779b9;
const GAMMA_LO = 0x7f4a7c15;

// Results of the 64-bit helpers: a typed array, because module-level `let`s holding numbers
// above 2^30 would box a fresh heap number on every write (reseed runs once per run).
const R = new Uint32Array(2);
const HI = 0;
const LO = 1;

/** (ah:al)·(bh:bl) mod 2^64 → R. Inputs are 32-bit integers (signed or unsigned). */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  // The high word of al·bl from 16-bit partial products, each below 2^32 and exact; the sums
  // stay below 2^32 too, so `>>>` never wraps (and no double division, which was the cost).
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const high = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  R[LO] = Math.imul(al, bl);
  R[HI] = high + Math.imul(ah, bl) + Math.imul(al, bh);
}

/** (ah:al)+(bh:bl) mod 2^64 → R. (Stores into the Uint32Array wrap modulo 2^32.) */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  R[LO] = lo;
  R[HI] = ah + bh + (lo >= TWO32 ? 1 : 0);
}

/** splitmix64's output function (Stafford's "Mix13") on hi:lo → R. */
function mix64(hi: number, lo: number): void {
  lo = (lo ^ ((lo >>> 30) | (hi << 2))) >>> 0;
  hi = (hi ^ (hi >>> 30)) >>> 0;
  mul64(hi, lo, 0xbf58476d, 0x1ce4e5b9);
  hi = R[HI];
  lo = R[LO];
  lo = (lo ^ ((lo >>> 27) | (hi << 5))) >>> 0;
  hi = (hi ^ (hi >>> 27)) >>> 0;
  mul64(hi, lo, 0x94d049bb, 0x133111eb);
  hi = R[HI];
  lo = R[LO];
  R[LO] = lo ^ ((lo >>> 31) | (hi << 1));
  R[HI] = hi ^ (hi >>> 31);
}

/** The high and low 32 bits of an integer (two's complement for negatives, |x| < 2^53). */
function hiOf(x: number): number {
  return Math.floor(x / TWO32) >>> 0;
}

/**
 * splitmix64 seeded with `seed`, output number `k` (k ≥ 1), as [hi, lo]. Exposed for the
 * known-answer test against the reference C code.
 */
export function splitmix64At(seed: number, k: number): [hi: number, lo: number] {
  splitmixAt(seed, k);
  return [R[HI], R[LO]];
}

/** splitmix64 output k for `seed` → R. */
function splitmixAt(seed: number, k: number): void {
  mul64(hiOf(k), k >>> 0, GAMMA_HI, GAMMA_LO);
  add64(R[HI], R[LO], hiOf(seed), seed >>> 0);
  mix64(R[HI], R[LO]);
}

/** A seed as the integer the streams are derived from (non-integers truncated, non-finite → 0). */
function seedInt(x: number): number {
  return Number.isFinite(x) ? Math.trunc(x) : 0;
}

/**
 * The next two sfc32 outputs of the state at st[o … o+3] as one integer in [0, 2^53): 27 bits of
 * the first, 26 of the second. The state lives in a typed array, not in fields: M2 ran 8 % faster
 * when it moved there from fields, and it lets the engine keep a block of runs' streams side by
 * side (the block samplers in binomial.ts and poisson.ts step it the same way, inline).
 */
function bits53(st: Int32Array, o: number): number {
  let a = st[o];
  let b = st[o + 1];
  let c = st[o + 2];
  let d = st[o + 3];
  const t1 = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (((c << 21) | (c >>> 11)) + t1) | 0;
  const t2 = (((a + b) | 0) + d) | 0;
  st[o + 3] = (d + 1) | 0;
  st[o] = b ^ (b >>> 9);
  st[o + 1] = (c + (c << 3)) | 0;
  st[o + 2] = (((c << 21) | (c >>> 11)) + t2) | 0;
  return (t1 >>> 5) * 67108864 + (t2 >>> 6);
}

export class Rng {
  /**
   * Where the state words a, b, c, d live: `st[o … o+3]`. A generator of its own by default; the
   * engine points one generator at the streams of a block of runs (`st` shared, `o` = 4·run).
   */
  st: Int32Array = new Int32Array(4);
  o = 0;
  /**
   * The second normal of the last polar pair, used by `normal()` in variates.ts. Lives here so
   * that `reseed` clears it: a run's stream must not inherit anything from the previous run.
   */
  spare = 0;
  hasSpare = false;

  constructor(seed = 0, run = 0) {
    this.reseed(seed, run);
  }

  /** A generator positioned at the start of run `run`'s stream. */
  static forRun(seed: number, run: number): Rng {
    return new Rng(seed, run);
  }

  /** Move to the start of run `run`'s stream, in place (no allocation). */
  reseed(seed: number, run: number): void {
    const s = seedInt(seed);
    const k = 2 * seedInt(run) + 1;
    // splitmix64's state at position k is seed + k·γ, at k + 1 one more γ: one multiplication.
    mul64(hiOf(k), k >>> 0, GAMMA_HI, GAMMA_LO);
    add64(R[HI], R[LO], hiOf(s), s >>> 0);
    const zh = R[HI];
    const zl = R[LO];
    mix64(zh, zl);
    let a = R[HI] | 0;
    let b = R[LO] | 0;
    add64(zh, zl, GAMMA_HI, GAMMA_LO);
    mix64(R[HI], R[LO]);
    let c = R[HI] | 0;
    let d = R[LO] | 0;
    this.hasSpare = false;
    this.spare = 0;
    // Let the chaotic part mix before the first output (the author recommends 12 rounds).
    for (let i = 0; i < 12; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
    }
    const st = this.st;
    const o = this.o;
    st[o] = a;
    st[o + 1] = b;
    st[o + 2] = c;
    st[o + 3] = d;
  }

  /** The next 32 random bits as an unsigned integer in [0, 2^32). */
  nextU32(): number {
    const st = this.st;
    const o = this.o;
    const a = st[o];
    const b = st[o + 1];
    const c = st[o + 2];
    const d = st[o + 3];
    const t = (((a + b) | 0) + d) | 0;
    st[o + 3] = (d + 1) | 0;
    st[o] = b ^ (b >>> 9);
    st[o + 1] = (c + (c << 3)) | 0;
    st[o + 2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /**
   * A uniform double in [0, 1) on the grid k·2^-53 (two outputs: 27 + 26 bits). 53 bits, not 32,
   * because inversion samplers compare it against probabilities far below 2^-32.
   */
  float(): number {
    return bits53(this.st, this.o) * EPS53;
  }

  /** A uniform double in (0, 1), never 0 nor 1: safe under `Math.log`. */
  floatOpen(): number {
    return (bits53(this.st, this.o) + 0.5) * EPS53;
  }
}
