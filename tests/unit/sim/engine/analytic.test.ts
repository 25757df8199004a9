/**
 * DESIGN.md §4 analytic check: with no loops, zero delays and independent parameters,
 * E[customers] = Σ_sources E[λ]·periods_active · Π_path E[rate] (summed over paths); the Monte
 * Carlo mean must agree within 4 standard errors. Fixed seeds: these tests never flake.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '$lib/sim/compile';
import { simulate } from '$lib/sim/engine';
import { KPI_INDEX } from '$lib/sim/plan';
import { design, edge, expectWithinSe, col, fixed, lognormal, nodeIndex, pert, run, source, stage, triangular, uniform, beta, won, lost, normal } from './helpers';

describe('loop-free funnels with zero delays match the analytic expectation', () => {
  it('one path with uncertain rates and volume', () => {
    const doc = design(
      [source('s', uniform(80, 120)), stage('a'), stage('b'), won('w')],
      [edge('s', 'a', pert(0.2, 0.3, 0.5)), edge('a', 'b', uniform(0.1, 0.3)), edge('b', 'w', beta(30, 100))],
      { periods: 12 },
    );
    const { raw } = run(doc, 2000, 11);
    const expected = 100 * 12 * ((0.2 + 4 * 0.3 + 0.5) / 6) * 0.2 * (31 / 102);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.customers), expected);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.arrivals), 100 * 12);
  });

  it('several sources, branching and merging paths, two won outcomes', () => {
    // s1 → a → {w1 | b}, s2 → b → w2, a → b; paths to customers:
    // s1·a·w1, s1·a·b·w2, s2·b·w2.
    const doc = design(
      [
        source('s1', triangular(30, 50, 70)),
        source('s2', lognormal(20, 40), { volumeNoise: 0.5 }),
        stage('a'),
        stage('b'),
        won('w1'),
        won('w2'),
        lost('l'),
      ],
      [
        edge('s1', 'a', uniform(0.3, 0.5)),
        edge('a', 'w1', uniform(0.05, 0.15)),
        edge('a', 'b', uniform(0.2, 0.4)),
        edge('s2', 'b', fixed(0.6)),
        edge('b', 'w2', pert(0.1, 0.2, 0.4)),
        edge('b', 'l', uniform(0.3, 0.5)),
      ],
      { periods: 20 },
    );
    const { raw, plan } = run(doc, 2000, 12);
    const mu = (Math.log(20) + Math.log(40)) / 2;
    const sigma = (Math.log(40) - Math.log(20)) / (2 * 1.6448536269514722);
    const l1 = 50 * 20;
    const l2 = Math.exp(mu + (sigma * sigma) / 2) * 20;
    const pB = (0.1 + 0.8 + 0.4) / 6;
    const toA = l1 * 0.4;
    const toB = toA * 0.3 + l2 * 0.6;
    expectWithinSe(col(raw, raw.entered, nodeIndex(plan, 'a')), toA);
    expectWithinSe(col(raw, raw.entered, nodeIndex(plan, 'b')), toB);
    expectWithinSe(col(raw, raw.entered, nodeIndex(plan, 'w1')), toA * 0.1);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.customers), toA * 0.1 + toB * pB);
    expectWithinSe(col(raw, raw.entered, nodeIndex(plan, 'l')), toB * 0.4);
  });

  it('activity windows count only active periods; money follows §4', () => {
    const doc = design(
      [
        source('s', fixed(40), { activeFrom: 2, activeTo: 6, cost: { perUnit: uniform(1, 3), fixedPerPeriod: fixed(100) } }),
        stage('lp', { milestone: 'lead', cost: { perLead: fixed(2), fixedPerPeriod: fixed(10) }, revenuePerLead: fixed(5) }),
        won('w', { value: uniform(100, 300) }),
      ],
      [edge('s', 'lp', normal(0.4, 0.6)), edge('lp', 'w', uniform(0.1, 0.3))],
      { periods: 10 },
    );
    const { raw } = run(doc, 2000, 13);
    const arrivals = 40 * 5;
    const leads = arrivals * 0.5;
    const customers = leads * 0.2;
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.arrivals), arrivals);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.leads), leads);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.customers), customers);
    // Source cost: fixed 100 in the 5 active periods + 2 per arrival; stage: 2 per lead + 10 per period.
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.acquisitionCost), 500 + 2 * arrivals);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.cost), 500 + 2 * arrivals + 2 * leads + 100);
    expectWithinSe(col(raw, raw.kpi, KPI_INDEX.revenue), 5 * leads + 200 * customers);
  });

  it('conditional binomial splits keep each edge at its own share', () => {
    const doc = design(
      [source('s', fixed(200)), stage('a'), won('x'), won('y'), lost('z')],
      [edge('s', 'a', fixed(1)), edge('a', 'x', fixed(0.2)), edge('a', 'y', fixed(0.5)), edge('a', 'z', fixed(0.3))],
      { periods: 5 },
    );
    const { raw, plan } = run(doc, 2000, 14);
    for (const [id, share] of [['x', 0.2], ['y', 0.5], ['z', 0.3]] as const) {
      expectWithinSe(col(raw, raw.entered, nodeIndex(plan, id)), 1000 * share);
    }
    // Shares summing to exactly 1 leave nobody behind.
    expect(col(raw, raw.dropOff, nodeIndex(plan, 'a')).every((x) => x === 0)).toBe(true);
  });

  it('rates summing above 1 are scaled to sum 1 in each run', () => {
    const doc = design(
      [source('s', fixed(100)), stage('a'), won('x'), lost('y')],
      [edge('s', 'a', fixed(1)), edge('a', 'x', fixed(0.9)), edge('a', 'y', uniform(0.5, 0.7))],
      { periods: 4 },
    );
    // Mean rate sum 1.5: an error for validation, so compile leniently through the engine API.
    const { raw, plan } = runLenient(doc, 2000, 15);
    const a = nodeIndex(plan, 'a');
    expect(col(raw, raw.dropOff, a).every((x) => x === 0)).toBe(true);
    // E[0.9/(0.9+Y)], Y ~ U(0.5, 0.7) = 0.9·ln(1.6/1.4)/0.2.
    const share = (0.9 * Math.log(1.6 / 1.4)) / 0.2;
    expectWithinSe(col(raw, raw.entered, nodeIndex(plan, 'x')), 400 * share);
  });
});

function runLenient(doc: Parameters<typeof compile>[0], runs: number, seed: number) {
  const plan = compile(doc, null, { validate: false });
  return { plan, raw: simulate(plan, seed, 0, runs) };
}
