/**
 * The Funnel Lab document format v1 (DESIGN.md §3). This zod schema is the single source of
 * truth: every document type is inferred from it and `public/funnel.schema.json` is generated
 * from it (`npm run schema`).
 *
 * Structural rules (shapes, domains, ordering of distribution parameters, unique ids, edge
 * endpoints) live here so that an imported file is refused with a precise path. Rules about the
 * funnel as a whole (rates summing above 1, loops without delay, unreachable nodes) are semantic
 * problems reported by `validate.ts`, never parse errors.
 */
import { z } from 'zod';
import { distProblems, type DistDomain } from './dist-check';

export const FORMAT = 'funnel-lab';
export const CURRENT_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Distributions

const num = z.number().refine(Number.isFinite, 'must be a finite number');

export const FixedDist = z.object({ type: z.literal('fixed'), value: num });
export const UniformDist = z.object({ type: z.literal('uniform'), low: num, high: num });
export const TriangularDist = z.object({ type: z.literal('triangular'), low: num, mode: num, high: num });
export const PertDist = z.object({ type: z.literal('pert'), low: num, mode: num, high: num });
/** 90 % interval: low = P5, high = P95. */
export const NormalDist = z.object({ type: z.literal('normal'), low: num, high: num });
/** 90 % interval, 0 < low ≤ high. */
export const LognormalDist = z.object({ type: z.literal('lognormal'), low: num, high: num });
/** A rate observed as "successes of trials" → Beta(s+1, n−s+1). */
export const BetaDist = z.object({
  type: z.literal('beta'),
  successes: z.number().int().min(0),
  trials: z.number().int().min(0),
});

export const DistShape = z.discriminatedUnion('type', [
  FixedDist,
  UniformDist,
  TriangularDist,
  PertDist,
  NormalDist,
  LognormalDist,
  BetaDist,
]);
export type Dist = z.infer<typeof DistShape>;
export type DistType = Dist['type'];
export const DIST_TYPES = ['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal', 'beta'] as const;

/** A distribution whose parameters must be ordered and lie in `domain`. */
function distIn(domain: DistDomain) {
  return DistShape.superRefine((d, ctx) => {
    for (const p of distProblems(d, domain)) {
      ctx.addIssue({ code: 'custom', message: p.message, path: p.field ? [p.field] : [], params: { code: p.code, ...p.params } });
    }
  });
}
export const RateDist = distIn('rate');
export const CountDist = distIn('count');
export const MoneyDist = distIn('money');
export const DelayDist = distIn('delay');

const fixed0 = (): Dist => ({ type: 'fixed', value: 0 });

// ---------------------------------------------------------------------------------------------
// Vocabulary (DESIGN.md §7.4). Channels and content types are open: users may type their own.

export const CHANNELS = [
  'seo', 'content-marketing', 'social-organic', 'paid-social', 'paid-search', 'display', 'email',
  'newsletter', 'pr', 'events', 'trade-fair', 'webinar', 'podcast', 'video', 'referral',
  'partners', 'cold-outreach', 'direct', 'sponsored-posts',
] as const;
export const CONTENT_TYPES = [
  'article', 'blog-post', 'podcast', 'video', 'e-book', 'whitepaper', 'report', 'case-study',
  'webinar', 'newsletter', 'checklist', 'template', 'demo', 'free-trial', 'testimonial', 'faq',
  'comparison', 'offer', 'landing-page', 'lead-form',
] as const;
export const STAGE_PRESETS = [
  'landing-page', 'lead-magnet', 'webinar', 'email-sequence', 'event', 'trade-fair', 'content',
  'social', 'demo', 'free-trial', 'sales-call', 'qualification', 'needs-analysis', 'proposal',
  'negotiation', 'checkout', 'tripwire', 'order-bump', 'upsell', 'downsell', 'onboarding',
  'nurture', 'custom',
] as const;
export const PHASES = [
  'awareness', 'interest', 'consideration', 'intent', 'evaluation', 'purchase', 'retention',
  'advocacy',
] as const;
export const MILESTONES = ['lead', 'mql', 'sal', 'sql', 'opportunity'] as const;
export const PERIOD_UNITS = ['day', 'week', 'month', 'quarter'] as const;

/** KPI names shared by targets, the CLI and the results (DESIGN.md §4). */
export const KPI_NAMES = [
  'arrivals', 'leads', 'mqls', 'sals', 'sqls', 'opportunities', 'customers', 'revenue', 'cost',
  'acquisitionCost', 'profit', 'roi', 'roas', 'cpl', 'cac', 'conversion', 'revenuePerArrival',
  'ltv', 'ltvToCac', 'paybackPeriod', 'inProgress',
] as const;
export type KpiName = (typeof KPI_NAMES)[number];

