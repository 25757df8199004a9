/**
 * The Monte Carlo engine: DESIGN.md §4 over a compiled Plan. Groups of people move as counts
 * (conditional binomial splits), never as objects; every buffer is allocated once per engine, so
 * the run and period loops allocate nothing.
 *
 * Runs are simulated in blocks side by side ("lockstep"): for each period, node and edge the
 * engine does that step for every run of the block before moving on. Each buffer holds a column
 * per run (`x[i * width + j]` is node i in run j), so the loop over runs is tight, the work of
 * walking the graph is shared by the block, and a split draws all its binomials in one call of
 * `binomialBlock` (arrivals: `poissonBlock`), which keeps each run's generator state in locals
 * instead of paying a call, and a boxed argument, per draw. Measured against the run-by-run
 * engine it replaced, in one process: M2 (100 nodes × 52 periods) takes about 85 % of the time,
 * M3 (1 period, 1,000,000 runs) about 80 %; the draws themselves remain two thirds of M2.
 *
 * Run r still draws from `Rng` reseeded with (seed, r), in the same order as run alone: its
 * parameters first (in plan order), then its flow (period by period, nodes in plan order, edges
 * in document order). Results therefore do not depend on the block size or on how runs are split
 * into calls, and scenarios of the same design share streams (common random numbers).
 */
import { Rng } from './random/rng';
import { binomialBlock, gamma, poissonBlock } from './random/variates';
import { EDGE_TO_CAPACITY, EDGE_TO_WON, SOURCE, STAGE, type Plan } from './plan';
import { allocRaw, bandCountOf, defaultBandRuns, type RawResults } from './raw';
import { writeRunOutputs } from './run-outputs';
import { BlockState } from './engine-block';

export interface SimulateOptions {
  /** Runs with index below this record per-period series (default: defaultBandRuns of firstRun + count). */
  bandRuns?: number;
  /** Write into this block instead of allocating one (from allocRaw; it must cover the runs, untouched). */
  into?: RawResults;
}

/**
 * Scratch state of one plan, reused across calls. Separate from `simulate` so a caller running
 * many small slices (the main-thread fallback, a worker) allocates it once.
 */
export class Engine {
  readonly plan: Plan;
  /** The block's buffers and per-run parameters (engine-block.ts). */
  private readonly s: BlockState;
  private readonly rng = new Rng(0, 0);

  /** `maxWidth`: at most this many runs side by side (default 64; results do not depend on it). */
  constructor(plan: Plan, maxWidth?: number) {
    this.plan = plan;
    this.s = new BlockState(plan, maxWidth);
    // One generator serves the whole block: it is pointed at run j's state (st[4j …]) in turn.
    this.rng.st = this.s.st;
  }

  /** Runs simulated side by side (at most; the last block of a call may be narrower). */
  get width(): number {
    return this.s.width;
  }

  /**
   * Simulates runs firstRun … firstRun+count−1 into `out`, a block from allocRaw that covers
   * them and whose columns for them are still as allocated (zeros are not stored).
   */
  run(seed: number, firstRun: number, count: number, out: RawResults): void {
    if (out.seed !== seed) throw new Error('the results block was allocated for another seed');
    if (firstRun < out.firstRun || firstRun + count > out.firstRun + out.stride) throw new RangeError('runs outside the results block');
    const w = this.s.width;
    for (let r = firstRun; r < firstRun + count; r += w) this.runBlock(seed, r, Math.min(w, firstRun + count - r), out);
    const done = firstRun + count - out.firstRun;
    if (done > out.count) {
      out.count = done;
      out.bandCount = bandCountOf(out.firstRun, done, out.bandRuns);
    }
  }

  /** Point the generator at run j of the block (its state words and its pending normal). */
  private enter(j: number): Rng {
    const { rng, s } = this;
    rng.o = 4 * j;
    rng.spare = s.spare[j];
    rng.hasSpare = s.hasSpare[j] === 1;
    return rng;
  }

