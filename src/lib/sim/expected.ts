/**
 * Expected-value mode (DESIGN.md §4): the plan with every Dist at its mean (clamped to its
 * domain) and no randomness — people flow as real numbers through the same period loop as the
 * engine (activity windows, rounded delays, capacity, loops, churn as a share). Cheap enough to
 * run after every edit: one pass of periods × edges.
 */
import type { FunnelDocument, KpiName } from '$lib/model/schema';
import { KPI_NAMES } from '$lib/model/schema';
import { planOf, resolveScenario } from './compile-plan';
import { CompileError } from './compile-error';
import { LOST, SOURCE, STAGE, WON, roundDelay, type Plan } from './plan';
import type { ExpectedValues } from './types';

export interface ExpectedFlows {
  entered: Float64Array;
  dropOff: Float64Array;
  inProgress: Float64Array;
  flow: Float64Array;
  revenue: Float64Array;
  cost: Float64Array;
  /** Per period t: revenue, cost and new customers. */
  periodRevenue: Float64Array;
  periodCost: Float64Array;
  periodCustomers: Float64Array;
  kpis: Record<KpiName, number | null>;
}

const ONE = 1 - 1e-12;

/** A node parameter of the plan at its mean, 0 when the node has none. */
function meanAt(plan: Plan, idx: Int32Array, i: number): number {
  return idx[i] >= 0 ? plan.paramMean[idx[i]] : 0;
}

/** Node-form means of a plan, as the engine derives them per run. */
function nodeMeans(plan: Plan) {
  const n = plan.n;
  const of = (idx: Int32Array) => Float64Array.from({ length: n }, (_, i) => meanAt(plan, idx, i));
  return {
    volume: of(plan.pVolume), unit: of(plan.pUnitCost), fixed: of(plan.pFixedCost), rpl: of(plan.pRevenue),
    value: of(plan.pValue), recurring: of(plan.pRecurring), churn: of(plan.pChurn),
    capacity: of(plan.pCapacity).map((c) => Math.max(0, c)),
    delay: Int32Array.from({ length: n }, (_, i) => roundDelay(meanAt(plan, plan.pDelay, i))),
  };
}

interface EvState {
  kind: Uint8Array;
  delay: Int32Array;
  rpl: Float64Array;
  unit: Float64Array;
  value: Float64Array;
  entered: Float64Array;
  now: Float64Array;
  ring: Float64Array;
  ringOffset: Int32Array;
  ringMask: Int32Array;
  inProgress: Float64Array;
  active: Float64Array;
  periodRevenue: Float64Array;
  periodCost: Float64Array;
  periodCustomers: Float64Array;
  periods: number;
}

/** `a` people admitted to node i in period t: the engine's bookkeeping, in real numbers. */
function admit(st: EvState, i: number, a: number, t: number): void {
  st.entered[i] += a;
  if (st.kind[i] === STAGE) {
    st.periodRevenue[t] += st.rpl[i] * a;
    st.periodCost[t] += st.unit[i] * a;
    const d = st.delay[i];
    if (d === 0) st.now[i] += a;
    else if (t + d < st.periods) st.ring[st.ringOffset[i] + ((t + d) & st.ringMask[i])] += a;
    else st.inProgress[i] += a;
  } else {
    st.now[i] += a;
    if (st.kind[i] === WON) {
      st.periodCustomers[t] += a;
      st.periodRevenue[t] += st.value[i] * a;
      st.active[i] += a;
    }
  }
}

