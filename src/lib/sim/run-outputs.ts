/**
 * The end of a run: per-node money, every KPI of DESIGN.md §4 and the per-period series, from
 * what the engine accumulated, into column j of the results block. Kept apart from the period
 * loop (engine.ts) because it is bookkeeping, not simulation: it draws nothing.
 */
import { KPI_INDEX as K, SOURCE, STAGE, WON, type Plan } from './plan';
import type { RawResults } from './raw';

/**
 * What a finished block of runs hands over (the engine's buffers, read only here): run c of the
 * block is column c, so node i's value is `entered[i * width + c]` (per edge and per period alike).
 */
export interface RunTotals {
  readonly width: number;
  readonly entered: Float64Array;
  readonly drop: Float64Array;
  readonly inprog: Float64Array;
  readonly flow: Float64Array;
  readonly unit: Float64Array;
  readonly fixed: Float64Array;
  readonly rpl: Float64Array;
  readonly value: Float64Array;
  readonly recPer: Float64Array;
  readonly churn: Float64Array;
  readonly recRev: Float64Array;
  readonly perRev: Float64Array;
  readonly perCost: Float64Array;
  readonly perCust: Float64Array;
  /** Periods each source is active within the horizon (its fixed cost is paid in those). */
  readonly activePeriods: Int32Array;
  readonly wonNodes: Int32Array;
  /** Scratch for the per-run sums: SUM_ROWS rows of `width`. */
  readonly sums: Float64Array;
}

/**
 * Stores a KPI that is always defined: allocRaw marks every KPI defined in advance, so only a
 * value that overflowed (money beyond 1e308) needs its flag cleared. Zeros need no store either.
 */
function setAlways(out: RawResults, k: number, j: number, v: number): void {
  if (v === 0) return;
  const at = k * out.stride + j;
  if (v - v === 0) out.kpi[at] = v;
  else out.kpiDefined[at] = 0;
}

/**
 * Stores a ratio KPI; an undefined one (zero denominator, or overflow as in x / 5e-324) is 0 with
 * flag 0. Like setAlways it relies on the block as allocRaw made it: values 0, flags 1.
 */
function setRatio(out: RawResults, k: number, j: number, v: number, ok: boolean): void {
  const at = k * out.stride + j;
  if (ok && v - v === 0) {
    if (v !== 0) out.kpi[at] = v;
  } else {
    out.kpiDefined[at] = 0;
  }
}

// Rows of RunTotals.sums: each run's totals over the nodes, accumulated node by node.
const ARRIVALS = 0, CUSTOMERS = 1, REVENUE = 2, COST = 3, ACQ = 4, IN_PROGRESS = 5;
const LEADS = 6, MQLS = 7, SALS = 8, SQLS = 9, OPPS = 10;
/** Rows of RunTotals.sums. */
export const SUM_ROWS = 11;

/**
 * Per-node money, KPIs and per-period series of the block's runs 0 … cnt−1 into columns
 * j0 … j0+cnt−1 of `out`; the first recN of them record their per-period series. Node by node
 * with the runs inside, so both the block's buffers and `out` (node-major, runs contiguous) are
 * read and written in order; each run's sums still add its nodes in plan order.
 */