  /** Keep run j's pending normal (the state words are already in place). */
  private leave(j: number): void {
    const { rng, s } = this;
    s.spare[j] = rng.spare;
    s.hasSpare[j] = rng.hasSpare ? 1 : 0;
  }

  /**
   * Runs r0 … r0+cnt−1 (cnt ≤ width), side by side, period by period: the steps of a period
   * (money and seats at its start, each node's arrivals and splits, its end) are methods below.
   */
  private runBlock(seed: number, r0: number, cnt: number, out: RawResults): void {
    const { plan, s } = this;
    const { n, periods } = plan;
    const j0 = r0 - out.firstRun;
    // Runs below out.bandRuns record per-period series: a prefix of the block.
    const recN = Math.max(0, Math.min(cnt, out.bandRuns - r0));
    for (let j = 0; j < cnt; j++) {
      const rng = this.enter(j);
      rng.reseed(seed, r0 + j);
      s.sampleParams(rng, j, j0 + j, out);
      this.leave(j);
    }
    s.clear();
    for (let t = 0; t < periods; t++) {
      this.startPeriod(t, cnt);
      for (let i = 0; i < n; i++) if (this.arrive(i, t, cnt)) this.split(i, t, cnt);
      this.endPeriod(t, cnt, recN);
    }
    this.finish(cnt);
    if (recN > 0) this.writeBands(j0, recN, out);
    writeRunOutputs(plan, s, cnt, j0, recN, out);
    s.markClean();
  }

  /** A period's money starts from the stages' fixed costs; recurring revenue and churn; seats. */
  private startPeriod(t: number, cnt: number): void {
    const s = this.s;
    const W = s.width;
    const { st, rest, xs, rev, cost, cust, stageFixed, active, recPer, recRev, churn, recNodes, capNodes } = s;
    for (let j = 0; j < cnt; j++) {
      rev[j] = 0;
      cost[j] = stageFixed[j];
      cust[j] = 0;
    }
    // Recurring revenue: customers won before t pay, then a share churns.
    for (let k = 0; k < recNodes.length; k++) {
      const b = recNodes[k] * W;
      let any = false;
      for (let j = 0; j < cnt; j++) {
        const a = active[b + j];
        rest[j] = a;
        if (a > 0) {
          const pay = recPer[b + j] * a;
          rev[j] += pay;
          recRev[b + j] += pay;
          any = true;
        }
      }
      if (!any) continue;
      binomialBlock(st, 0, rest, churn, b, xs, cnt);
      for (let j = 0; j < cnt; j++) active[b + j] = rest[j] - xs[j];
    }
    // Capacity: those waiting are admitted first.
    const { periods, ringOffset, ringMask } = this.plan;
    const { waiting, cap, capLeft, entered, rpl, unit, delay, now, ring, inprog } = s;
    for (let k = 0; k < capNodes.length; k++) {
      const i = capNodes[k];
      const b = i * W;
      for (let j = 0; j < cnt; j++) {
        const w = waiting[b + j];
        const c = cap[b + j];
        const a = w < c ? w : c;
        capLeft[b + j] = c - a;
        if (a > 0) {
          waiting[b + j] = w - a;
          entered[b + j] += a;
          rev[j] += rpl[b + j] * a;
          cost[j] += unit[b + j] * a;
          const d = delay[b + j];
          if (d === 0) now[b + j] += a;
          else if (t + d < periods) ring[(ringOffset[i] + ((t + d) & ringMask[i])) * W + j] += a;
          else inprog[b + j] += a;
        }
      }
    }
  }

