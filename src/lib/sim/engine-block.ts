/**
 * The buffers of a block of runs simulated side by side (engine.ts), and each run's parameters:
 * sampled from the run's stream, then derived into node form. Every per-node (per-edge,
 * per-period) buffer has one column per run: `x[i * width + j]`.
 */
import type { Rng } from './random/rng';
import { DIST_STRIDE, sampleEncoded } from './random/dist-sampler';
import { SOURCE, STAGE, WON, roundCapacity, roundDelay, type Plan } from './plan';
import type { RawResults } from './raw';
import { SUM_ROWS, type RunTotals } from './run-outputs';

/** At most this many runs side by side: beyond ~64 the block's buffers outgrow the caches. */
const MAX_WIDTH = 64;
/** …and at most this many doubles of per-run state in all (8 MB), for very large designs… */
const MAX_CELLS = 1 << 20;
/** …and of band snapshots (32 MB; see `snapshots`). */
const MAX_SNAPSHOT_CELLS = 1 << 22;

/** Probabilities this close to 1 are 1: a rate sum of exactly 1 must not leak a drop-off. */
const ONE = 1 - 1e-12;

/** The run's value of a node parameter, 0 when the node has none. */
function paramAt(vals: Float64Array, idx: Int32Array, i: number): number {
  return idx[i] >= 0 ? vals[idx[i]] : 0;
}

export class BlockState implements RunTotals {
  readonly plan: Plan;
  readonly width: number;
  /** Generator states, 4 words per run, and each run's pending normal (see `normal`). */
  readonly st: Int32Array;
  readonly spare: Float64Array;
  readonly hasSpare: Uint8Array;
  /** The current run's parameter values (plan order); certain ones never change. */
  private readonly vals: Float64Array;
  // Per-run parameters in node form.
  readonly lam: Float64Array;
  readonly unit: Float64Array;
  readonly fixed: Float64Array;
  readonly delay: Int32Array;
  readonly cap: Float64Array;
  readonly rpl: Float64Array;
  readonly value: Float64Array;
  readonly recPer: Float64Array;
  readonly churn: Float64Array;
  readonly cond: Float64Array;
  /**
   * People due to leave a node in the current period (zero-delay stages, outcomes) and in later
   * periods (rings). Both empty themselves: every slot written is read back and cleared within
   * the horizon (exits beyond it go to in-progress instead), so they need no reset between blocks.
   */
  readonly now: Float64Array;
  readonly ring: Float64Array;
  private clean = true;
  /** Everything else that a run accumulates lives in one buffer, cleared with one fill. */
  private readonly acc: Float64Array;
  readonly waiting: Float64Array;
  readonly capLeft: Float64Array;
  readonly active: Float64Array;
  readonly recRev: Float64Array;
  readonly entered: Float64Array;
  readonly drop: Float64Array;
  readonly inprog: Float64Array;
  readonly flow: Float64Array;
  readonly perRev: Float64Array;
  readonly perCost: Float64Array;
  readonly perCust: Float64Array;
  // Per-run scratch of the period loop.
  readonly rest: Float64Array;
  readonly xs: Float64Array;
  readonly rev: Float64Array;
  readonly cost: Float64Array;
  readonly cust: Float64Array;
  readonly stageFixed: Float64Array;
  // Index lists.
  readonly capNodes: Int32Array;
  readonly recNodes: Int32Array;
  private readonly stageNodes: Int32Array;
  /** Nodes with an uncertain node parameter, and nodes with an uncertain outgoing rate. */
  private readonly varyingNodes: Int32Array;
  private readonly varyingRates: Int32Array;
  /** Periods each source is active within the horizon (its fixed cost is paid in those). */
  readonly activePeriods: Int32Array;
  readonly wonNodes: Int32Array;
  readonly sums: Float64Array;

