/**
 * A design → Plan: flat typed arrays the engine runs over (DESIGN.md §4). Without semantic
 * validation (compile.ts adds it), so the worker bundle needs neither the validator nor its
 * messages in every language: the pool validates on the main thread before any worker starts.
 */
import type { Dist, Edge, FlowNode, FunnelDocument } from '$lib/model/schema';
import type { Problem } from '$lib/model/problem';
import { MILESTONES } from '$lib/model/schema';
import { distMean, isCertain } from '$lib/model/dist';
import { graphIndex, isCertainlyDelayed, topologicalOrder } from '$lib/model/graph';
import { applyScenario } from '$lib/model/ops/apply-scenario';
import { DIST_STRIDE, encodeDist } from './random/dist-sampler';
import {
  DOMAIN_COUNT, DOMAIN_DELAY, DOMAIN_MONEY, DOMAIN_RATE, EDGE_TO_CAPACITY, EDGE_TO_LOST, EDGE_TO_STAGE, EDGE_TO_WON,
  LOST, SOURCE, STAGE, WON, roundDelay, type Plan,
} from './plan';
import { CompileError } from './compile-error';
import type { ParamRef } from './types';

type DomainCode = typeof DOMAIN_RATE | typeof DOMAIN_COUNT | typeof DOMAIN_MONEY | typeof DOMAIN_DELAY;

