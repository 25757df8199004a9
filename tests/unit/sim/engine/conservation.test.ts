/**
 * Every person ends in exactly one place — an outcome, a drop-off or in progress — in every run,
 * with loops, capacity (wait and drop) and delays; and the period-by-period mechanics of delays,
 * capacity, loops and activity windows are exactly those of DESIGN.md §4.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '$lib/model/io/parse';
import { summarizeRuns } from '$lib/sim/summarize';
import { KPI_INDEX } from '$lib/sim/plan';
import { planOf } from '$lib/sim/compile-plan';
import { simulate } from '$lib/sim/engine';
import { allFinite, conservationViolation, design, edge, fixed, lost, nodeIndex, run, source, stage, uniform, won, col } from './helpers';
import type { RawResults } from '$lib/sim/raw';
import type { Plan } from '$lib/sim/plan';

/** Entered per period of node i in band run j. */
function series(raw: RawResults, plan: Plan, id: string, j: number): number[] {
  const i = nodeIndex(plan, id);
  const p = raw.periods;
  return Array.from(raw.periodEntered.subarray((j * raw.n + i) * p, (j * raw.n + i + 1) * p));
}

const pipeline = (capacity?: { perPeriod: ReturnType<typeof fixed>; overflow: 'wait' | 'drop' }) =>
  design(
    [
      source('s', uniform(20, 40), { volumeNoise: 0.3 }),
      stage('mql', { delay: uniform(0, 2) }),
      stage('opp', { delay: uniform(2, 6), ...(capacity ? { capacity } : {}) }),
      won('w'),
      lost('l'),
      stage('nurture', { delay: uniform(4, 12) }),
    ],
    [
      edge('s', 'mql', uniform(0.3, 0.6)),
      edge('mql', 'opp', uniform(0.3, 0.6)),
      edge('opp', 'w', uniform(0.1, 0.3)),
      edge('opp', 'l', uniform(0.5, 0.7)),
      edge('l', 'nurture', fixed(0.5)),
      edge('nurture', 'mql', uniform(0.2, 0.4)),
    ],
    { periods: 40 },
  );

