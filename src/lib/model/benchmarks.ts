/**
 * Typical published conversion rates between funnel milestones (DESIGN.md §7.3), as hints for
 * the inspector. Published benchmarks disagree by a factor of 4–5, mostly because "MQL" is defined
 * differently from company to company: these are ranges to sanity-check an assumption, never the
 * truth. The English notes are for non-UI use (CLI, docs); the UI translates by `id`.
 */
import type { Edge, FunnelDocument, Node } from './schema';
import { distMean } from './dist';

export const BENCHMARK_CAVEAT =
  'Published benchmarks disagree by a factor of 4–5, mostly because "MQL" is defined differently; treat them as hints, not truth.';

/** Where a person is in the funnel, as far as published rates are concerned. */
export type FunnelLevel = 'visitor' | 'landing' | 'lead' | 'mql' | 'sal' | 'sql' | 'opportunity' | 'won';

export type BenchmarkId =
  | 'visitor-lead'
  | 'landing-lead'
  | 'lead-mql'
  | 'mql-sql'
  | 'sql-opportunity'
  | 'opportunity-won'
  | 'webinar-attendance'
  | 'email-click';

/** A segment of a benchmark with its own typical value (MQL → SQL by lead source). */
export interface BenchmarkSegment {
  id: 'demo-request' | 'events' | 'content-webinar' | 'paid-lead-forms';
  typical: number;
  /** Channels (DESIGN.md §7.4) and stage presets that point to this segment upstream. */
  channels: readonly string[];
  presets: readonly string[];
}

export interface Benchmark {
  id: BenchmarkId;
  from: FunnelLevel | 'webinar-registrant' | 'email-recipient';
  to: FunnelLevel | 'webinar-attendee' | 'email-click';
  /** Typical published range as fractions, when one is published. */
  low?: number;
  high?: number;
  /** A single typical value, when that is what sources quote ("about one third"). */
  typical?: number;
  segments?: readonly BenchmarkSegment[];
  note: string;
}

export const BENCHMARKS: readonly Benchmark[] = [
  {
    id: 'visitor-lead',
    from: 'visitor',
    to: 'lead',
    low: 0.01,
    high: 0.05,
    note: 'Website visitors becoming leads: 1–5 % across sites; dedicated landing pages convert better.',
  },
  {
    id: 'landing-lead',
    from: 'landing',
    to: 'lead',
    low: 0.05,
    high: 0.15,
    note: 'Visitors of a dedicated landing page becoming leads: 5–15 %.',
  },
  {
    id: 'lead-mql',
    from: 'lead',
    to: 'mql',
    low: 0.15,
    high: 0.4,
    note: 'Leads that become marketing qualified: 15–40 %, depending on how strict the MQL definition is.',
  },
  {
    id: 'mql-sql',
    from: 'mql',
    to: 'sql',
    low: 0.12,
    high: 0.6,
    segments: [
      { id: 'demo-request', typical: 0.45, channels: [], presets: ['demo', 'free-trial', 'sales-call'] },
      { id: 'events', typical: 0.25, channels: ['events', 'trade-fair'], presets: ['event', 'trade-fair'] },
      {
        id: 'content-webinar',
        typical: 0.15,
        channels: ['content-marketing', 'seo', 'webinar', 'podcast', 'video'],
        presets: ['lead-magnet', 'content', 'webinar'],
      },
      { id: 'paid-lead-forms', typical: 0.12, channels: ['paid-search', 'paid-social', 'display', 'sponsored-posts'], presets: [] },
    ],
    note: 'MQL → SQL: 12–60 %; median by lead source: inbound demo requests ~45 %, events ~25 %, content downloads and webinar sign-ups ~15 %, paid lead forms ~12 %.',
  },
  {
    id: 'sql-opportunity',
    from: 'sql',
    to: 'opportunity',
    low: 0.3,
    high: 0.8,
    note: 'Sales qualified leads that become opportunities: 30–80 %.',
  },
  {
    id: 'opportunity-won',
    from: 'opportunity',
    to: 'won',
    low: 0.1,
    high: 0.35,
    note: 'Opportunities won: 10–35 %, lower for enterprise deals; 20 % is a commonly cited close rate.',
  },
  {
    id: 'webinar-attendance',
    from: 'webinar-registrant',
    to: 'webinar-attendee',
    typical: 1 / 3,
    note: 'About one third of webinar registrants attend live.',
  },
  {
    id: 'email-click',
    from: 'email-recipient',
    to: 'email-click',
    typical: 0.03,
    note: 'About 3 % of email recipients click; open rates are unreliable since 2021 (privacy protection).',
  },
];

const byId = new Map(BENCHMARKS.map((b) => [b.id, b]));
export const benchmarkById = (id: BenchmarkId): Benchmark => byId.get(id)!;