export function writeRunOutputs(plan: Plan, run: RunTotals, cnt: number, j0: number, recN: number, out: RawResults): void {
  const { n, m, periods, kind, milestone } = plan;
  const { width: W, entered, drop, inprog, flow, unit, fixed, rpl, value, recPer, churn, recRev, sums } = run;
  const s = out.stride;
  sums.fill(0);
  for (let i = 0; i < n; i++) {
    const ki = kind[i];
    const ms = ki === STAGE ? milestone[i] : 0;
    const msRow = ms >= 1 && ms <= 5 ? (LEADS + ms - 1) * W : -1;
    const ap = run.activePeriods[i];
    const b = i * W;
    const at0 = i * s + j0;
    for (let c = 0; c < cnt; c++) {
      const x = b + c;
      const e = entered[x];
      let nr = 0;
      let nc = 0;
      if (ki === SOURCE) {
        sums[ARRIVALS * W + c] += e;
        nc = fixed[x] * ap + unit[x] * e;
        sums[ACQ * W + c] += nc;
      } else if (ki === STAGE) {
        nc = unit[x] * e + fixed[x] * periods;
        nr = rpl[x] * e;
        if (msRow >= 0) sums[msRow + c] += e;
      } else if (ki === WON) {
        sums[CUSTOMERS * W + c] += e;
        nr = value[x] * e + recRev[x];
      }
      sums[REVENUE * W + c] += nr;
      sums[COST * W + c] += nc;
      sums[IN_PROGRESS * W + c] += inprog[x];
      // The output starts zeroed: zeros need no store (most nodes have no revenue, cost, …).
      const at = at0 + c;
      if (e !== 0) out.entered[at] = e;
      if (drop[x] !== 0) out.dropOff[at] = drop[x];
      if (inprog[x] !== 0) out.inProgress[at] = inprog[x];
      if (nr !== 0) out.nodeRevenue[at] = nr;
      if (nc !== 0) out.nodeCost[at] = nc;
    }
  }
  for (let e = 0; e < m; e++) {
    const b = e * W;
    const at0 = e * s + j0;
    for (let c = 0; c < cnt; c++) if (flow[b + c] !== 0) out.flow[at0 + c] = flow[b + c];
  }

  for (let c = 0; c < cnt; c++) {
    const j = j0 + c;
    const customers = sums[CUSTOMERS * W + c];
    // LTV: value + perPeriod/churn per won outcome, weighted by its customers (equal weights
    // when there are none); undefined without a won outcome or with a paying customer who
    // never churns.
    let ltvSum = 0;
    let ltvW = 0;
    let ltvOk = run.wonNodes.length > 0;
    for (let k = 0; k < run.wonNodes.length; k++) {
      const x = run.wonNodes[k] * W + c;
      const w = customers > 0 ? entered[x] : 1;
      if (w === 0) continue;
      let ltv = value[x];
      if (recPer[x] > 0) {
        if (churn[x] > 0) ltv += recPer[x] / churn[x];
        else ltvOk = false;
      }
      ltvSum += w * ltv;
      ltvW += w;
    }
    const ltv = ltvOk && ltvW > 0 ? ltvSum / ltvW : 0;
    ltvOk = ltvOk && ltvW > 0;

    // Payback: periods until cumulative revenue first reaches cumulative cost.
    let payback = 0;
    let cumR = 0;
    let cumC = 0;
    for (let t = 0; t < periods; t++) {
      cumR += run.perRev[t * W + c];
      cumC += run.perCost[t * W + c];
      if (cumR > 0 && cumR >= cumC) {
        payback = t + 1;
        break;
      }
    }

    const arrivals = sums[ARRIVALS * W + c];
    const revenue = sums[REVENUE * W + c];
    const cost = sums[COST * W + c];
    const acq = sums[ACQ * W + c];
    const leads = sums[LEADS * W + c];
    const profit = revenue - cost;
    const cac = customers > 0 ? cost / customers : 0;
    setAlways(out, K.arrivals, j, arrivals);
    setAlways(out, K.leads, j, leads);
    setAlways(out, K.mqls, j, sums[MQLS * W + c]);
    setAlways(out, K.sals, j, sums[SALS * W + c]);
    setAlways(out, K.sqls, j, sums[SQLS * W + c]);
    setAlways(out, K.opportunities, j, sums[OPPS * W + c]);
    setAlways(out, K.customers, j, customers);
    setAlways(out, K.revenue, j, revenue);
    setAlways(out, K.cost, j, cost);
    setAlways(out, K.acquisitionCost, j, acq);
    setAlways(out, K.profit, j, profit);
    setRatio(out, K.roi, j, profit / cost, cost > 0);
    setRatio(out, K.roas, j, revenue / acq, acq > 0);
    setRatio(out, K.cpl, j, cost / leads, leads > 0);
    setRatio(out, K.cac, j, cac, customers > 0);
    setRatio(out, K.conversion, j, customers / arrivals, arrivals > 0);
    setRatio(out, K.revenuePerArrival, j, revenue / arrivals, arrivals > 0);
    setRatio(out, K.ltv, j, ltv, ltvOk);
    setRatio(out, K.ltvToCac, j, ltv / cac, ltvOk && cac > 0);
    setRatio(out, K.paybackPeriod, j, payback, payback > 0);
    setAlways(out, K.inProgress, j, sums[IN_PROGRESS * W + c]);

    if (c < recN) {
      const o = j * periods;
      for (let t = 0; t < periods; t++) {
        out.periodRevenue[o + t] = run.perRev[t * W + c];
        out.periodCost[o + t] = run.perCost[t * W + c];
        out.periodCustomers[o + t] = run.perCust[t * W + c];
      }
    }
  }
}
