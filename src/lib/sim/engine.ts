/**
 * The Monte Carlo engine: DESIGN.md §4 over a compiled Plan. Groups of people move as counts
 * (conditional binomial splits), never as objects; every buffer is allocated once per call, so
 * the run and period loops allocate nothing.
 *
 * Run r draws from `Rng` reseeded with (seed, r): its parameters first (in plan order), then its
 * flow (period by period, nodes in plan order, edges in document order). Results therefore do not
 * depend on how runs are split into calls, and scenarios of the same design share streams
 * (common random numbers).
 */
import { Rng } from './random/rng';
import { binomial, gamma, poisson } from './random/variates';
import { DIST_STRIDE, sampleEncoded } from './random/dist-sampler';
import {
  EDGE_TO_CAPACITY, EDGE_TO_WON, SOURCE, STAGE, WON, roundCapacity, roundDelay, type Plan,
} from './plan';
import { allocRaw, bandCountOf, defaultBandRuns, type RawResults } from './raw';
import { writeRunOutputs } from './run-outputs';

export interface SimulateOptions {
  /** Runs with index below this record per-period series (default: defaultBandRuns of firstRun + count). */
  bandRuns?: number;
  /** Write into this block instead of allocating one (from allocRaw; it must cover the runs, untouched). */
  into?: RawResults;
}

/** The run's value of a node parameter, 0 when the node has none. */
function paramAt(vals: Float64Array, idx: Int32Array, i: number): number {
  return idx[i] >= 0 ? vals[idx[i]] : 0;
}

/** Probabilities this close to 1 are 1: a rate sum of exactly 1 must not leak a drop-off. */
const ONE = 1 - 1e-12;

/**
 * Scratch state of one plan, reused across runs. Separate from `simulate` so a caller running
 * many small slices (the main-thread fallback) allocates it once.
 */
export class Engine {
  readonly plan: Plan;
  private readonly rng = new Rng(0, 0);
  private readonly vals: Float64Array;
  // Per-run parameters in node form.
  private readonly lam: Float64Array;
  readonly unit: Float64Array;
  readonly fixed: Float64Array;
  private readonly delay: Int32Array;
  private readonly cap: Float64Array;
  readonly rpl: Float64Array;
  readonly value: Float64Array;
  readonly recPer: Float64Array;
  readonly churn: Float64Array;
  private readonly cond: Float64Array;
  /**
   * People due to leave a node in the current period (zero-delay stages, outcomes) and in later
   * periods (rings). Both empty themselves: every slot written is read back and cleared within
   * the horizon (exits beyond it go to in-progress instead), so they need no reset between runs.
   */
  private readonly now: Float64Array;
  private readonly ring: Float64Array;
  private clean = true;
  /** Everything else that a run accumulates lives in one buffer, cleared with one fill. */
  private readonly acc: Float64Array;
  private readonly waiting: Float64Array;
  private readonly capLeft: Float64Array;
  private readonly active: Float64Array;
  readonly recRev: Float64Array;
  readonly entered: Float64Array;
  readonly drop: Float64Array;
  readonly inprog: Float64Array;
  readonly flow: Float64Array;
  readonly perRev: Float64Array;
  readonly perCost: Float64Array;
  readonly perCust: Float64Array;
  readonly activePeriods: Int32Array;
  // Index lists.
  private readonly capNodes: Int32Array;
  private readonly recNodes: Int32Array;
  private readonly stageNodes: Int32Array;
  readonly wonNodes: Int32Array;
  /** Nodes with an uncertain node parameter, and nodes with an uncertain outgoing rate. */
  private readonly varyingNodes: Int32Array;
  private readonly varyingRates: Int32Array;

  constructor(plan: Plan) {
    this.plan = plan;
    const { n, m, periods } = plan;
    const f = () => new Float64Array(n);
    this.vals = Float64Array.from(plan.paramValue);
    this.lam = f();
    this.unit = f();
    this.fixed = f();
    this.delay = new Int32Array(n);
    this.cap = f();
    this.rpl = f();
    this.value = f();
    this.recPer = f();
    this.churn = f();
    this.cond = new Float64Array(m);
    this.now = f();
    this.ring = new Float64Array(plan.ringSize);
    this.acc = new Float64Array(8 * n + m + 3 * periods);
    let at = 0;
    const view = (len: number) => this.acc.subarray(at, (at += len));
    this.waiting = view(n);
    this.capLeft = view(n);
    this.active = view(n);
    this.recRev = view(n);
    this.entered = view(n);
    this.drop = view(n);
    this.inprog = view(n);
    view(n); // spare row keeps the layout simple to extend
    this.flow = view(m);
    this.perRev = view(periods);
    this.perCost = view(periods);
    this.perCust = view(periods);
    this.activePeriods = new Int32Array(n);
    const list = (pred: (i: number) => boolean) => Int32Array.from({ length: n }, (_, i) => i).filter(pred);
    this.capNodes = list((i) => plan.hasCapacity[i] === 1);
    this.recNodes = list((i) => plan.pRecurring[i] >= 0);
    this.stageNodes = list((i) => plan.kind[i] === STAGE);
    this.wonNodes = list((i) => plan.kind[i] === WON);
    const uncertain = new Set(plan.uncertain);
    const nodeParams = [plan.pVolume, plan.pUnitCost, plan.pFixedCost, plan.pDelay, plan.pCapacity, plan.pRevenue, plan.pValue, plan.pRecurring, plan.pChurn];
    this.varyingNodes = list((i) => nodeParams.some((idx) => uncertain.has(idx[i])));
    this.varyingRates = list((i) => {
      for (let e = plan.outStart[i]; e < plan.outStart[i + 1]; e++) if (uncertain.has(plan.pRate[e])) return true;
      return false;
    });
    for (let i = 0; i < n; i++) {
      this.deriveNode(i);
      this.deriveRates(i);
    }
    for (let i = 0; i < n; i++) {
      if (plan.kind[i] !== SOURCE) continue;
      let c = 0;
      for (let t = 0; t < periods; t++) if (t >= plan.activeFrom[i] && t <= plan.activeTo[i]) c++;
      this.activePeriods[i] = c;
    }
  }

