/**
 * Defaults for new nodes: what a source of each channel, a stage of each preset, an outcome, a
 * note or a phase band starts with when it is dropped on the canvas, and the typical rate of the
 * edges that leave it. Figures follow DESIGN.md §7 (published benchmarks, offered as ranges, never
 * as truth). Volumes and money per period are given per week and delays in days, then converted
 * to the design's period unit, so a "webinar one week later" stays one week in a monthly plan.
 *
 * Pure data and functions: the UI supplies the translated label and content titles.
 */
import type {
  ContentItem,
  Dist,
  FunnelDocument,
  Node,
  PeriodUnit,
  StageNode,
} from './schema';
import { CHANNELS, STAGE_PRESETS } from './schema';
import { distMean } from './dist';

export type Channel = (typeof CHANNELS)[number];
export type StagePreset = (typeof STAGE_PRESETS)[number];
export type Phase = StageNode['phase'];
export type Milestone = NonNullable<StageNode['milestone']>;

/** Days in one period of each unit (a month is a twelfth of a Julian year). */
export const DAYS_PER_UNIT: Record<PeriodUnit, number> = { day: 1, week: 7, month: 365.25 / 12, quarter: 365.25 / 4 };

/** A range as [low, high]; equal ends mean a fixed value. */
type Range = readonly [number, number];

export interface StageDefaults {
  phase: Phase;
  milestone?: Milestone;
  channels: Channel[];
  /** Content types; titles come from the UI in the user's language. */
  content: string[];
  /** Share of the people leaving this stage that take a new outgoing edge. */
  rate: Range;
  /** Days a person spends in the stage. */
  delayDays: Range;
  costPerLead?: Range;
  /** Per week, converted to the period unit. */
  fixedCostPerWeek?: Range;
  revenuePerLead?: Range;
}

export interface SourceDefaults {
  /** Arrivals per week (per event for one-off sources), converted to the period unit. */
  volumePerWeek: Range;
  /** Period-to-period variation (coefficient of variation). */
  volumeNoise: number;
  costPerUnit?: Range;
  fixedCostPerWeek?: Range;
  /** Share of arrivals that take a new outgoing edge (1 = everyone lands on the next step). */
  rate: Range;
  /** One period only (a trade fair): the volume is per event, not per week. */
  oneOff?: boolean;
}

/**
 * Stage presets, in the order a funnel runs through them. Rates are the step's conversion to the
 * next step (DESIGN.md §7.3): landing pages 5–15 %, lead → MQL 15–40 %, MQL → SQL 12–60 %
 * (events ~25 %, webinars ~15 %), SQL → opportunity 30–80 %, opportunity → won 10–35 %,
 * webinar registrant → attendee about one third, email click about 3 %.
 */