describe('conservation', () => {
  it('holds in every run of a pipeline with a nurture loop and delays', () => {
    const { plan, raw } = run(pipeline(), 500, 21);
    expect(conservationViolation(plan, raw)).toBeNull();
    // The loop actually carries people back.
    expect(col(raw, raw.flow, plan.edgeIds.indexOf('nurture->mql')).some((x) => x > 0)).toBe(true);
  });

  it('holds with capacity where the overflow waits', () => {
    const { plan, raw } = run(pipeline({ perPeriod: fixed(3), overflow: 'wait' }), 300, 22);
    expect(conservationViolation(plan, raw)).toBeNull();
    expect(col(raw, raw.inProgress, nodeIndex(plan, 'opp')).some((x) => x > 10)).toBe(true);
  });

  it('holds with capacity where the overflow is lost', () => {
    const { plan, raw } = run(pipeline({ perPeriod: fixed(3), overflow: 'drop' }), 300, 23);
    expect(conservationViolation(plan, raw)).toBeNull();
  });

  it('holds when outcomes have outgoing edges (referrals from won)', () => {
    const doc = design(
      [source('s', fixed(50)), stage('a', { delay: fixed(1) }), won('w'), stage('ref', { delay: fixed(2) })],
      [edge('s', 'a', fixed(0.5)), edge('a', 'w', fixed(0.4)), edge('w', 'ref', fixed(0.3)), edge('ref', 'a', fixed(0.5))],
      { periods: 30 },
    );
    const { plan, raw } = run(doc, 300, 24);
    expect(conservationViolation(plan, raw)).toBeNull();
  });

  it('holds for the shared B2B pipeline fixture, whose summary is finite', () => {
    const parsed = parseDocument(readFileSync(fileURLToPath(new URL('../../../fixtures/b2b-pipeline.funnel.json', import.meta.url)), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const { plan, raw } = run(parsed.doc, 200, 26);
    expect(conservationViolation(plan, raw)).toBeNull();
    expect(allFinite(summarizeRuns(raw, plan, parsed.doc))).toEqual([]);
  });

  it('loops terminate and stay bounded even when everyone is sent round again', () => {
    // Nobody ever leaves the loop except by the horizon: all are in progress or retained.
    const doc = design(
      [source('s', fixed(10)), stage('a', { delay: fixed(1) }), stage('b', { delay: fixed(2) })],
      [edge('s', 'a', fixed(1)), edge('a', 'b', fixed(1)), edge('b', 'a', fixed(1))],
      { periods: 50 },
    );
    const { plan, raw } = run(doc, 200, 25);
    expect(conservationViolation(plan, raw)).toBeNull();
    const arrivals = col(raw, raw.kpi, KPI_INDEX.arrivals);
    const prog = col(raw, raw.kpi, KPI_INDEX.inProgress);
    expect(prog).toEqual(arrivals);
  });
});

describe('lenient plans (expected values of a design still being fixed)', () => {
  it('a loop without delay defers arrivals a period, conserves people and leaves nothing behind', () => {
    const doc = design(
      [source('s', fixed(20)), stage('a'), stage('b'), won('w')],
      [edge('s', 'a', fixed(1)), edge('a', 'b', fixed(0.6)), edge('b', 'a', fixed(0.5)), edge('b', 'w', fixed(0.5))],
      { periods: 6 },
    );
    const plan = planOf(doc, null, false);
    const all = simulate(plan, 3, 0, 40);
    expect(conservationViolation(plan, all)).toBeNull();
    // Nothing carries over from one run to the next.
    const alone = simulate(plan, 3, 17, 1);
    expect(Array.from({ length: plan.n }, (_, i) => alone.inProgress[i])).toEqual(
      Array.from({ length: plan.n }, (_, i) => all.inProgress[i * all.stride + 17]),
    );
  });
});

describe('mechanics period by period', () => {
  it('a delay of d periods moves people exactly d periods later; later exits are in progress', () => {
    const doc = design(
      [source('s', fixed(30)), stage('a', { delay: fixed(2) }), won('w')],
      [edge('s', 'a', fixed(1)), edge('a', 'w', fixed(1))],
      { periods: 8 },
    );
    const { plan, raw } = run(doc, 50, 31);
    for (let j = 0; j < 50; j++) {
      const a = series(raw, plan, 'a', j);
      const w = series(raw, plan, 'w', j);
      expect(w).toEqual([0, 0, ...a.slice(0, 6)]);
      expect(raw.inProgress[nodeIndex(plan, 'a') * raw.stride + j]).toBe(a[6] + a[7]);
    }
  });

  it('capacity admits those waiting first, then arrivals, at most the capacity per period', () => {
    for (const overflow of ['wait', 'drop'] as const) {
      const doc = design(
        [source('s', fixed(6)), stage('c', { capacity: { perPeriod: fixed(5), overflow } }), won('w')],
        [edge('s', 'c', fixed(1)), edge('c', 'w', fixed(1))],
        { periods: 12 },
      );
      const { plan, raw } = run(doc, 100, 32);
      const c = nodeIndex(plan, 'c');
      for (let j = 0; j < 100; j++) {
        const arrivals = series(raw, plan, 's', j);
        let waiting = 0;
        let dropped = 0;
        const admitted = arrivals.map((x) => {
          const fromQueue = Math.min(waiting, 5);
          waiting -= fromQueue;
          const now = Math.min(x, 5 - fromQueue);
          if (overflow === 'wait') waiting += x - now;
          else dropped += x - now;
          return fromQueue + now;
        });
        expect(series(raw, plan, 'c', j)).toEqual(admitted);
        expect(raw.inProgress[c * raw.stride + j]).toBe(waiting);
        expect(raw.dropOff[c * raw.stride + j]).toBe(dropped);
      }
    }
  });

  it('people taking a loop back come round after the delays of the loop', () => {
    const doc = design(
      [source('s', fixed(20), { activeTo: 0 }), stage('a', { delay: fixed(1) }), lost('l'), stage('n', { delay: fixed(3) })],
      [edge('s', 'a', fixed(1)), edge('a', 'l', fixed(1)), edge('l', 'n', fixed(1)), edge('n', 'a', fixed(1))],
      { periods: 12 },
    );
    const { plan, raw } = run(doc, 20, 33);
    for (let j = 0; j < 20; j++) {
      const x = series(raw, plan, 's', j)[0];
      // Enter a at 0, leave to lost at 1 (and n at 1), back to a at 4, lost at 5, a at 8, lost at 9.
      expect(series(raw, plan, 'a', j)).toEqual([x, 0, 0, 0, x, 0, 0, 0, x, 0, 0, 0]);
      expect(series(raw, plan, 'l', j)).toEqual([0, x, 0, 0, 0, x, 0, 0, 0, x, 0, 0]);
      expect(raw.inProgress[nodeIndex(plan, 'n') * raw.stride + j]).toBe(x);
    }
  });

  it('sources arrive only in their activity window and pay fixed cost only then', () => {
    const doc = design(
      [source('s', fixed(10), { activeFrom: 3, activeTo: 5, cost: { perUnit: fixed(2), fixedPerPeriod: fixed(7) } }), won('w')],
      [edge('s', 'w', fixed(0.5))],
      { periods: 10 },
    );
    const { plan, raw } = run(doc, 50, 34);
    const s = nodeIndex(plan, 's');
    for (let j = 0; j < 50; j++) {
      const a = series(raw, plan, 's', j);
      expect(a.filter((_, t) => t < 3 || t > 5).every((x) => x === 0)).toBe(true);
      const arrivals = a.reduce((x, y) => x + y, 0);
      expect(raw.nodeCost[s * raw.stride + j]).toBe(3 * 7 + 2 * arrivals);
      expect(raw.kpi[KPI_INDEX.acquisitionCost * raw.stride + j]).toBe(3 * 7 + 2 * arrivals);
    }
  });
});
