/**
 * Edge cases and the remaining parts of DESIGN.md §4: zeros without NaN, recurring revenue with
 * churn, scenarios and common random numbers, KPI definitions, targets, sensitivity, and the
 * expected-value mode against Monte Carlo means.
 */
import { describe, expect, it } from 'vitest';
import { KPI_NAMES } from '$lib/model/schema';
import { compile, CompileError } from '$lib/sim/compile';
import { expectedValues, tryExpectedValues } from '$lib/sim/expected';
import { KPI_INDEX } from '$lib/sim/plan';
import { summarizeRuns } from '$lib/sim/summarize';
import { allFinite, col, design, edge, expectWithinSe, fixed, lost, nodeIndex, pert, run, source, stage, uniform, won, beta } from './helpers';

describe('zeros, not NaN', () => {
  it('zero volume gives zero counts and money, undefined ratios, and a finite summary', () => {
    const doc = design(
      [source('s', fixed(0)), stage('a', { milestone: 'lead' }), won('w', { value: fixed(100) })],
      [edge('s', 'a', fixed(0.5)), edge('a', 'w', fixed(0.5))],
      {},
      { targets: [{ metric: 'roi', atLeast: 0 }] },
    );
    const { plan, raw } = run(doc, 50);
    for (const k of ['arrivals', 'leads', 'customers', 'revenue', 'cost', 'profit', 'inProgress'] as const) {
      expect(col(raw, raw.kpi, KPI_INDEX[k]).every((x) => x === 0), k).toBe(true);
    }
    const s = summarizeRuns(raw, plan, doc);
    expect(allFinite(s)).toEqual([]);
    for (const k of ['roi', 'roas', 'cpl', 'cac', 'conversion', 'revenuePerArrival', 'ltvToCac', 'paybackPeriod'] as const) {
      expect(s.undefinedRatios[k], k).toBe(50);
      expect(s.kpis[k].n).toBe(0);
    }
    // LTV is a parameter of the won outcome: defined even without customers.
    expect(s.kpis.ltv.mean).toBe(100);
    expect(s.targets[0].probability).toBe(0);
  });

  it('all-zero rates leave everyone at the first node', () => {
    const doc = design(
      [source('s', fixed(30)), stage('a'), won('w')],
      [edge('s', 'a', fixed(0)), edge('a', 'w', uniform(0, 0))],
    );
    const { plan, raw } = run(doc, 50);
    expect(col(raw, raw.entered, nodeIndex(plan, 'a')).every((x) => x === 0)).toBe(true);
    expect(col(raw, raw.dropOff, nodeIndex(plan, 's'))).toEqual(col(raw, raw.entered, nodeIndex(plan, 's')));
    expect(allFinite(summarizeRuns(raw, plan, doc))).toEqual([]);
  });

  it('a design without edges or outcomes still simulates', () => {
    const doc = design([source('s', fixed(5))], []);
    const { plan, raw } = run(doc, 20);
    const s = summarizeRuns(raw, plan, doc);
    expect(allFinite(s)).toEqual([]);
    expect(s.undefinedRatios.ltv).toBe(20);
  });
});

describe('recurring revenue with churn', () => {
  it('matches its expectation: each customer pays from the period after winning until churning', () => {
    const P = 12;
    const churn = 0.2;
    const doc = design(
      [source('s', fixed(10)), won('w', { value: fixed(0), recurring: { perPeriod: fixed(5), churn: fixed(churn) } })],
      [edge('s', 'w', fixed(1))],
      { periods: P },
    );
    const { raw } = run(doc, 2000, 41);
    // A customer won at t pays at t+1 … P−1 while still there: Σ_{k=1}^{P−1−t} (1−c)^{k−1}.
    let expected = 0;
    for (let t = 0; t < P; t++) for (let k = 1; k <= P - 1 - t; k++) expected += 10 * 5 * (1 - churn) ** (k - 1);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.revenue), expected);
    // LTV = value + perPeriod / churn.
    expect(col(raw, raw.kpi, KPI_INDEX.ltv).every((x) => x === 25)).toBe(true);
  });

  it('LTV is undefined when a paying customer never churns', () => {
    const doc = design(
      [source('s', fixed(10)), won('w', { value: fixed(10), recurring: { perPeriod: fixed(5), churn: fixed(0) } })],
      [edge('s', 'w', fixed(1))],
    );
    const { raw } = run(doc, 20);
    expect(col(raw, raw.kpiDefined, KPI_INDEX.ltv).every((x) => x === 0)).toBe(true);
  });
});