export const STAGE_DEFAULTS: Record<StagePreset, StageDefaults> = {
  content: { phase: 'awareness', channels: ['content-marketing', 'seo'], content: ['blog-post', 'article'], rate: [0.01, 0.05], delayDays: [0, 0] },
  social: { phase: 'awareness', channels: ['social-organic', 'paid-social'], content: ['video'], rate: [0.01, 0.03], delayDays: [0, 0] },
  'landing-page': { phase: 'interest', channels: ['paid-search', 'seo'], content: ['landing-page', 'lead-form'], rate: [0.05, 0.15], delayDays: [0, 0] },
  'lead-magnet': { phase: 'interest', milestone: 'lead', channels: ['content-marketing'], content: ['e-book', 'checklist'], rate: [0.15, 0.4], delayDays: [0, 7] },
  webinar: { phase: 'consideration', milestone: 'lead', channels: ['webinar', 'email'], content: ['webinar'], rate: [0.25, 0.4], delayDays: [7, 7], fixedCostPerWeek: [100, 300] },
  'email-sequence': { phase: 'consideration', channels: ['email', 'newsletter'], content: ['newsletter', 'case-study'], rate: [0.02, 0.05], delayDays: [14, 14], fixedCostPerWeek: [20, 60] },
  event: { phase: 'interest', milestone: 'lead', channels: ['events'], content: ['report'], rate: [0.2, 0.3], delayDays: [0, 7] },
  'trade-fair': { phase: 'interest', milestone: 'lead', channels: ['trade-fair'], content: ['offer'], rate: [0.15, 0.3], delayDays: [7, 14] },
  nurture: { phase: 'consideration', channels: ['email', 'newsletter'], content: ['newsletter', 'case-study', 'whitepaper'], rate: [0.1, 0.2], delayDays: [28, 84], fixedCostPerWeek: [20, 80] },
  qualification: { phase: 'consideration', milestone: 'mql', channels: [], content: ['faq'], rate: [0.12, 0.6], delayDays: [0, 7], costPerLead: [5, 20] },
  demo: { phase: 'evaluation', milestone: 'sql', channels: [], content: ['demo', 'case-study'], rate: [0.3, 0.6], delayDays: [7, 7], costPerLead: [50, 150] },
  'free-trial': { phase: 'intent', milestone: 'sql', channels: [], content: ['free-trial', 'faq'], rate: [0.1, 0.25], delayDays: [14, 14], costPerLead: [5, 15] },
  'sales-call': { phase: 'evaluation', milestone: 'sal', channels: ['cold-outreach'], content: ['case-study', 'testimonial'], rate: [0.3, 0.5], delayDays: [3, 7], costPerLead: [30, 80] },
  'needs-analysis': { phase: 'evaluation', milestone: 'opportunity', channels: [], content: ['comparison'], rate: [0.4, 0.7], delayDays: [7, 14], costPerLead: [60, 150] },
  proposal: { phase: 'intent', channels: [], content: ['offer', 'testimonial'], rate: [0.4, 0.6], delayDays: [7, 21], costPerLead: [80, 200] },
  negotiation: { phase: 'purchase', channels: [], content: ['offer'], rate: [0.5, 0.75], delayDays: [7, 28], costPerLead: [50, 150] },
  checkout: { phase: 'purchase', channels: ['direct'], content: ['offer', 'faq'], rate: [0.4, 0.7], delayDays: [0, 0] },
  tripwire: { phase: 'intent', channels: [], content: ['offer'], rate: [0.05, 0.15], delayDays: [0, 7], revenuePerLead: [19, 19] },
  'order-bump': { phase: 'purchase', channels: [], content: ['offer'], rate: [0.9, 1], delayDays: [0, 0], revenuePerLead: [29, 29] },
  upsell: { phase: 'purchase', channels: [], content: ['offer'], rate: [0.9, 1], delayDays: [0, 0], revenuePerLead: [97, 97] },
  downsell: { phase: 'purchase', channels: [], content: ['offer'], rate: [0.9, 1], delayDays: [0, 0], revenuePerLead: [47, 47] },
  onboarding: { phase: 'retention', channels: ['email'], content: ['template', 'faq'], rate: [0.7, 0.9], delayDays: [14, 14], costPerLead: [10, 40] },
  custom: { phase: 'consideration', channels: [], content: [], rate: [0.1, 0.3], delayDays: [0, 0] },
};

/** Every channel of the vocabulary as a source (DESIGN.md §7.4); volumes per week. */
export const SOURCE_DEFAULTS: Record<Channel, SourceDefaults> = {
  seo: { volumePerWeek: [800, 1500], volumeNoise: 0.15, fixedCostPerWeek: [300, 800], rate: [1, 1] },
  'content-marketing': { volumePerWeek: [300, 900], volumeNoise: 0.2, fixedCostPerWeek: [400, 1000], rate: [1, 1] },
  'social-organic': { volumePerWeek: [200, 600], volumeNoise: 0.3, fixedCostPerWeek: [150, 400], rate: [1, 1] },
  'paid-social': { volumePerWeek: [600, 1500], volumeNoise: 0.2, costPerUnit: [0.6, 1.8], rate: [1, 1] },
  'paid-search': { volumePerWeek: [400, 900], volumeNoise: 0.1, costPerUnit: [1.5, 4], rate: [1, 1] },
  display: { volumePerWeek: [1000, 3000], volumeNoise: 0.2, costPerUnit: [0.3, 1], rate: [1, 1] },
  email: { volumePerWeek: [60, 150], volumeNoise: 0.15, fixedCostPerWeek: [30, 80], rate: [1, 1] },
  newsletter: { volumePerWeek: [40, 120], volumeNoise: 0.15, fixedCostPerWeek: [20, 60], rate: [1, 1] },
  pr: { volumePerWeek: [100, 400], volumeNoise: 0.5, fixedCostPerWeek: [300, 800], rate: [1, 1] },
  events: { volumePerWeek: [20, 60], volumeNoise: 0.4, costPerUnit: [40, 120], rate: [1, 1] },
  'trade-fair': { volumePerWeek: [150, 400], volumeNoise: 0, fixedCostPerWeek: [8000, 20000], rate: [1, 1], oneOff: true },
  webinar: { volumePerWeek: [50, 150], volumeNoise: 0.25, fixedCostPerWeek: [100, 300], rate: [1, 1] },
  podcast: { volumePerWeek: [50, 200], volumeNoise: 0.25, fixedCostPerWeek: [200, 500], rate: [1, 1] },
  video: { volumePerWeek: [200, 800], volumeNoise: 0.3, fixedCostPerWeek: [300, 900], rate: [1, 1] },
  referral: { volumePerWeek: [20, 60], volumeNoise: 0.3, rate: [1, 1] },
  partners: { volumePerWeek: [40, 120], volumeNoise: 0.3, costPerUnit: [5, 15], rate: [1, 1] },
  'cold-outreach': { volumePerWeek: [100, 300], volumeNoise: 0.1, costPerUnit: [2, 6], rate: [0.02, 0.08] },
  direct: { volumePerWeek: [100, 400], volumeNoise: 0.15, rate: [1, 1] },
  'sponsored-posts': { volumePerWeek: [300, 900], volumeNoise: 0.25, costPerUnit: [0.5, 1.5], rate: [1, 1] },
};