  /**
   * Who is at node i in period t, per run, into `rest`: a stage's arrivals due now, a source's
   * new people, an outcome's arrivals. False when nobody is there in any run.
   */
  private arrive(i: number, t: number, cnt: number): boolean {
    const { plan, s } = this;
    const W = s.width;
    const b = i * W;
    const { rest, now } = s;
    let any = false;
    const ki = plan.kind[i];
    if (ki === STAGE && plan.maxDelay[i] > 0) {
      const ring = s.ring;
      const slot = (plan.ringOffset[i] + (t & plan.ringMask[i])) * W;
      for (let j = 0; j < cnt; j++) {
        const x = ring[slot + j] + now[b + j];
        rest[j] = x;
        if (x !== 0) {
          ring[slot + j] = 0;
          now[b + j] = 0;
          any = true;
        }
      }
    } else if (ki === SOURCE) {
      if (t < plan.activeFrom[i] || t > plan.activeTo[i]) return false;
      const { st, lam, xs, cost, fixed, unit, entered } = s;
      const c = plan.volumeNoise[i];
      if (c > 0) {
        // Over-dispersed arrivals: a Gamma(1/c², c²) factor of mean 1 per period.
        const shape = 1 / (c * c);
        for (let j = 0; j < cnt; j++) {
          const l = lam[b + j];
          if (l > 0) {
            xs[j] = l * (gamma(this.enter(j), shape) / shape);
            this.leave(j);
          } else {
            xs[j] = l;
          }
        }
        poissonBlock(st, 0, xs, 0, rest, cnt);
      } else {
        poissonBlock(st, 0, lam, b, rest, cnt);
      }
      for (let j = 0; j < cnt; j++) {
        const x = rest[j];
        cost[j] += fixed[b + j] + unit[b + j] * x;
        if (x !== 0) {
          entered[b + j] += x;
          any = true;
        }
      }
    } else {
      // Outcomes, and stages that never delay (their ring slots are never written).
      for (let j = 0; j < cnt; j++) {
        const x = now[b + j];
        rest[j] = x;
        if (x !== 0) {
          now[b + j] = 0;
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * Conditional binomial splits of node i's people (`rest`) in edge order; the rest drops out
   * (or stays, at an outcome).
   */
  private split(i: number, t: number, cnt: number): void {
    const { plan, s } = this;
    const W = s.width;
    const { periods, outStart, edgeTarget, edgeClass, overflowDrop, ringMask, ringOffset, pRevenue, pUnitCost } = plan;
    const { st, rest, xs, cond, flow, capLeft, drop, waiting, entered, rev, cost, cust, rpl, unit, value, delay, now, ring, inprog, active } = s;
    const e1 = outStart[i + 1];
    for (let e = outStart[i]; e < e1; e++) {
      const eb = e * W;
      binomialBlock(st, 0, rest, cond, eb, xs, cnt);
      const tg = edgeTarget[e];
      const tb = tg * W;
      const cls = edgeClass[e];
      let live = false;
      if (cls <= EDGE_TO_CAPACITY) {
        // Money only where the stage has it: adding 0·a changes no sum, so skipping is exact.
        const hasRpl = pRevenue[tg] >= 0;
        const hasUnit = pUnitCost[tg] >= 0;
        const ro = ringOffset[tg];
        const rm = ringMask[tg];
        for (let j = 0; j < cnt; j++) {
          const x = xs[j];
          if (x !== 0) {
            rest[j] -= x;
            flow[eb + j] += x;
            let a = x;
            if (cls === EDGE_TO_CAPACITY) {
              const left = capLeft[tb + j];
              if (a > left) {
                if (overflowDrop[tg] === 1) drop[tb + j] += a - left;
                else waiting[tb + j] += a - left;
                a = left;
              }
              capLeft[tb + j] = left - a;
            }
            if (a > 0) {
              entered[tb + j] += a;
              if (hasRpl) rev[j] += rpl[tb + j] * a;
              if (hasUnit) cost[j] += unit[tb + j] * a;
              const d = delay[tb + j];
              if (d === 0) now[tb + j] += a;
              else if (t + d < periods) ring[(ro + ((t + d) & rm)) * W + j] += a;
              else inprog[tb + j] += a;
            }
          }
          if (rest[j] !== 0) live = true;
        }
      } else {
        const isWon = cls === EDGE_TO_WON;
        for (let j = 0; j < cnt; j++) {
          const x = xs[j];
          if (x !== 0) {
            rest[j] -= x;
            flow[eb + j] += x;
            entered[tb + j] += x;
            now[tb + j] += x;
            if (isWon) {
              cust[j] += x;
              rev[j] += value[tb + j] * x;
              active[tb + j] += x;
            }
          }
          if (rest[j] !== 0) live = true;
        }
      }
      if (!live) break;
    }
    if (plan.kind[i] <= STAGE) {
      const b = i * W;
      for (let j = 0; j < cnt; j++) drop[b + j] += rest[j];
    }
  }

  /** The period's money per run, and the running totals of entries for the bands. */
  private endPeriod(t: number, cnt: number, recN: number): void {
    const s = this.s;
    const W = s.width;
    const { n, periods } = this.plan;
    const { entered, rev, cost, cust, perRev, perCost, perCust } = s;
    if (recN > 0) {
      // A snapshot of each node's total so far, in contiguous rows of the block's runs.
      const snap = s.snapshots();
      for (let i = 0; i < n; i++) {
        const b = i * W;
        const o = (i * periods + t) * W;
        for (let j = 0; j < recN; j++) snap[o + j] = entered[b + j];
      }
    }
    const tb = t * W;
    for (let j = 0; j < cnt; j++) {
      perRev[tb + j] = rev[j];
      perCost[tb + j] = cost[j];
      perCust[tb + j] = cust[j];
    }
  }

  /**
   * The bands' per-node entries of the recording runs: what entered in each period is the
   * change of its running total (exact: counts are integers). Written run by run in the order of
   * `periodEntered`; writing them as people arrived scattered them over the whole matrix, which
   * cost more than simulating those runs.
   */
  private writeBands(j0: number, recN: number, out: RawResults): void {
    const W = this.s.width;
    const { n, periods } = this.plan;
    const snap = this.s.snapshots();
    const pe = out.periodEntered;
    const peRun = n * periods;
    for (let j = 0; j < recN; j++) {
      let at = (j0 + j) * peRun;
      for (let i = 0; i < n; i++) {
        let o = i * periods * W + j;
        let prev = 0;
        for (let t = 0; t < periods; t++, o += W) {
          const v = snap[o];
          pe[at++] = v - prev;
          prev = v;
        }
      }
    }
  }

  /** After the horizon: who is still waiting or still on the way is open pipeline. */
  private finish(cnt: number): void {
    const s = this.s;
    const W = s.width;
    const { n, kind } = this.plan;
    const { capNodes, inprog, waiting, now } = s;
    // People still waiting for a seat are open pipeline.
    for (let k = 0; k < capNodes.length; k++) {
      const b = capNodes[k] * W;
      for (let j = 0; j < cnt; j++) inprog[b + j] += waiting[b + j];
    }
    // Only a lenient plan (a loop without delay) can leave arrivals unprocessed after the last
    // period: at a stage they are still in it; at an outcome they stay there.
    for (let i = 0; i < n; i++) {
      const b = i * W;
      for (let j = 0; j < cnt; j++) {
        if (now[b + j] !== 0) {
          if (kind[i] === STAGE) inprog[b + j] += now[b + j];
          now[b + j] = 0;
        }
      }
    }
  }
}

/**
 * Runs firstRun … firstRun+count−1 of `plan` with `seed`. Pure: the same arguments give the same
 * arrays, and blocks of any split merge (mergeRaw) into the arrays of one call.
 */
export function simulate(plan: Plan, seed: number, firstRun: number, count: number, options: SimulateOptions = {}): RawResults {
  const bandRuns = options.bandRuns ?? defaultBandRuns(plan, firstRun + count);
  const out = options.into ?? allocRaw(plan, seed, firstRun, count, bandRuns);
  new Engine(plan).run(seed, firstRun, count, out);
  return out;
}