  /**
   * Simulates runs firstRun … firstRun+count−1 into `out`, a block from allocRaw that covers
   * them and whose columns for them are still as allocated (zeros are not stored).
   */
  run(seed: number, firstRun: number, count: number, out: RawResults): void {
    if (out.seed !== seed) throw new Error('the results block was allocated for another seed');
    if (firstRun < out.firstRun || firstRun + count > out.firstRun + out.stride) throw new RangeError('runs outside the results block');
    for (let r = firstRun; r < firstRun + count; r++) this.runOne(seed, r, out);
    const done = firstRun + count - out.firstRun;
    if (done > out.count) {
      out.count = done;
      out.bandCount = bandCountOf(out.firstRun, done, out.bandRuns);
    }
  }

  private sampleParams(j: number, out: RawResults): void {
    const { plan, vals, rng } = this;
    const u = plan.uncertain;
    const dist = plan.paramDist;
    const lo = plan.paramLo;
    const hi = plan.paramHi;
    const params = out.params;
    const s = out.stride;
    for (let k = 0; k < u.length; k++) {
      const p = u[k];
      let x = sampleEncoded(rng, dist, p * DIST_STRIDE);
      // Clamp to the domain (NaN cannot occur for valid parameters; guard anyway).
      x = x < lo[p] ? lo[p] : x > hi[p] ? hi[p] : x === x ? x : lo[p];
      vals[p] = x;
      params[k * s + j] = x;
    }
  }

  /** Node-form parameters of node i and conditional probabilities of its edges, from `vals`. */
  private deriveNode(i: number): void {
    const { plan, vals } = this;
    this.lam[i] = paramAt(vals, plan.pVolume, i);
    this.unit[i] = paramAt(vals, plan.pUnitCost, i);
    this.fixed[i] = paramAt(vals, plan.pFixedCost, i);
    this.delay[i] = roundDelay(paramAt(vals, plan.pDelay, i));
    this.cap[i] = roundCapacity(paramAt(vals, plan.pCapacity, i));
    this.rpl[i] = paramAt(vals, plan.pRevenue, i);
    this.value[i] = paramAt(vals, plan.pValue, i);
    this.recPer[i] = paramAt(vals, plan.pRecurring, i);
    this.churn[i] = paramAt(vals, plan.pChurn, i);
  }

  private deriveRates(i: number): void {
    const { plan, vals, cond } = this;
    const { outStart, pRate } = plan;
    const e0 = outStart[i];
    const e1 = outStart[i + 1];
    let sum = 0;
    for (let e = e0; e < e1; e++) sum += vals[pRate[e]];
    // Rates summing above 1 are scaled to 1; then x_k ~ Bin(rest, p_k / (1 − p_1 − … − p_{k−1})).
    const scale = sum > 1 ? 1 / sum : 1;
    let rest = 1;
    for (let e = e0; e < e1; e++) {
      const p = vals[pRate[e]] * scale;
      let q = rest > 0 ? p / rest : 0;
      if (q >= ONE || (sum > 1 && e === e1 - 1)) q = p > 0 ? 1 : 0;
      cond[e] = q;
      rest -= p;
    }
  }

  /** Re-derives what this run's samples changed (the rest was derived once from certain values). */
  private deriveParams(): void {
    const { varyingNodes, varyingRates } = this;
    for (let k = 0; k < varyingNodes.length; k++) this.deriveNode(varyingNodes[k]);
    for (let k = 0; k < varyingRates.length; k++) this.deriveRates(varyingRates[k]);
  }