/** The expected-value flows of a compiled plan. */
export function expectedFlows(plan: Plan): ExpectedFlows {
  const { n, m, periods, kind, outStart, edgeTarget, hasCapacity, overflowDrop, ringMask, ringOffset } = plan;
  const v = plan.paramMean;
  const { volume, unit, fixed, rpl, value, recurring, churn, capacity, delay } = nodeMeans(plan);

  const cond = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const e0 = outStart[i];
    const e1 = outStart[i + 1];
    let sum = 0;
    for (let e = e0; e < e1; e++) sum += v[plan.pRate[e]];
    const scale = sum > 1 ? 1 / sum : 1;
    let rest = 1;
    for (let e = e0; e < e1; e++) {
      const p = v[plan.pRate[e]] * scale;
      let q = rest > 0 ? p / rest : 0;
      if (q >= ONE || (sum > 1 && e === e1 - 1)) q = p > 0 ? 1 : 0;
      cond[e] = q;
      rest -= p;
    }
  }

  const entered = new Float64Array(n);
  const dropOff = new Float64Array(n);
  const inProgress = new Float64Array(n);
  const flow = new Float64Array(m);
  const now = new Float64Array(n);
  const ring = new Float64Array(plan.ringSize);
  const waiting = new Float64Array(n);
  const capLeft = new Float64Array(n);
  const active = new Float64Array(n);
  const recRev = new Float64Array(n);
  const periodRevenue = new Float64Array(periods);
  const periodCost = new Float64Array(periods);
  const periodCustomers = new Float64Array(periods);
  let stageFixed = 0;
  for (let i = 0; i < n; i++) if (kind[i] === STAGE) stageFixed += fixed[i];

  const st: EvState = { kind, delay, rpl, unit, value, entered, now, ring, ringOffset, ringMask, inProgress, active, periodRevenue, periodCost, periodCustomers, periods };
  for (let t = 0; t < periods; t++) {
    periodCost[t] = stageFixed;
    for (let i = 0; i < n; i++) {
      if (plan.pRecurring[i] < 0 || active[i] <= 0) continue;
      const pay = recurring[i] * active[i];
      periodRevenue[t] += pay;
      recRev[i] += pay;
      active[i] *= 1 - churn[i];
    }
    for (let i = 0; i < n; i++) {
      if (!hasCapacity[i]) continue;
      const a = Math.min(waiting[i], capacity[i]);
      waiting[i] -= a;
      capLeft[i] = capacity[i] - a;
      if (a > 0) admit(st, i, a, t);
    }
    for (let i = 0; i < n; i++) {
      let out = 0;
      if (kind[i] === SOURCE) {
        if (t < plan.activeFrom[i] || t > plan.activeTo[i]) continue;
        out = volume[i];
        periodCost[t] += fixed[i] + unit[i] * out;
        entered[i] += out;
      } else if (kind[i] === STAGE) {
        const slot = ringOffset[i] + (t & ringMask[i]);
        out = ring[slot] + now[i];
        ring[slot] = 0;
        now[i] = 0;
      } else {
        out = now[i];
        now[i] = 0;
      }
      if (out <= 0) continue;
      let rest = out;
      for (let e = outStart[i]; e < outStart[i + 1]; e++) {
        const x = rest * cond[e];
        if (x <= 0) continue;
        rest -= x;
        flow[e] += x;
        const tg = edgeTarget[e];
        let a = x;
        if (hasCapacity[tg]) {
          if (a > capLeft[tg]) {
            if (overflowDrop[tg]) dropOff[tg] += a - capLeft[tg];
            else waiting[tg] += a - capLeft[tg];
            a = capLeft[tg];
          }
          capLeft[tg] -= a;
          if (a <= 0) continue;
        }
        admit(st, tg, a, t);
      }
      if (kind[i] !== WON && kind[i] !== LOST) dropOff[i] += rest;
    }
  }
  for (let i = 0; i < n; i++) inProgress[i] += waiting[i];

  // Money and KPIs, with the engine's definitions.
  const revenue = new Float64Array(n);
  const cost = new Float64Array(n);
  const totals = { arrivals: 0, leads: 0, mqls: 0, sals: 0, sqls: 0, opportunities: 0, customers: 0, revenue: 0, cost: 0, acquisitionCost: 0, inProgress: 0 };
  const milestoneKpi = ['', 'leads', 'mqls', 'sals', 'sqls', 'opportunities'] as const;
  let ltvSum = 0;
  let ltvW = 0;
  let wonCount = 0;
  let ltvOk = true;
  for (let i = 0; i < n; i++) {
    const e = entered[i];
    if (kind[i] === SOURCE) {
      let activePeriods = 0;
      for (let t = 0; t < periods; t++) if (t >= plan.activeFrom[i] && t <= plan.activeTo[i]) activePeriods++;
      cost[i] = fixed[i] * activePeriods + unit[i] * e;
      totals.arrivals += e;
      totals.acquisitionCost += cost[i];
    } else if (kind[i] === STAGE) {
      cost[i] = unit[i] * e + fixed[i] * periods;
      revenue[i] = rpl[i] * e;
      const ms = plan.milestone[i];
      if (ms > 0) totals[milestoneKpi[ms] as 'leads'] += e;
    } else if (kind[i] === WON) {
      wonCount++;
      totals.customers += e;
      revenue[i] = value[i] * e + recRev[i];
    }
    totals.revenue += revenue[i];
    totals.cost += cost[i];
    totals.inProgress += inProgress[i];
  }
  for (let i = 0; i < n; i++) {
    if (kind[i] !== WON) continue;
    const w = totals.customers > 0 ? entered[i] : 1;
    if (w === 0) continue;
    let ltv = value[i];
    if (recurring[i] > 0) {
      if (churn[i] > 0) ltv += recurring[i] / churn[i];
      else ltvOk = false;
    }
    ltvSum += w * ltv;
    ltvW += w;
  }
  const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);
  const ltv = wonCount > 0 && ltvOk && ltvW > 0 ? finite(ltvSum / ltvW) : null;
  let payback: number | null = null;
  let cumR = 0;
  let cumC = 0;
  for (let t = 0; t < periods; t++) {
    cumR += periodRevenue[t];
    cumC += periodCost[t];
    if (cumR > 0 && cumR >= cumC) {
      payback = t + 1;
      break;
    }
  }
  const ratio = (a: number, b: number) => (b > 0 ? finite(a / b) : null);
  const profit = totals.revenue - totals.cost;
  const cac = ratio(totals.cost, totals.customers);
  const kpis: Record<KpiName, number | null> = {
    ...totals,
    profit,
    roi: ratio(profit, totals.cost),
    roas: ratio(totals.revenue, totals.acquisitionCost),
    cpl: ratio(totals.cost, totals.leads),
    cac,
    conversion: ratio(totals.customers, totals.arrivals),
    revenuePerArrival: ratio(totals.revenue, totals.arrivals),
    ltv,
    ltvToCac: ltv !== null && cac !== null && cac > 0 ? finite(ltv / cac) : null,
    paybackPeriod: payback,
  };
  return { entered, dropOff, inProgress, flow, revenue, cost, periodRevenue, periodCost, periodCustomers, kpis };
}

