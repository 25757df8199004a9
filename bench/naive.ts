/**
 * The naive reference of the benchmark: the same semantics as the engine (same plan, same
 * parameter draws, Poisson arrivals, delays, capacity, loops), but people move one by one — each
 * person leaving a node walks its edges in order with one Bernoulli draw per edge until one
 * takes them, the way a spreadsheet macro or a simple script would do it. Only customers,
 * revenue and cost are kept (enough to check that both agree on average).
 */
import { Rng } from '$lib/sim/random/rng';
import { gamma, poisson } from '$lib/sim/random/variates';
import { DIST_STRIDE, sampleEncoded } from '$lib/sim/random/dist-sampler';
import { SOURCE, STAGE, WON, roundCapacity, roundDelay, type Plan } from '$lib/sim/plan';

export interface NaiveResults {
  customers: Float64Array;
  revenue: Float64Array;
  cost: Float64Array;
}

export function naiveSimulate(plan: Plan, seed: number, runs: number): NaiveResults {
  const { n, m, periods, kind } = plan;
  const rng = new Rng(seed, 0);
  const vals = Float64Array.from(plan.paramValue);
  const at = (idx: Int32Array, i: number) => (idx[i] >= 0 ? vals[idx[i]] : 0);
  const cond = new Float64Array(m);
  const out: NaiveResults = { customers: new Float64Array(runs), revenue: new Float64Array(runs), cost: new Float64Array(runs) };
  for (let r = 0; r < runs; r++) {
    rng.reseed(seed, r);
    for (const p of plan.uncertain) {
      const x = sampleEncoded(rng, plan.paramDist, p * DIST_STRIDE);
      vals[p] = Math.min(plan.paramHi[p], Math.max(plan.paramLo[p], x));
    }
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let e = plan.outStart[i]; e < plan.outStart[i + 1]; e++) sum += vals[plan.pRate[e]];
      let rest = 1;
      for (let e = plan.outStart[i]; e < plan.outStart[i + 1]; e++) {
        const p = vals[plan.pRate[e]] / Math.max(1, sum);
        cond[e] = rest > 0 ? Math.min(1, p / rest) : 0;
        rest -= p;
      }
    }
    // Per node: people leaving in each future period (a plain array per node), queue, active customers.
    const leaving: number[][] = Array.from({ length: n }, () => new Array(periods + 1).fill(0));
    const waiting = new Array(n).fill(0);
    const active = new Array(n).fill(0);
    let customers = 0;
    let revenue = 0;
    let cost = 0;
    let seats: number[] = [];
    for (let t = 0; t < periods; t++) {
      seats = new Array(n).fill(0);
      for (let i = 0; i < n; i++) {
        if (kind[i] === STAGE) cost += at(plan.pFixedCost, i);
        if (plan.pRecurring[i] >= 0) {
          revenue += at(plan.pRecurring, i) * active[i];
          let stay = 0;
          for (let k = 0; k < active[i]; k++) if (rng.float() >= at(plan.pChurn, i)) stay++;
          active[i] = stay;
        }
        if (plan.hasCapacity[i]) {
          seats[i] = roundCapacity(at(plan.pCapacity, i));
          while (waiting[i] > 0 && seats[i] > 0) {
            waiting[i]--;
            seats[i]--;
            admit(i, t);
          }
        }
      }
      for (let i = 0; i < n; i++) {
        let people = 0;
        if (kind[i] === SOURCE) {
          if (t < plan.activeFrom[i] || t > plan.activeTo[i]) continue;
          let l = at(plan.pVolume, i);
          const c = plan.volumeNoise[i];
          if (c > 0 && l > 0) l *= gamma(rng, 1 / (c * c)) * c * c;
          people = poisson(rng, l);
          cost += at(plan.pFixedCost, i) + at(plan.pUnitCost, i) * people;
        } else {
          people = leaving[i][t];
          leaving[i][t] = 0;
        }
        // One person at a time, one Bernoulli draw per edge tried.
        for (let k = 0; k < people; k++) {
          for (let e = plan.outStart[i]; e < plan.outStart[i + 1]; e++) {
            if (rng.float() < cond[e]) {
              arrive(plan.edgeTarget[e], t);
              break;
            }
          }
        }
      }
    }
    out.customers[r] = customers;
    out.revenue[r] = revenue;
    out.cost[r] = cost;

    function arrive(i: number, t: number) {
      if (plan.hasCapacity[i]) {
        if (seats[i] <= 0) {
          if (!plan.overflowDrop[i]) waiting[i]++;
          return;
        }
        seats[i]--;
      }
      admit(i, t);
    }
    function admit(i: number, t: number) {
      if (kind[i] === STAGE) {
        revenue += at(plan.pRevenue, i);
        cost += at(plan.pUnitCost, i);
        const d = roundDelay(at(plan.pDelay, i));
        if (t + d < periods) leaving[i][t + d]++;
      } else {
        leaving[i][t]++;
        if (kind[i] === WON) {
          customers++;
          revenue += at(plan.pValue, i);
          active[i]++;
        }
      }
    }
  }
  return out;
}