export const OUTCOME_DEFAULTS = {
  /** One-off revenue per customer; an outgoing edge from a customer is a referral. */
  won: { value: [2000, 5000] as Range, rate: [0.05, 0.15] as Range },
  /** An outgoing edge from a lost lead recycles it into nurturing. */
  lost: { value: [0, 0] as Range, rate: [0.2, 0.4] as Range },
};

export const NOTE_SIZE = { width: 240, height: 120 };
export const BAND_SIZE = { width: 560, height: 360 };

// ---------------------------------------------------------------------------------------------
// Palette catalogue: what the palette offers, grouped. The UI adds icons and translated names.

export type PaletteGroup = 'sources' | 'stages' | 'outcomes' | 'annotations';
export type PaletteEntry =
  | { id: string; group: 'sources'; kind: 'source'; channel: Channel }
  | { id: string; group: 'stages'; kind: 'stage'; preset: StagePreset }
  | { id: string; group: 'outcomes'; kind: 'outcome'; result: 'won' | 'lost' }
  | { id: string; group: 'annotations'; kind: 'note' }
  | { id: string; group: 'annotations'; kind: 'phase-band' };

/** The common channels of issue 5, in the order people think of them. */
export const PALETTE_CHANNELS: Channel[] = [
  'seo', 'content-marketing', 'paid-search', 'paid-social', 'display', 'email', 'events',
  'trade-fair', 'pr', 'referral', 'partners', 'cold-outreach',
];
/** Stage presets in funnel order (top to bottom), custom last. */
export const PALETTE_PRESETS: StagePreset[] = [
  'content', 'social', 'landing-page', 'lead-magnet', 'webinar', 'email-sequence', 'event',
  'trade-fair', 'nurture', 'qualification', 'demo', 'free-trial', 'sales-call', 'needs-analysis',
  'proposal', 'negotiation', 'checkout', 'tripwire', 'order-bump', 'upsell', 'downsell',
  'onboarding', 'custom',
];

export const PALETTE: readonly PaletteEntry[] = [
  ...PALETTE_CHANNELS.map((channel) => ({ id: `source:${channel}`, group: 'sources' as const, kind: 'source' as const, channel })),
  ...PALETTE_PRESETS.map((preset) => ({ id: `stage:${preset}`, group: 'stages' as const, kind: 'stage' as const, preset })),
  { id: 'outcome:won', group: 'outcomes', kind: 'outcome', result: 'won' },
  { id: 'outcome:lost', group: 'outcomes', kind: 'outcome', result: 'lost' },
  { id: 'note', group: 'annotations', kind: 'note' },
  { id: 'phase-band', group: 'annotations', kind: 'phase-band' },
];

export const paletteEntry = (id: string): PaletteEntry | undefined => PALETTE.find((e) => e.id === id);

// ---------------------------------------------------------------------------------------------
// Building nodes

/** Rounds to a number people would type: integers from 10 up, two significant digits below. */
export function niceNumber(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  if (Math.abs(x) >= 10) return Math.round(x);
  return Number(x.toPrecision(2));
}

export const distOf = ([low, high]: Range): Dist =>
  low === high ? { type: 'fixed', value: low } : { type: 'uniform', low, high };