// ---------------------------------------------------------------------------------------------
// Nodes

const text = (max: number) => z.string().max(max);
export const Id = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const Position = z.object({ x: num, y: num });
const Size = z.object({ width: num.pipe(z.number().min(20).max(20000)), height: num.pipe(z.number().min(20).max(20000)) });
const periodIndex = z.number().int().min(0).max(519);

/** Links in content items are shown as anchors: only web links, never `javascript:` and the like. */
const WebUrl = z
  .string()
  .max(2000)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'must be a web address starting with http:// or https://');

export const ContentItem = z.object({
  type: text(60).min(1),
  title: text(200),
  url: WebUrl.optional(),
});
export type ContentItem = z.infer<typeof ContentItem>;

const nodeBase = {
  id: Id,
  label: text(120),
  position: Position,
  notes: text(5000).optional(),
};

export const SourceNode = z.object({
  ...nodeBase,
  kind: z.literal('source'),
  channel: text(60),
  volume: CountDist,
  /** Coefficient of variation of the per-period volume; 0 = Poisson only. */
  volumeNoise: num.pipe(z.number().min(0).max(10)).default(0),
  activeFrom: periodIndex.default(0),
  activeTo: periodIndex.nullable().default(null),
  cost: z
    .object({ perUnit: MoneyDist.default(fixed0), fixedPerPeriod: MoneyDist.default(fixed0) })
    .default(() => ({ perUnit: fixed0(), fixedPerPeriod: fixed0() })),
});

export const Capacity = z.object({
  perPeriod: CountDist,
  overflow: z.enum(['wait', 'drop']).default('wait'),
});

export const StageNode = z.object({
  ...nodeBase,
  kind: z.literal('stage'),
  preset: z.enum(STAGE_PRESETS).default('custom'),
  phase: z.enum(PHASES).default('awareness'),
  milestone: z.enum(MILESTONES).optional(),
  channels: z.array(text(60).min(1)).max(50).default([]),
  content: z.array(ContentItem).max(100).default([]),
  delay: DelayDist.default(fixed0),
  cost: z
    .object({ perLead: MoneyDist.default(fixed0), fixedPerPeriod: MoneyDist.default(fixed0) })
    .default(() => ({ perLead: fixed0(), fixedPerPeriod: fixed0() })),
  revenuePerLead: MoneyDist.optional(),
  capacity: Capacity.optional(),
});

export const Recurring = z.object({ perPeriod: MoneyDist, churn: RateDist });

export const OutcomeNode = z.object({
  ...nodeBase,
  kind: z.literal('outcome'),
  result: z.enum(['won', 'lost']),
  value: MoneyDist.default(fixed0),
  recurring: Recurring.optional(),
});

export const NoteNode = z.object({
  ...nodeBase,
  kind: z.literal('note'),
  text: text(5000).default(''),
  size: Size.optional(),
});

export const PhaseBandNode = z.object({
  ...nodeBase,
  kind: z.literal('phase-band'),
  size: Size,
  phase: z.enum(PHASES).optional(),
});

export const Node = z.discriminatedUnion('kind', [SourceNode, StageNode, OutcomeNode, NoteNode, PhaseBandNode]);
export type Node = z.infer<typeof Node>;
export type NodeKind = Node['kind'];
export type SourceNode = z.infer<typeof SourceNode>;
export type StageNode = z.infer<typeof StageNode>;
export type OutcomeNode = z.infer<typeof OutcomeNode>;
export type NoteNode = z.infer<typeof NoteNode>;
export type PhaseBandNode = z.infer<typeof PhaseBandNode>;
/** Nodes people flow through (notes and bands take no edges). */
export type FlowNode = SourceNode | StageNode | OutcomeNode;
export const FLOW_KINDS = ['source', 'stage', 'outcome'] as const;
export const isFlowNode = (n: Node): n is FlowNode => n.kind === 'source' || n.kind === 'stage' || n.kind === 'outcome';

// ---------------------------------------------------------------------------------------------
// Edges, scenarios, targets, document

export const Edge = z.object({
  id: Id,
  source: Id,
  target: Id,
  rate: RateDist,
  label: text(120).optional(),
});
export type Edge = z.infer<typeof Edge>;