  private runOne(seed: number, r: number, out: RawResults): void {
    const plan = this.plan;
    const { n, periods, kind, outStart, edgeTarget, edgeClass, overflowDrop, ringMask, ringOffset, activeFrom, activeTo, volumeNoise } = plan;
    const { rng, lam, unit, fixed, delay, cap, rpl, value, cond, now, ring, waiting, capLeft, active, recPer, churn, recRev } = this;
    const { entered, drop, inprog, flow, perRev, perCost, perCust, capNodes, recNodes, stageNodes } = this;
    const j = r - out.firstRun;
    const record = r < out.bandRuns;
    // This run's block of the per-period matrix: node-major, contiguous (see raw.ts).
    const pe = out.periodEntered;
    const peBase = record ? j * n * periods : 0;

    rng.reseed(seed, r);
    this.sampleParams(j, out);
    this.deriveParams();
    this.acc.fill(0);
    if (!this.clean) {
      now.fill(0);
      ring.fill(0);
    }
    this.clean = false;

    let stageFixed = 0;
    for (let k = 0; k < stageNodes.length; k++) stageFixed += fixed[stageNodes[k]];

    for (let t = 0; t < periods; t++) {
      let rev = 0;
      let cost = stageFixed;
      let cust = 0;
      // Recurring revenue: customers won before t pay, then a share churns.
      for (let k = 0; k < recNodes.length; k++) {
        const i = recNodes[k];
        const a = active[i];
        if (a > 0) {
          const pay = recPer[i] * a;
          rev += pay;
          recRev[i] += pay;
          active[i] = a - binomial(rng, a, churn[i]);
        }
      }
      // Capacity: those waiting are admitted first.
      for (let k = 0; k < capNodes.length; k++) {
        const i = capNodes[k];
        const w = waiting[i];
        const a = w < cap[i] ? w : cap[i];
        capLeft[i] = cap[i] - a;
        if (a > 0) {
          waiting[i] = w - a;
          entered[i] += a;
          if (record) pe[peBase + i * periods + t] += a;
          rev += rpl[i] * a;
          cost += unit[i] * a;
          const d = delay[i];
          if (d === 0) now[i] += a;
          else if (t + d < periods) ring[ringOffset[i] + ((t + d) & ringMask[i])] += a;
          else inprog[i] += a;
        }
      }

      for (let i = 0; i < n; i++) {
        let x0 = 0;
        const ki = kind[i];
        if (ki === STAGE) {
          const slot = ringOffset[i] + (t & ringMask[i]);
          x0 = ring[slot] + now[i];
          if (x0 === 0) continue;
          ring[slot] = 0;
          now[i] = 0;
        } else if (ki === SOURCE) {
          if (t < activeFrom[i] || t > activeTo[i]) continue;
          let l = lam[i];
          const c = volumeNoise[i];
          if (c > 0 && l > 0) {
            // Over-dispersed arrivals: a Gamma(1/c², c²) factor of mean 1 per period.
            const shape = 1 / (c * c);
            l *= gamma(rng, shape) / shape;
          }
          x0 = poisson(rng, l);
          cost += fixed[i] + unit[i] * x0;
          if (x0 === 0) continue;
          entered[i] += x0;
          if (record) pe[peBase + i * periods + t] += x0;
        } else {
          x0 = now[i];
          if (x0 === 0) continue;
          now[i] = 0;
        }

        // Conditional binomial splits in edge order; the rest drops out (or stays at an outcome).
        let rest = x0;
        const e1 = outStart[i + 1];
        for (let e = outStart[i]; e < e1; e++) {
          const q = cond[e];
          if (q <= 0) continue;
          const x = q >= 1 ? rest : binomial(rng, rest, q);
          if (x === 0) continue;
          rest -= x;
          flow[e] += x;
          const tg = edgeTarget[e];
          const cls = edgeClass[e];
          let a = x;
          if (cls === EDGE_TO_CAPACITY) {
            const left = capLeft[tg];
            if (a > left) {
              if (overflowDrop[tg] === 1) drop[tg] += a - left;
              else waiting[tg] += a - left;
              a = left;
            }
            capLeft[tg] = left - a;
          }
          if (a > 0) {
            entered[tg] += a;
            if (record) pe[peBase + tg * periods + t] += a;
            if (cls <= EDGE_TO_CAPACITY) {
              rev += rpl[tg] * a;
              cost += unit[tg] * a;
              const d = delay[tg];
              if (d === 0) now[tg] += a;
              else if (t + d < periods) ring[ringOffset[tg] + ((t + d) & ringMask[tg])] += a;
              else inprog[tg] += a;
            } else {
              now[tg] += a;
              if (cls === EDGE_TO_WON) {
                cust += a;
                rev += value[tg] * a;
                active[tg] += a;
              }
            }
          }
          if (rest === 0) break;
        }
        if (ki <= STAGE) drop[i] += rest;
      }
      perRev[t] = rev;
      perCost[t] = cost;
      perCust[t] = cust;
    }
    // People still waiting for a seat are open pipeline.
    for (let k = 0; k < capNodes.length; k++) inprog[capNodes[k]] += waiting[capNodes[k]];
    // Only a lenient plan (a loop without delay) can leave arrivals unprocessed after the last
    // period: at a stage they are still in it; at an outcome they stay there.
    for (let i = 0; i < n; i++) {
      if (now[i] !== 0) {
        if (kind[i] === STAGE) inprog[i] += now[i];
        now[i] = 0;
      }
    }
    writeRunOutputs(plan, this, j, record, out);
    this.clean = true;
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