/**
 * Expected values of a design (or one of its scenarios) for the canvas. Compiles leniently, so
 * the numbers stay on screen while the user fixes an error: out-of-range numbers are clamped and
 * rate sums above 1 scaled as in the simulation, and people going round a loop without delay
 * move on a period later. Throws CompileError only for an unknown scenario.
 */
export function expectedValues(doc: FunnelDocument, scenarioId: string | null = null): ExpectedValues {
  const plan = planOf(resolveScenario(doc, scenarioId), scenarioId, false);
  const f = expectedFlows(plan);
  const nodes: ExpectedValues['nodes'] = {};
  for (let i = 0; i < plan.n; i++) {
    nodes[plan.ids[i]] = { entered: f.entered[i], dropOff: f.dropOff[i], inProgress: f.inProgress[i] };
  }
  const edges: ExpectedValues['edges'] = {};
  for (let e = 0; e < plan.m; e++) edges[plan.edgeIds[e]] = { flow: f.flow[e] };
  const kpis = {} as Record<KpiName, number | null>;
  for (const k of KPI_NAMES) kpis[k] = f.kpis[k];
  return { nodes, edges, kpis };
}

/** expectedValues, or null instead of a CompileError (for reactive UI code). */
export function tryExpectedValues(doc: FunnelDocument, scenarioId: string | null = null): ExpectedValues | null {
  try {
    return expectedValues(doc, scenarioId);
  } catch (e) {
    if (e instanceof CompileError) return null;
    throw e;
  }
}