/** Fields a scenario may override, as paths into a node or edge, with the domain of each. */
export const OVERRIDE_FIELDS = {
  volume: 'count',
  rate: 'rate',
  value: 'money',
  delay: 'delay',
  'cost.perUnit': 'money',
  'cost.perLead': 'money',
  'cost.fixedPerPeriod': 'money',
  revenuePerLead: 'money',
  'capacity.perPeriod': 'count',
  'recurring.perPeriod': 'money',
  'recurring.churn': 'rate',
} as const satisfies Record<string, DistDomain>;
export type OverrideField = keyof typeof OVERRIDE_FIELDS;
const overrideFieldNames = Object.keys(OVERRIDE_FIELDS) as [OverrideField, ...OverrideField[]];

export const Override = z
  .object({ target: Id, field: z.enum(overrideFieldNames), value: DistShape })
  .superRefine((o, ctx) => {
    for (const p of distProblems(o.value, OVERRIDE_FIELDS[o.field])) {
      ctx.addIssue({ code: 'custom', message: p.message, path: p.field ? ['value', p.field] : ['value'], params: { code: p.code, ...p.params } });
    }
  });
export type Override = z.infer<typeof Override>;

export const Scenario = z.object({
  id: Id,
  name: text(120).min(1),
  description: text(2000).optional(),
  overrides: z.array(Override).max(1000).default([]),
});
export type Scenario = z.infer<typeof Scenario>;

export const Target = z
  .object({ metric: z.enum(KPI_NAMES), atLeast: num.optional(), atMost: num.optional() })
  .refine((t) => t.atLeast !== undefined || t.atMost !== undefined, {
    message: 'needs atLeast or atMost',
    params: { code: 'import.targetBound' },
  });
export type Target = z.infer<typeof Target>;

export const Meta = z.object({
  title: text(200).min(1).default('Untitled funnel'),
  description: text(10000).default(''),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR').default('EUR'),
  author: text(200).default(''),
  tags: z.array(text(60)).max(50).default([]),
});
export type Meta = z.infer<typeof Meta>;

export const Settings = z.object({
  periodUnit: z.enum(PERIOD_UNITS).default('week'),
  periods: z.number().int().min(1).max(520).default(52),
  runs: z.number().int().min(1).max(1_000_000).default(10_000),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1),
});
export type Settings = z.infer<typeof Settings>;
export type PeriodUnit = Settings['periodUnit'];

export const MAX_NODES = 5000;

export const FunnelDocument = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    meta: Meta.default(() => Meta.parse({})),
    settings: Settings.default(() => Settings.parse({})),
    nodes: z.array(Node).max(MAX_NODES),
    edges: z.array(Edge).max(MAX_NODES * 10),
    scenarios: z.array(Scenario).max(100).default([]),
    targets: z.array(Target).max(100).default([]),
  })
  .superRefine((doc, ctx) => {
    const kinds = new Map<string, NodeKind>();
    doc.nodes.forEach((n, i) => {
      if (kinds.has(n.id)) {
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate id "${n.id}"`, params: { code: 'import.duplicateId', id: n.id } });
      }
      kinds.set(n.id, n.kind);
    });
    const edgeIds = new Set<string>();
    doc.edges.forEach((e, i) => {
      if (kinds.has(e.id) || edgeIds.has(e.id)) {
        ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate id "${e.id}"`, params: { code: 'import.duplicateId', id: e.id } });
      }
      edgeIds.add(e.id);
      for (const end of ['source', 'target'] as const) {
        const kind = kinds.get(e[end]);
        if (!kind) {
          ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `no node with id "${e[end]}"`, params: { code: 'import.noSuchNode', id: e[end] } });
        }
        else if (kind === 'note' || kind === 'phase-band') {
          ctx.addIssue({
            code: 'custom',
            path: ['edges', i, end],
            message: `"${e[end]}" is a ${kind} and cannot be connected`,
            params: { code: 'import.cannotConnect', id: e[end], kind },
          });
        } else if (end === 'target' && kind === 'source') {
          ctx.addIssue({
            code: 'custom',
            path: ['edges', i, end],
            message: `"${e[end]}" is a source: sources take no incoming edges`,
            params: { code: 'import.intoSource', id: e[end] },
          });
        }
      }
    });
    const scenarioIds = new Set<string>();
    doc.scenarios.forEach((s, i) => {
      if (scenarioIds.has(s.id)) {
        ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `duplicate id "${s.id}"`, params: { code: 'import.duplicateId', id: s.id } });
      }
      scenarioIds.add(s.id);
    });
  });

/** A parsed, defaulted v1 document. */
export type FunnelDocument = z.infer<typeof FunnelDocument>;
/** What a v1 file may contain (fields with defaults are optional). */
export type FunnelDocumentInput = z.input<typeof FunnelDocument>;
