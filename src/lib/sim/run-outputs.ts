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

/** Per-node money, KPIs and per-period series of column c of the block into column j of `out`. */
export function writeRunOutputs(plan: Plan, run: RunTotals, c: number, j: number, record: boolean, out: RawResults): void {
  const { n, m, periods, kind, milestone } = plan;
  const { width: W, entered: enteredAll, drop, inprog, flow, unit, fixed, rpl, value, recPer, churn, recRev } = run;
  const s = out.stride;
  let arrivals = 0, customers = 0, revenue = 0, cost = 0, acq = 0, inProgress = 0;
  let leads = 0, mqls = 0, sals = 0, sqls = 0, opps = 0;
  for (let i = 0; i < n; i++) {
    const x = i * W + c;
    const e = enteredAll[x];
    let nr = 0;
    let nc = 0;
    switch (kind[i]) {
      case SOURCE:
        arrivals += e;
        nc = fixed[x] * run.activePeriods[i] + unit[x] * e;
        acq += nc;
        break;
      case STAGE:
        nc = unit[x] * e + fixed[x] * periods;
        nr = rpl[x] * e;
        switch (milestone[i]) {
          case 1: leads += e; break;
          case 2: mqls += e; break;
          case 3: sals += e; break;
          case 4: sqls += e; break;
          case 5: opps += e; break;
        }
        break;
      case WON:
        customers += e;
        nr = value[x] * e + recRev[x];
        break;
    }
    revenue += nr;
    cost += nc;
    inProgress += inprog[x];
    // The output starts zeroed: zeros need no store (most nodes have no revenue, cost, …).
    const at = i * s + j;
    if (e !== 0) out.entered[at] = e;
    if (drop[x] !== 0) out.dropOff[at] = drop[x];
    if (inprog[x] !== 0) out.inProgress[at] = inprog[x];
    if (nr !== 0) out.nodeRevenue[at] = nr;
    if (nc !== 0) out.nodeCost[at] = nc;
  }
  for (let e = 0; e < m; e++) if (flow[e * W + c] !== 0) out.flow[e * s + j] = flow[e * W + c];

  // LTV: value + perPeriod/churn per won outcome, weighted by its customers (equal weights
  // when there are none); undefined without a won outcome or with a paying customer who never
  // churns.
  let ltvSum = 0;
  let ltvW = 0;
  let ltvOk = run.wonNodes.length > 0;
  for (let k = 0; k < run.wonNodes.length; k++) {
    const x = run.wonNodes[k] * W + c;
    const w = customers > 0 ? enteredAll[x] : 1;
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

  const profit = revenue - cost;
  const cac = customers > 0 ? cost / customers : 0;
  setAlways(out, K.arrivals, j, arrivals);
  setAlways(out, K.leads, j, leads);
  setAlways(out, K.mqls, j, mqls);
  setAlways(out, K.sals, j, sals);
  setAlways(out, K.sqls, j, sqls);
  setAlways(out, K.opportunities, j, opps);
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
  setAlways(out, K.inProgress, j, inProgress);

  if (record) {
    const o = j * periods;
    for (let t = 0; t < periods; t++) {
      out.periodRevenue[o + t] = run.perRev[t * W + c];
      out.periodCost[o + t] = run.perCost[t * W + c];
      out.periodCustomers[o + t] = run.perCust[t * W + c];
    }
  }
}