  /** `maxWidth` narrows the block (results do not depend on it; tests check that). */
  constructor(plan: Plan, maxWidth = MAX_WIDTH) {
    this.plan = plan;
    const { n, m, periods } = plan;
    const cellsPerRun = 20 * n + 2 * m + plan.ringSize + 3 * periods + 8;
    const fit = Math.min(Math.floor(MAX_CELLS / cellsPerRun), Math.floor(MAX_SNAPSHOT_CELLS / (n * periods || 1)));
    const W = Math.max(1, Math.min(MAX_WIDTH, maxWidth, fit));
    this.width = W;
    this.st = new Int32Array(4 * W);
    this.spare = new Float64Array(W);
    this.hasSpare = new Uint8Array(W);
    const f = () => new Float64Array(n * W);
    this.vals = Float64Array.from(plan.paramValue);
    this.lam = f();
    this.unit = f();
    this.fixed = f();
    this.delay = new Int32Array(n * W);
    this.cap = f();
    this.rpl = f();
    this.value = f();
    this.recPer = f();
    this.churn = f();
    this.cond = new Float64Array(m * W);
    this.now = f();
    this.ring = new Float64Array(plan.ringSize * W);
    this.acc = new Float64Array((7 * n + m + 3 * periods) * W);
    let at = 0;
    const view = (len: number) => this.acc.subarray(at, (at += len * W));
    this.waiting = view(n);
    this.capLeft = view(n);
    this.active = view(n);
    this.recRev = view(n);
    this.entered = view(n);
    this.drop = view(n);
    this.inprog = view(n);
    this.flow = view(m);
    this.perRev = view(periods);
    this.perCost = view(periods);
    this.perCust = view(periods);
    const r = () => new Float64Array(W);
    this.rest = r();
    this.xs = r();
    this.rev = r();
    this.cost = r();
    this.cust = r();
    this.stageFixed = r();
    this.sums = new Float64Array(SUM_ROWS * W);
    const list = (pred: (i: number) => boolean) => Int32Array.from({ length: n }, (_, i) => i).filter(pred);
    this.capNodes = list((i) => plan.hasCapacity[i] === 1);
    this.recNodes = list((i) => plan.pRecurring[i] >= 0);
    this.stageNodes = list((i) => plan.kind[i] === STAGE);
    const uncertain = new Set(plan.uncertain);
    const nodeParams = [plan.pVolume, plan.pUnitCost, plan.pFixedCost, plan.pDelay, plan.pCapacity, plan.pRevenue, plan.pValue, plan.pRecurring, plan.pChurn];
    this.varyingNodes = list((i) => nodeParams.some((idx) => uncertain.has(idx[i])));
    this.varyingRates = list((i) => {
      for (let e = plan.outStart[i]; e < plan.outStart[i + 1]; e++) if (uncertain.has(plan.pRate[e])) return true;
      return false;
    });
    // Certain parameters are derived once, into every column.
    for (let j = 0; j < W; j++) {
      for (let i = 0; i < n; i++) {
        this.deriveNode(i, j);
        this.deriveRates(i, j);
      }
    }
    const activePeriods = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (plan.kind[i] !== SOURCE) continue;
      for (let t = 0; t < periods; t++) if (t >= plan.activeFrom[i] && t <= plan.activeTo[i]) activePeriods[i]++;
    }
    this.activePeriods = activePeriods;
    this.wonNodes = list((i) => plan.kind[i] === WON);
  }

  /**
   * Samples run j's uncertain parameters from `rng` (positioned at its stream) into column jOut
   * of out.params, and derives what they change into column j.
   */
  sampleParams(rng: Rng, j: number, jOut: number, out: RawResults): void {
    const { plan, vals } = this;
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
      params[k * s + jOut] = x;
    }
    const { varyingNodes, varyingRates, stageNodes, fixed, width } = this;
    for (let k = 0; k < varyingNodes.length; k++) this.deriveNode(varyingNodes[k], j);
    for (let k = 0; k < varyingRates.length; k++) this.deriveRates(varyingRates[k], j);
    let sf = 0;
    for (let k = 0; k < stageNodes.length; k++) sf += fixed[stageNodes[k] * width + j];
    this.stageFixed[j] = sf;
  }

  /** Node-form parameters of node i in run j, from `vals`. */
  private deriveNode(i: number, j: number): void {
    const { plan, vals } = this;
    const at = i * this.width + j;
    this.lam[at] = paramAt(vals, plan.pVolume, i);
    this.unit[at] = paramAt(vals, plan.pUnitCost, i);
    this.fixed[at] = paramAt(vals, plan.pFixedCost, i);
    this.delay[at] = roundDelay(paramAt(vals, plan.pDelay, i));
    this.cap[at] = roundCapacity(paramAt(vals, plan.pCapacity, i));
    this.rpl[at] = paramAt(vals, plan.pRevenue, i);
    this.value[at] = paramAt(vals, plan.pValue, i);
    this.recPer[at] = paramAt(vals, plan.pRecurring, i);
    this.churn[at] = paramAt(vals, plan.pChurn, i);
  }

  /** Conditional probabilities of node i's edges in run j, from `vals`. */
  private deriveRates(i: number, j: number): void {
    const { plan, vals, cond, width } = this;
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
      cond[e * width + j] = q;
      rest -= p;
    }
  }

  /**
   * `entered` of every node at the end of every period, [(i · periods + t) · width + j]: for the
   * bands of the runs that record them. Allocated on first use (most blocks record none).
   */
  snapshots(): Float64Array {
    const { n, periods } = this.plan;
    return (this.snap ??= new Float64Array(n * periods * this.width));
  }
  private snap: Float64Array | null = null;

  /** Zero what the runs of a new block accumulate (and the queues, if a block was cut short). */
  clear(): void {
    this.acc.fill(0);
    if (!this.clean) {
      this.now.fill(0);
      this.ring.fill(0);
    }
    this.clean = false;
  }

  /** The block ran to its end: the queues emptied themselves. */
  markClean(): void {
    this.clean = true;
  }

}