const scaled = ([low, high]: Range, factor: number): Range => [niceNumber(low * factor), niceNumber(high * factor)];
const money = (r: Range | undefined, factor = 1): Dist => (r ? distOf(scaled(r, factor)) : { type: 'fixed', value: 0 });

/** Converts a number of days into periods of `unit` (two decimals; the engine rounds per run). */
export function daysToPeriods(days: number, unit: PeriodUnit): number {
  return Math.round((days / DAYS_PER_UNIT[unit]) * 100) / 100;
}

export interface CreateOptions {
  id: string;
  position: { x: number; y: number };
  periodUnit: PeriodUnit;
  /** The node's label, in the user's language. */
  label: string;
  /** A title for a content item of this type, in the user's language. */
  contentTitle?: (type: string) => string;
  /** Text of a new note. */
  text?: string;
}

/** A new node for a palette entry, with the defaults of its channel, preset or outcome. */
export function presetNode(entry: PaletteEntry, o: CreateOptions): Node {
  const base = { id: o.id, label: o.label, position: { x: Math.round(o.position.x), y: Math.round(o.position.y) } };
  const perWeek = DAYS_PER_UNIT[o.periodUnit] / 7;
  switch (entry.kind) {
    case 'source': {
      const d = SOURCE_DEFAULTS[entry.channel];
      return {
        ...base,
        kind: 'source',
        channel: entry.channel,
        volume: distOf(d.oneOff ? d.volumePerWeek : scaled(d.volumePerWeek, perWeek)),
        volumeNoise: d.volumeNoise,
        activeFrom: 0,
        activeTo: d.oneOff ? 0 : null,
        cost: { perUnit: money(d.costPerUnit), fixedPerPeriod: money(d.fixedCostPerWeek, d.oneOff ? 1 : perWeek) },
      };
    }
    case 'stage': {
      const d = STAGE_DEFAULTS[entry.preset];
      const content: ContentItem[] = d.content.map((type) => ({ type, title: o.contentTitle?.(type) ?? '' }));
      const delay: Range = [daysToPeriods(d.delayDays[0], o.periodUnit), daysToPeriods(d.delayDays[1], o.periodUnit)];
      return {
        ...base,
        kind: 'stage',
        preset: entry.preset,
        phase: d.phase,
        ...(d.milestone ? { milestone: d.milestone } : {}),
        channels: [...d.channels],
        content,
        delay: distOf(delay),
        cost: { perLead: money(d.costPerLead), fixedPerPeriod: money(d.fixedCostPerWeek, perWeek) },
        ...(d.revenuePerLead ? { revenuePerLead: distOf(d.revenuePerLead) } : {}),
      };
    }
    case 'outcome':
      return { ...base, kind: 'outcome', result: entry.result, value: distOf(OUTCOME_DEFAULTS[entry.result].value) };
    case 'note':
      return { ...base, kind: 'note', text: o.text ?? '', size: { ...NOTE_SIZE } };
    case 'phase-band':
      return { ...base, kind: 'phase-band', size: { ...BAND_SIZE }, phase: 'awareness' };
  }
}

/** The typical rate of an edge leaving `node` (its preset's, channel's or outcome's range). */
export function typicalRate(node: Node): Dist {
  switch (node.kind) {
    case 'source':
      return distOf((SOURCE_DEFAULTS as Record<string, SourceDefaults>)[node.channel]?.rate ?? [1, 1]);
    case 'stage':
      return distOf(STAGE_DEFAULTS[node.preset].rate);
    case 'outcome':
      return distOf(OUTCOME_DEFAULTS[node.result].rate);
    default:
      return { type: 'fixed', value: 0 };
  }
}

/**
 * The rate for a new edge out of `sourceId`: the typical range when it still fits under 100 %
 * with the node's other edges, otherwise the share that is left (so splitting a source's
 * traffic over two landing pages starts valid), otherwise the typical range (and the canvas shows
 * the overflow).
 */
export function rateForNewEdge(doc: FunnelDocument, sourceId: string): Dist {
  const node = doc.nodes.find((n) => n.id === sourceId);
  if (!node) return { type: 'fixed', value: 0.1 };
  const typical = typicalRate(node);
  const used = doc.edges.filter((e) => e.source === sourceId).reduce((s, e) => s + distMean(e.rate), 0);
  if (used + distMean(typical) <= 1 + 1e-9) return typical;
  const left = Math.round((1 - used) * 1000) / 1000;
  if (left >= 0.01) return { type: 'fixed', value: left };
  return typical;
}
