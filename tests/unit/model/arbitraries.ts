/**
 * fast-check arbitraries for valid Funnel Lab documents (every node kind, every Dist type,
 * edges between flow nodes, scenarios with overrides, targets). Reusable by other suites:
 * `fc.assert(fc.property(arbDocument(), (doc) => …))`.
 */
import fc from 'fast-check';
import type { DistDomain } from '$lib/model/dist-check';
import {
  CONTENT_TYPES, FunnelDocument, KPI_NAMES, MILESTONES, OVERRIDE_FIELDS, PERIOD_UNITS, PHASES, STAGE_PRESETS,
  type Dist, type FunnelDocumentInput, type OverrideField,
} from '$lib/model/schema';

type NodeIn = FunnelDocumentInput['nodes'][number];
type EdgeIn = FunnelDocumentInput['edges'][number];

/** A finite double in [min, max] without −0 (JSON writes −0 as 0). */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

const HIGH: Record<DistDomain, number> = { rate: 1, count: 1e6, money: 1e7, delay: 60 };

/** A valid distribution for a quantity in `domain` (ordered parameters, in the domain). */
export function arbDist(domain: DistDomain): fc.Arbitrary<Dist> {
  const v = num(0, HIGH[domain]);
  const sorted = (k: number) => fc.array(v, { minLength: k, maxLength: k }).map((xs) => xs.sort((a, b) => a - b));
  const options: fc.Arbitrary<Dist>[] = [
    v.map((value) => ({ type: 'fixed', value })),
    sorted(2).map(([low, high]) => ({ type: 'uniform', low, high })),
    sorted(3).map(([low, mode, high]) => ({ type: 'triangular', low, mode, high })),
    sorted(3).map(([low, mode, high]) => ({ type: 'pert', low, mode, high })),
    sorted(2).map(([low, high]) => ({ type: 'normal', low, high })),
    fc.array(num(1e-6, HIGH[domain]), { minLength: 2, maxLength: 2 }).map((xs) => {
      const [low, high] = xs.sort((a, b) => a - b);
      return { type: 'lognormal', low, high };
    }),
  ];
  if (domain === 'rate') {
    options.push(
      fc.tuple(fc.nat(10_000), fc.nat(10_000)).map(([a, b]) => ({ type: 'beta', successes: Math.min(a, b), trials: Math.max(a, b) })),
    );
  }
  return fc.oneof(...options);
}

const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const position = fc.record({ x: num(-1e5, 1e5), y: num(-1e5, 1e5) });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const periodIndex = fc.nat(519);