/** Smallest and largest value a distribution can produce, before clamping. */
function support(d: Dist): [number, number] {
  switch (d.type) {
    case 'fixed':
      return [d.value, d.value];
    case 'uniform':
    case 'triangular':
    case 'pert':
      return [d.low, d.high];
    case 'normal':
      return d.low === d.high ? [d.low, d.low] : [-Infinity, Infinity];
    case 'lognormal':
      return d.low === d.high ? [d.low, d.low] : [0, Infinity];
    case 'beta':
      return [0, 1];
  }
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
const nameOf = (n: { label: string; id: string }) => (n.label.trim() ? n.label.trim() : n.id);

/**
 * The design as scenario `scenarioId` sees it (the model's applyScenario), refusing an unknown
 * id: a run of a scenario that does not exist must not silently run the base design.
 */
export function resolveScenario(doc: FunnelDocument, scenarioId: string | null): FunnelDocument {
  if (scenarioId === null) return doc;
  if (!doc.scenarios.some((s) => s.id === scenarioId)) {
    throw new CompileError([
      { severity: 'error', code: 'scenario.unknown', params: { id: scenarioId }, message: `There is no scenario with id "${scenarioId}"`, path: ['scenarios'] },
    ]);
  }
  return applyScenario(doc, scenarioId);
}

/**
 * The plan of `design` (a scenario already applied: resolveScenario). `strict` refuses what the
 * engine cannot run exactly — people moving backwards within a period (a loop without delay) and
 * distribution parameters the schema forbids; lenient (expected values while the user types) lets
 * such arrivals move on a period later and runs such parameters at their mean.
 */
export function planOf(design: FunnelDocument, scenarioId: string | null, strict: boolean): Plan {
  const periods = design.settings.periods;

  // Flow nodes in processing order (the model's topological order, loops cut at delayed stages)
  // and the edges between them, in document order.
  const g = graphIndex(design);
  const order = topologicalOrder(design, {}, g);
  const rankOf = new Map<string, number>();
  order.forEach((id, i) => rankOf.set(id, i));
  const nodes: FlowNode[] = order.map((id) => g.byId.get(id)!);
  const edges: Edge[] = g.edges.filter((e) => rankOf.has(e.source) && rankOf.has(e.target));
  // Within a period people must only move forward, except into stages that hold them at least
  // one period. Validation reports loops without delay; a lenient compile (expected values while
  // the user is fixing one) lets such arrivals leave a period later instead.
  if (strict) {
    for (const e of edges) {
      const target = g.byId.get(e.target)!;
      if (rankOf.get(e.target)! <= rankOf.get(e.source)! && !isCertainlyDelayed(target)) {
        throw new CompileError([
          {
            severity: 'error', code: 'loop.noDelay', params: { nodes: `"${nameOf(target)}"` },
            message: `A loop through "${nameOf(target)}" has no stage that delays people by at least one period for certain`,
            nodeId: target.id, path: [],
          },
        ]);
      }
    }
  }

  const n = nodes.length;

  // CSR: outgoing edges of each node, in document order.
  const outCount = new Int32Array(n + 1);
  for (const e of edges) outCount[rankOf.get(e.source)! + 1]++;
  const outStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) outStart[i + 1] = outStart[i] + outCount[i + 1];
  const fill = outStart.slice(0, n);
  const m = edges.length;
  const csr: Edge[] = new Array(m);
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  for (const e of edges) {
    const s = rankOf.get(e.source)!;
    const k = fill[s]++;
    csr[k] = e;
    edgeSource[k] = s;
    edgeTarget[k] = rankOf.get(e.target)!;
  }

  // Parameter table.
  const dists: Dist[] = [];
  const domains: DomainCode[] = [];
  const refs: ParamRef[] = [];
  const add = (d: Dist, domain: DomainCode, ref: ParamRef): number => {
    dists.push(d);
    domains.push(domain);
    refs.push(ref);
    return dists.length - 1;
  };
  const idx = () => new Int32Array(n).fill(-1);
  const pVolume = idx(), pUnitCost = idx(), pFixedCost = idx(), pDelay = idx(), pRevenue = idx();
  const pCapacity = idx(), pValue = idx(), pRecurring = idx(), pChurn = idx();
  const pRate = new Int32Array(m);

  const kind = new Uint8Array(n);
  const milestone = new Uint8Array(n);
  const activeFrom = new Int32Array(n);
  const activeTo = new Int32Array(n).fill(-1);
  const volumeNoise = new Float64Array(n);
  const hasCapacity = new Uint8Array(n);
  const overflowDrop = new Uint8Array(n);
  const maxDelay = new Int32Array(n);
  const ringOffset = new Int32Array(n);
  const ringMask = new Int32Array(n);
  let ringSize = 0;

  nodes.forEach((node, i) => {
    const name = nameOf(node);
    const ref = (field: ParamRef['field'], what: string): ParamRef => ({ target: node.id, field, label: `${name} ${what}` });
    if (node.kind === 'source') {
      kind[i] = SOURCE;
      activeFrom[i] = node.activeFrom;
      activeTo[i] = Math.min(node.activeTo ?? periods - 1, periods - 1);
      volumeNoise[i] = node.volumeNoise;
      pVolume[i] = add(node.volume, DOMAIN_COUNT, ref('volume', 'volume'));
      pUnitCost[i] = add(node.cost.perUnit, DOMAIN_MONEY, ref('cost.perUnit', 'cost per arrival'));
      pFixedCost[i] = add(node.cost.fixedPerPeriod, DOMAIN_MONEY, ref('cost.fixedPerPeriod', 'fixed cost per period'));
    } else if (node.kind === 'stage') {
      kind[i] = STAGE;
      milestone[i] = node.milestone ? MILESTONES.indexOf(node.milestone) + 1 : 0;
      pDelay[i] = add(node.delay, DOMAIN_DELAY, ref('delay', 'delay'));
      pUnitCost[i] = add(node.cost.perLead, DOMAIN_MONEY, ref('cost.perLead', 'cost per lead'));
      pFixedCost[i] = add(node.cost.fixedPerPeriod, DOMAIN_MONEY, ref('cost.fixedPerPeriod', 'fixed cost per period'));
      if (node.revenuePerLead) pRevenue[i] = add(node.revenuePerLead, DOMAIN_MONEY, ref('revenuePerLead', 'revenue per lead'));
      if (node.capacity) {
        hasCapacity[i] = 1;
        overflowDrop[i] = node.capacity.overflow === 'drop' ? 1 : 0;
        pCapacity[i] = add(node.capacity.perPeriod, DOMAIN_COUNT, ref('capacity.perPeriod', 'capacity per period'));
      }
      maxDelay[i] = Math.min(roundDelay(support(node.delay)[1]), periods - 1);
      let size = 1;
      while (size <= maxDelay[i]) size *= 2;
      ringOffset[i] = ringSize;
      ringMask[i] = size - 1;
      ringSize += size;
    } else if (node.result === 'won') {
      kind[i] = WON;
      pValue[i] = add(node.value, DOMAIN_MONEY, ref('value', 'value per customer'));
      if (node.recurring) {
        pRecurring[i] = add(node.recurring.perPeriod, DOMAIN_MONEY, ref('recurring.perPeriod', 'recurring revenue per period'));
        pChurn[i] = add(node.recurring.churn, DOMAIN_RATE, ref('recurring.churn', 'churn per period'));
      }
    } else {
      // A lost outcome earns nothing: its `value` is ignored.
      kind[i] = LOST;
    }
  });
  csr.forEach((e, k) => {
    const label = e.label?.trim() || `${nameOf(nodes[edgeSource[k]])} → ${nameOf(nodes[edgeTarget[k]])}`;
    pRate[k] = add(e.rate, DOMAIN_RATE, { target: e.id, field: 'rate', label: `${label} rate` });
  });

  const edgeClass = new Uint8Array(m);
  for (let k = 0; k < m; k++) {
    const t = edgeTarget[k];
    edgeClass[k] = kind[t] === WON ? EDGE_TO_WON : kind[t] === LOST ? EDGE_TO_LOST : hasCapacity[t] ? EDGE_TO_CAPACITY : EDGE_TO_STAGE;
  }

  const P = dists.length;
  const paramDist = new Float64Array(P * DIST_STRIDE);
  const paramDomain = new Uint8Array(P);
  const paramLo = new Float64Array(P);
  const paramHi = new Float64Array(P);
  const paramValue = new Float64Array(P);
  const paramMean = new Float64Array(P);
  const uncertain: number[] = [];
  const invalid: Problem[] = [];
  for (let p = 0; p < P; p++) {
    let d = dists[p];
    paramDomain[p] = domains[p];
    paramLo[p] = 0;
    paramHi[p] = domains[p] === DOMAIN_RATE ? 1 : Infinity;
    const mean = distMean(d);
    paramMean[p] = Number.isFinite(mean) ? clamp(mean, paramLo[p], paramHi[p]) : 0;
    try {
      encodeDist(d, paramDist, p * DIST_STRIDE);
    } catch (e) {
      // The schema refuses such parameters; a lenient compile (expected values while the user
      // types) runs the parameter at its mean instead.
      if (strict) {
        invalid.push({
          severity: 'error', code: 'dist.invalid', params: {}, path: [],
          message: `${refs[p].label}: ${e instanceof Error ? e.message : String(e)}`,
        });
        continue;
      }
      d = { type: 'fixed', value: paramMean[p] };
      encodeDist(d, paramDist, p * DIST_STRIDE);
    }
    if (isCertain(d)) paramValue[p] = clamp(support(d)[0], paramLo[p], paramHi[p]);
    else uncertain.push(p);
  }
  if (invalid.length) throw new CompileError(invalid);

  return {
    scenarioId,
    periods,
    runs: design.settings.runs,
    seed: design.settings.seed,
    n,
    ids: nodes.map((x) => x.id),
    labels: nodes.map(nameOf),
    kind, milestone, activeFrom, activeTo, volumeNoise, hasCapacity, overflowDrop, maxDelay, ringOffset, ringMask, ringSize,
    m,
    edgeIds: csr.map((e) => e.id),
    edgeLabels: csr.map((e, k) => e.label?.trim() || `${nameOf(nodes[edgeSource[k]])} → ${nameOf(nodes[edgeTarget[k]])}`),
    outStart, edgeSource, edgeTarget, edgeClass,
    params: P,
    paramDist, paramDomain, paramLo, paramHi, paramValue, paramMean,
    paramRefs: refs,
    uncertain: Int32Array.from(uncertain),
    pVolume, pUnitCost, pFixedCost, pDelay, pRevenue, pCapacity, pValue, pRecurring, pChurn, pRate,
  };
}