describe('KPI definitions', () => {
  it('computes every KPI of a run from its totals', () => {
    const doc = design(
      [
        source('s', uniform(40, 60), { cost: { perUnit: fixed(2), fixedPerPeriod: fixed(10) } }),
        stage('a', { milestone: 'lead', cost: { perLead: fixed(1), fixedPerPeriod: fixed(3) }, revenuePerLead: fixed(4) }),
        stage('b', { milestone: 'sql' }),
        won('w', { value: uniform(100, 200) }),
        lost('l'),
      ],
      [edge('s', 'a', uniform(0.3, 0.5)), edge('a', 'b', uniform(0.3, 0.5)), edge('b', 'w', fixed(0.3)), edge('b', 'l', fixed(0.7))],
      { periods: 8 },
    );
    const { plan, raw } = run(doc, 200, 51);
    const k = (name: keyof typeof KPI_INDEX, j: number) => raw.kpi[KPI_INDEX[name] * raw.stride + j];
    const ent = (id: string, j: number) => raw.entered[nodeIndex(plan, id) * raw.stride + j];
    for (let j = 0; j < 200; j++) {
      const arrivals = ent('s', j);
      const leads = ent('a', j);
      const customers = ent('w', j);
      const value = raw.params[plan.uncertain.indexOf(plan.pValue[nodeIndex(plan, 'w')]) * raw.stride + j];
      const acq = 10 * 8 + 2 * arrivals;
      const cost = acq + leads + 3 * 8;
      const revenue = 4 * leads + value * customers;
      expect(k('arrivals', j)).toBe(arrivals);
      expect(k('leads', j)).toBe(leads);
      expect(k('sqls', j)).toBe(ent('b', j));
      expect(k('customers', j)).toBe(customers);
      expect(k('acquisitionCost', j)).toBeCloseTo(acq, 6);
      expect(k('cost', j)).toBeCloseTo(cost, 6);
      expect(k('revenue', j)).toBeCloseTo(revenue, 6);
      expect(k('profit', j)).toBeCloseTo(revenue - cost, 6);
      expect(k('roi', j)).toBeCloseTo((revenue - cost) / cost, 9);
      expect(k('roas', j)).toBeCloseTo(revenue / acq, 9);
      expect(k('cpl', j)).toBeCloseTo(cost / leads, 9);
      expect(k('conversion', j)).toBeCloseTo(customers / arrivals, 12);
      expect(k('revenuePerArrival', j)).toBeCloseTo(revenue / arrivals, 9);
      if (customers > 0) {
        expect(k('cac', j)).toBeCloseTo(cost / customers, 6);
        expect(k('ltvToCac', j)).toBeCloseTo(value / (cost / customers), 9);
      } else expect(raw.kpiDefined[KPI_INDEX.cac * raw.stride + j]).toBe(0);
      expect(k('ltv', j)).toBeCloseTo(value, 9);
    }
  });

  it('payback is the first period whose cumulative revenue reaches cumulative cost', () => {
    const doc = design(
      [source('s', fixed(10), { cost: { perUnit: fixed(0), fixedPerPeriod: fixed(100) } }), won('w', { value: fixed(30) })],
      [edge('s', 'w', fixed(0.5))],
      { periods: 20 },
    );
    const { raw } = run(doc, 100, 52);
    for (let j = 0; j < 100; j++) {
      let r = 0;
      let c = 0;
      let expected = 0;
      for (let t = 0; t < 20 && !expected; t++) {
        r += raw.periodRevenue[j * 20 + t];
        c += raw.periodCost[j * 20 + t];
        if (r > 0 && r >= c) expected = t + 1;
      }
      expect(raw.kpiDefined[KPI_INDEX.paybackPeriod * raw.stride + j]).toBe(expected ? 1 : 0);
      if (expected) expect(raw.kpi[KPI_INDEX.paybackPeriod * raw.stride + j]).toBe(expected);
    }
  });
});

