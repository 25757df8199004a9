/**
 * Property: random valid small designs — any mix of sources, stages with delays and capacity,
 * outcomes with outgoing edges, loops through delayed stages, uncertain parameters, rate sums
 * up to 1 — simulate without NaN, conserve people in every run, and give a finite summary.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dist } from '$lib/model/schema';
import { compile } from '$lib/sim/compile';
import { minRoundedDelay } from '$lib/model/dist';
import { simulate } from '$lib/sim/engine';
import { summarizeRuns } from '$lib/sim/summarize';
import { allFinite, conservationViolation, design, edge, lost, source, stage, won } from './helpers';

const count = (max: number): fc.Arbitrary<Dist> =>
  fc.oneof(
    fc.integer({ min: 0, max }).map((value) => ({ type: 'fixed', value }) as Dist),
    fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).map(([a, b]) => ({ type: 'uniform', low: Math.min(a, b), high: Math.max(a, b) }) as Dist),
    fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max })).map(([a, b]) => ({ type: 'lognormal', low: Math.min(a, b), high: Math.max(a, b) }) as Dist),
  );
const rate: fc.Arbitrary<Dist> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((value) => ({ type: 'fixed', value }) as Dist),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(
    ([a, b]) => ({ type: 'pert', low: Math.min(a, b), mode: (a + b) / 2, high: Math.max(a, b) }) as Dist,
  ),
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })).map(([s, extra]) => ({ type: 'beta', successes: s, trials: s + extra }) as Dist),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => ({ type: 'normal', low: Math.min(a, b), high: Math.max(a, b) }) as Dist),
);
const money: fc.Arbitrary<Dist> = count(100);
// Churn of 1e-308 would make LTV ≈ 1e308, whose sum over runs overflows in any mean.
const churn: fc.Arbitrary<Dist> = fc.oneof(
  fc.constant({ type: 'fixed', value: 0 } as Dist),
  fc.double({ min: 1e-6, max: 1, noNaN: true }).map((value) => ({ type: 'fixed', value }) as Dist),
  fc.tuple(fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true })).map(([a, b]) => ({ type: 'uniform', low: Math.min(a, b), high: Math.max(a, b) }) as Dist),
);

const spec = fc.record({
  sources: fc.array(fc.record({ volume: count(30), noise: fc.constantFrom(0, 0.5), from: fc.integer({ min: 0, max: 3 }), to: fc.option(fc.integer({ min: 0, max: 8 })), unit: money }), { minLength: 1, maxLength: 3 }),
  stages: fc.array(
    fc.record({
      delay: fc.oneof(count(3), fc.constant({ type: 'uniform', low: 1, high: 3 } as Dist)),
      capacity: fc.option(fc.record({ perPeriod: count(10), overflow: fc.constantFrom('wait' as const, 'drop' as const) })),
      revenue: fc.option(money),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  outcomes: fc.array(fc.record({ won: fc.boolean(), value: money, recurring: fc.option(fc.record({ perPeriod: money, churn })) }), { minLength: 1, maxLength: 3 }),
  edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), rate }), { maxLength: 14 }),
  periods: fc.integer({ min: 1, max: 12 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function build(s: Spec) {
  const nodes = [
    ...s.sources.map((x, i) =>
      source(`s${i}`, x.volume, { volumeNoise: x.noise, activeFrom: x.from, activeTo: x.to === null ? null : x.from + x.to, cost: { perUnit: x.unit, fixedPerPeriod: { type: 'fixed', value: 1 } } }),
    ),
    ...s.stages.map((x, i) =>
      stage(`t${i}`, { delay: x.delay, ...(x.capacity ? { capacity: x.capacity } : {}), ...(x.revenue ? { revenuePerLead: x.revenue } : {}) }),
    ),
    ...s.outcomes.map((x, i) =>
      x.won ? won(`o${i}`, { value: x.value, ...(x.recurring ? { recurring: x.recurring } : {}) }) : lost(`o${i}`),
    ),
  ];
  const senders = nodes.map((n) => n.id);
  const receivers = nodes.filter((n) => n.kind !== 'source').map((n) => n.id);
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const delayed = new Set(s.stages.flatMap((x, i) => (minRoundedDelay(x.delay) >= 1 ? [`t${i}`] : [])));
  const edges: ReturnType<typeof edge>[] = [];
  const seen = new Set<string>();
  const sums = new Map<string, number>();
  for (const e of s.edges) {
    const from = senders[e.from % senders.length];
    const to = receivers[e.to % receivers.length];
    // Backward edges (and self-loops) only into certainly delayed stages: no loop without delay.
    if (order.get(to)! <= order.get(from)! && !delayed.has(to)) continue;
    if (seen.has(`${from}->${to}`)) continue;
    // Keep mean rate sums ≤ 1 (validation refuses more); sampled sums above 1 still occur.
    const mean = meanOf(e.rate);
    if ((sums.get(from) ?? 0) + mean > 1) continue;
    sums.set(from, (sums.get(from) ?? 0) + mean);
    seen.add(`${from}->${to}`);
    edges.push(edge(from, to, e.rate));
  }
  return design(nodes, edges, { periods: s.periods });
}

function meanOf(d: Dist): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'pert':
      return (d.low + 4 * d.mode + d.high) / 6;
    case 'beta':
      return (d.successes + 1) / (d.trials + 2);
    case 'normal':
    case 'uniform':
      return (d.low + d.high) / 2;
    default:
      return 1;
  }
}

describe('random valid designs', () => {
  it('simulate without NaN, conserve people in every run and summarise finitely', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const doc = build(s);
        const plan = compile(doc);
        const raw = simulate(plan, s.seed, 0, 20);
        for (const key of ['kpi', 'entered', 'dropOff', 'inProgress', 'nodeRevenue', 'nodeCost', 'flow', 'params'] as const) {
          expect(raw[key].every(Number.isFinite), key).toBe(true);
        }
        expect(conservationViolation(plan, raw)).toBeNull();
        expect(allFinite(summarizeRuns(raw, plan, doc))).toEqual([]);
      }),
      { numRuns: 60, seed: 20260101 },
    );
  });
});