/** The funnel level a node stands for: its milestone, or what its kind or preset implies. */
export function funnelLevel(node: Node): FunnelLevel | null {
  switch (node.kind) {
    case 'source':
      return 'visitor';
    case 'outcome':
      return node.result === 'won' ? 'won' : null;
    case 'stage':
      if (node.milestone) return node.milestone;
      if (node.preset === 'lead-magnet') return 'lead';
      if (node.preset === 'landing-page') return 'landing';
      return null;
    default:
      return null;
  }
}

export interface BenchmarkMatch {
  benchmark: Benchmark;
  /**
   * `direct`: the edge is exactly the published step. `part`: the edge is one step of a published
   * step split in two (MQL → SAL → SQL): the product of both rates compares to the benchmark.
   */
  scope: 'direct' | 'part';
  /** Segments of the benchmark that match the channels and stages upstream of the edge. */
  segments: BenchmarkSegment[];
}

const PAIRS: Record<string, BenchmarkId> = {
  'visitor>lead': 'visitor-lead',
  'landing>lead': 'landing-lead',
  'lead>mql': 'lead-mql',
  'mql>sql': 'mql-sql',
  'sql>opportunity': 'sql-opportunity',
  'opportunity>won': 'opportunity-won',
};
// The pipeline with a sales-accepted step between MQL and SQL: both halves relate to MQL → SQL.
const PARTS: Record<string, BenchmarkId> = { 'mql>sal': 'mql-sql', 'sal>sql': 'mql-sql' };

/** The published range for an edge, or null when none applies. */
export function benchmarkForEdge(doc: Pick<FunnelDocument, 'nodes' | 'edges'>, edge: Pick<Edge, 'source' | 'target'>): BenchmarkMatch | null {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const from = nodes.get(edge.source);
  const to = nodes.get(edge.target);
  if (!from || !to) return null;
  const a = funnelLevel(from);
  const b = funnelLevel(to);
  const key = `${a}>${b}`;
  const direct = PAIRS[key];
  const part = PARTS[key];
  const id = direct ?? part;
  if (id) {
    const benchmark = benchmarkById(id);
    return { benchmark, scope: direct ? 'direct' : 'part', segments: matchingSegments(doc, benchmark, edge.source) };
  }
  // Step-specific rates quoted for a kind of stage, whatever follows it.
  if (from.kind === 'stage' && from.preset === 'webinar') return { benchmark: benchmarkById('webinar-attendance'), scope: 'direct', segments: [] };
  if (from.kind === 'stage' && from.preset === 'email-sequence') return { benchmark: benchmarkById('email-click'), scope: 'direct', segments: [] };
  return null;
}

/** Segments whose channels or presets occur at `nodeId` or anywhere upstream of it. */
function matchingSegments(doc: Pick<FunnelDocument, 'nodes' | 'edges'>, benchmark: Benchmark, nodeId: string): BenchmarkSegment[] {
  if (!benchmark.segments) return [];
  const channels = new Set<string>();
  const presets = new Set<string>();
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, string[]>();
  for (const e of doc.edges) incoming.set(e.target, [...(incoming.get(e.target) ?? []), e.source]);
  const seen = new Set<string>();
  const stack = [nodeId];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const n = nodes.get(id);
    if (n?.kind === 'source') channels.add(n.channel);
    if (n?.kind === 'stage') {
      presets.add(n.preset);
      n.channels.forEach((c) => channels.add(c));
    }
    stack.push(...(incoming.get(id) ?? []));
  }
  return benchmark.segments.filter((s) => s.channels.some((c) => channels.has(c)) || s.presets.some((p) => presets.has(p)));
}

/** Where a rate sits against a benchmark's range (null when only a typical value is published). */
export function compareToBenchmark(rate: number, b: Benchmark): 'below' | 'within' | 'above' | null {
  if (b.low === undefined || b.high === undefined) return null;
  // A tolerance for binary floating point: (0.1 + 0.2) / 2 is 0.15000000000000002, still "15 %".
  const eps = 1e-9;
  if (rate < b.low - eps) return 'below';
  if (rate > b.high + eps) return 'above';
  return 'within';
}

/**
 * For one half of MQL → SAL → SQL: the mean MQL → SQL rate through the other half, when the
 * pipeline is unambiguous (exactly one matching edge on the other side), else null. That product
 * is what the published MQL → SQL range compares to.
 */
export function combinedPipelineRate(doc: Pick<FunnelDocument, 'nodes' | 'edges'>, edge: Pick<Edge, 'source' | 'target' | 'rate'>): number | null {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const level = (id: string) => {
    const n = nodes.get(id);
    return n ? funnelLevel(n) : null;
  };
  const a = level(edge.source);
  const b = level(edge.target);
  let other: Edge[];
  if (a === 'mql' && b === 'sal') other = doc.edges.filter((e) => e.source === edge.target && level(e.target) === 'sql');
  else if (a === 'sal' && b === 'sql') other = doc.edges.filter((e) => e.target === edge.source && level(e.source) === 'mql');
  else return null;
  return other.length === 1 ? distMean(edge.rate) * distMean(other[0].rate) : null;
}