describe('scenarios and common random numbers', () => {
  const base = design(
    [source('s', uniform(40, 60)), stage('a', { delay: uniform(0, 2) }), won('w', { value: fixed(100) }), lost('l')],
    [edge('s', 'a', uniform(0.2, 0.4)), edge('a', 'w', pert(0.1, 0.2, 0.3)), edge('a', 'l', fixed(0.5))],
    { periods: 10 },
    {
      scenarios: [
        { id: 'same', name: 'Same', overrides: [] },
        { id: 'same-values', name: 'Same values', overrides: [{ target: 'w', field: 'value', value: fixed(100) }] },
        { id: 'pricier', name: 'Pricier', overrides: [{ target: 'w', field: 'value', value: fixed(150) }] },
        { id: 'better', name: 'Better', overrides: [{ target: 's->a', field: 'rate', value: uniform(0.3, 0.5) }] },
      ],
    },
  );

  it('a scenario identical to the base gives identical results', () => {
    const a = run(base, 300, 61).raw;
    for (const id of ['same', 'same-values']) {
      const b = run(base, 300, 61, id).raw;
      expect(Array.from(b.kpi)).toEqual(Array.from(a.kpi));
      expect(Array.from(b.entered)).toEqual(Array.from(a.entered));
    }
  });

  it('a changed value keeps every flow: only the money moves (common random numbers)', () => {
    const a = run(base, 300, 62).raw;
    const b = run(base, 300, 62, 'pricier').raw;
    expect(Array.from(b.entered)).toEqual(Array.from(a.entered));
    const ra = col(a, a.kpi, KPI_INDEX.revenue);
    expect(col(b, b.kpi, KPI_INDEX.revenue)).toEqual(ra.map((x) => x * 1.5));
  });

  it('a better rate raises customers in (nearly) every run, not just on average', () => {
    const ra = run(base, 300, 63).raw;
    const a = col(ra, ra.kpi, KPI_INDEX.customers);
    const rb = run(base, 300, 63, 'better').raw;
    const b = col(rb, rb.kpi, KPI_INDEX.customers);
    const higher = b.filter((x, j) => x >= a[j]).length;
    expect(higher / 300).toBeGreaterThan(0.9);
  });

  it('an unknown scenario is refused', () => {
    expect(() => compile(base, 'nope')).toThrow(CompileError);
  });
});

describe('summary', () => {
  it('reports targets, bands, sensitivity and undefined ratios without NaN', () => {
    const doc = design(
      [source('s', uniform(50, 150), { cost: { perUnit: uniform(1, 2), fixedPerPeriod: fixed(0) } }), stage('a'), won('w', { value: uniform(50, 60) })],
      [edge('s', 'a', uniform(0.1, 0.9)), edge('a', 'w', beta(200, 2000))],
      { periods: 6 },
      { targets: [{ metric: 'customers', atLeast: 20 }, { metric: 'cost', atMost: 500 }] },
    );
    const { plan, raw } = run(doc, 1000, 71);
    const s = summarizeRuns(raw, plan, doc);
    expect(allFinite(s)).toEqual([]);
    expect(Object.keys(s.kpis)).toEqual([...KPI_NAMES]);
    const customers = col(raw, raw.kpi, KPI_INDEX.customers);
    expect(s.targets[0].probability).toBe(customers.filter((x) => x >= 20).length / 1000);
    expect(s.perPeriod.entered.a.p50).toHaveLength(6);
    expect(s.perPeriod.cumulativeRevenue.p50[5]).toBeGreaterThanOrEqual(s.perPeriod.cumulativeRevenue.p50[0]);
    // The rate into `a` (0.1–0.9) drives customers far more than volume or value.
    expect(s.sensitivity.customers?.[0]).toMatchObject({ target: 's->a', field: 'rate' });
    expect(s.sensitivity.customers?.[0].rho).toBeGreaterThan(0.5);
    expect(s.sensitivity.profit?.length).toBeGreaterThan(0);
    expect(s.undefinedRatios.cac).toBe(col(raw, raw.kpiDefined, KPI_INDEX.cac).filter((x) => x === 0).length);
  });
});