/** Drops undefined entries so optional fields are absent, as after parsing. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const arbSource = fc
  .record({
    label: text(40),
    notes: maybe(text(200)),
    channel: text(30),
    volume: arbDist('count'),
    volumeNoise: num(0, 10),
    window: fc.tuple(periodIndex, maybe(periodIndex)),
    cost: fc.record({ perUnit: arbDist('money'), fixedPerPeriod: arbDist('money') }),
  })
  .map(({ window: [a, b], ...r }) =>
    compact({ kind: 'source' as const, ...r, activeFrom: b === undefined ? a : Math.min(a, b), activeTo: b === undefined ? null : Math.max(a, b) }),
  );

const arbStage = fc
  .record({
    label: text(40),
    notes: maybe(text(200)),
    preset: fc.constantFrom(...STAGE_PRESETS),
    phase: fc.constantFrom(...PHASES),
    milestone: maybe(fc.constantFrom(...MILESTONES)),
    channels: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 4 }),
    content: fc.array(
      fc.record({
        type: fc.oneof(fc.constantFrom(...CONTENT_TYPES), fc.string({ minLength: 1, maxLength: 20 })),
        title: text(60),
        url: maybe(fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => /^https?:\/\/[^\s]+$/i.test(u) && u.length <= 2000)),
      }).map(compact),
      { maxLength: 3 },
    ),
    delay: arbDist('delay'),
    cost: fc.record({ perLead: arbDist('money'), fixedPerPeriod: arbDist('money') }),
    revenuePerLead: maybe(arbDist('money')),
    capacity: maybe(fc.record({ perPeriod: arbDist('count'), overflow: fc.constantFrom('wait' as const, 'drop' as const) })),
  })
  .map((r) => compact({ kind: 'stage' as const, ...r }));

const arbOutcome = fc
  .record({
    label: text(40),
    notes: maybe(text(200)),
    result: fc.constantFrom('won' as const, 'lost' as const),
    value: arbDist('money'),
    recurring: maybe(fc.record({ perPeriod: arbDist('money'), churn: arbDist('rate') })),
  })
  .map((r) => compact({ kind: 'outcome' as const, ...r }));

const size = fc.record({ width: num(20, 20000), height: num(20, 20000) });
const arbNote = fc
  .record({ label: text(40), text: text(300), size: maybe(size) })
  .map((r) => compact({ kind: 'note' as const, ...r }));
const arbBand = fc
  .record({ label: text(40), size, phase: maybe(fc.constantFrom(...PHASES)) })
  .map((r) => compact({ kind: 'phase-band' as const, ...r }));

const arbNodeBody = fc.oneof(
  { arbitrary: arbSource, weight: 2 },
  { arbitrary: arbStage, weight: 4 },
  { arbitrary: arbOutcome, weight: 2 },
  { arbitrary: arbNote, weight: 1 },
  { arbitrary: arbBand, weight: 1 },
);

const arbId = fc.string({ minLength: 1, maxLength: 16 });

export interface DocumentConstraints {
  maxNodes?: number;
  maxEdges?: number;
}

/** A valid, parsed (defaulted) document. */
export function arbDocument({ maxNodes = 10, maxEdges = 16 }: DocumentConstraints = {}): fc.Arbitrary<FunnelDocument> {
  return fc
    .record({
      bodies: fc.array(fc.tuple(arbNodeBody, position), { maxLength: maxNodes }),
      ids: fc.uniqueArray(arbId, { minLength: maxNodes + maxEdges + 4, maxLength: maxNodes + maxEdges + 4 }),
      edgePicks: fc.array(fc.tuple(fc.nat(), fc.nat(), arbDist('rate'), maybe(text(30))), { maxLength: maxEdges }),
      scenarios: fc.array(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.length >= 1),
          description: maybe(text(100)),
          overrides: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...(Object.keys(OVERRIDE_FIELDS) as OverrideField[])), fc.nat(1e9)), { maxLength: 4 }),
        }),
        { maxLength: 3 },
      ),
      targets: fc.array(
        fc.record({ metric: fc.constantFrom(...KPI_NAMES), atLeast: maybe(num(-1e9, 1e9)), atMost: maybe(num(-1e9, 1e9)) })
          .map(compact)
          .filter((t) => t.atLeast !== undefined || t.atMost !== undefined),
        { maxLength: 3 },
      ),
      meta: fc.record({
        title: fc.string({ minLength: 1, maxLength: 60 }),
        description: text(200),
        currency: fc.constantFrom('EUR', 'USD', 'PLN', 'GBP', 'CHF'),
        author: text(40),
        tags: fc.array(text(20), { maxLength: 4 }),
      }),
      settings: fc.record({
        periodUnit: fc.constantFrom(...PERIOD_UNITS),
        periods: fc.integer({ min: 1, max: 520 }),
        runs: fc.integer({ min: 1, max: 1_000_000 }),
        seed: fc.maxSafeNat(),
      }),
    })
    .chain((r) => {
      const nodes: NodeIn[] = r.bodies.map(([body, pos], i) => ({ ...body, id: r.ids[i], position: pos }) as NodeIn);
      const flow = nodes.filter((n) => n.kind === 'source' || n.kind === 'stage' || n.kind === 'outcome');
      const targets = flow.filter((n) => n.kind !== 'source');
      const edges: EdgeIn[] = [];
      if (flow.length && targets.length) {
        r.edgePicks.forEach(([a, b, rate, label], k) => {
          const e: EdgeIn = { id: r.ids[maxNodes + k], source: flow[a % flow.length].id, target: targets[b % targets.length].id, rate };
          if (label !== undefined) e.label = label;
          edges.push(e);
        });
      }
      const elements = [...nodes.filter((n) => n.kind !== 'note' && n.kind !== 'phase-band').map((n) => n.id), ...edges.map((e) => e.id)];
      return fc
        .tuple(
          ...r.scenarios.map((s) =>
            fc.tuple(...s.overrides.map(([, field]) => arbDist(OVERRIDE_FIELDS[field]))).map((values) => ({ s, values })),
          ),
        )
        .map((withValues) => {
          const scenarios = withValues.map(({ s, values }, k) =>
            compact({
              id: r.ids[maxNodes + maxEdges + (k % 4)],
              name: s.name,
              description: s.description,
              overrides: elements.length
                ? s.overrides.map(([pick, field], j) => ({ target: elements[pick % elements.length], field, value: values[j] }))
                : [],
            }),
          );
          return FunnelDocument.parse({
            format: 'funnel-lab',
            version: 1,
            meta: r.meta,
            settings: r.settings,
            nodes,
            edges,
            scenarios,
            targets: r.targets,
          });
        });
    });
}