describe('expected-value mode', () => {
  it('equals the Monte Carlo means of a linear design within their standard error', () => {
    const doc = design(
      [
        source('s1', uniform(20, 40), { activeTo: 7, cost: { perUnit: fixed(1), fixedPerPeriod: fixed(2) } }),
        source('s2', pert(5, 10, 20), { volumeNoise: 0.4 }),
        stage('a', { delay: fixed(1), milestone: 'lead', cost: { perLead: fixed(0.5), fixedPerPeriod: fixed(0) } }),
        stage('b', { delay: fixed(2), revenuePerLead: fixed(3) }),
        won('w', { value: uniform(50, 70), recurring: { perPeriod: fixed(2), churn: fixed(0.1) } }),
        lost('l'),
      ],
      [
        edge('s1', 'a', uniform(0.3, 0.5)),
        edge('s2', 'a', fixed(0.6)),
        edge('a', 'b', pert(0.2, 0.3, 0.5)),
        edge('b', 'w', uniform(0.1, 0.3)),
        edge('b', 'l', uniform(0.2, 0.4)),
      ],
      { periods: 15 },
    );
    const ev = expectedValues(doc);
    const { plan, raw } = run(doc, 1500, 81);
    for (const id of ['s1', 's2', 'a', 'b', 'w', 'l']) {
      expectWithinSe(col(raw, raw.entered, nodeIndex(plan, id)), ev.nodes[id].entered);
      expectWithinSe(col(raw, raw.dropOff, nodeIndex(plan, id)), ev.nodes[id].dropOff);
      expectWithinSe(col(raw, raw.inProgress, nodeIndex(plan, id)), ev.nodes[id].inProgress);
    }
    for (const k of ['arrivals', 'leads', 'customers', 'cost', 'revenue', 'inProgress'] as const) {
      expectWithinSe(col(raw, raw.kpi, KPI_INDEX[k]), ev.kpis[k]!);
    }
    expect(ev.kpis.ltv).toBeCloseTo(60 + 2 / 0.1, 9);
  });

  it('runs on designs with errors the user is still fixing', () => {
    const over = design([source('s', fixed(10)), won('a'), lost('b')], [edge('s', 'a', fixed(0.8)), edge('s', 'b', fixed(0.8))]);
    expect(() => compile(over)).toThrow(CompileError);
    const ev = expectedValues(over);
    expect(ev.nodes.a.entered).toBeCloseTo(5 * 10, 9);
    const loop = design(
      [source('s', fixed(10)), stage('a'), stage('b')],
      [edge('s', 'a', fixed(1)), edge('a', 'b', fixed(0.5)), edge('b', 'a', fixed(0.5))],
    );
    // A loop without delay: refused by the simulation; expected values still show numbers.
    expect(() => compile(loop)).toThrow(/loop/i);
    const looped = tryExpectedValues(loop);
    expect(looped && allFinite(looped)).toEqual([]);
    expect(looped!.nodes.a.entered).toBeGreaterThan(0);
    expect(tryExpectedValues(loop, 'no-such-scenario')).toBeNull();
  });

  it('evaluates the 100-node benchmark design (its speed is measured by npm run bench)', async () => {
    const { m2 } = await import('../../../../bench/make-models');
    const { FunnelDocument } = await import('$lib/model/schema');
    const doc = FunnelDocument.parse(m2());
    const ev = expectedValues(doc);
    expect(Object.keys(ev.nodes)).toHaveLength(100);
    expect(allFinite(ev)).toEqual([]);
    expect(ev.kpis.arrivals).toBeGreaterThan(0);
  });
});
