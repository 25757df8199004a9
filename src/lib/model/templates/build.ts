/**
 * Small builders that keep the templates readable: a grid for left-to-right layouts, shorthands
 * for distributions, and node/edge constructors that fill the fields every template repeats.
 * Everything returns plain v1 input objects; `finish` parses them, so a template that breaks the
 * schema fails loudly in the template tests, never in a user's browser.
 */
import type { Translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/messages';
import {
  FunnelDocument,
  type Dist,
  type FunnelDocumentInput,
  type KpiName,
  type MILESTONES,
  type PHASES,
  type STAGE_PRESETS,
} from '../schema';

export type Phase = (typeof PHASES)[number];
export type StagePreset = (typeof STAGE_PRESETS)[number];
export type Milestone = (typeof MILESTONES)[number];

type NodeInput = FunnelDocumentInput['nodes'][number];
type EdgeInput = FunnelDocumentInput['edges'][number];
type ScenarioInput = NonNullable<FunnelDocumentInput['scenarios']>[number];
type SettingsInput = NonNullable<FunnelDocumentInput['settings']>;
type ContentInput = { type: string; title: string };

/** Layout grid: columns run left to right (flow order), rows top to bottom. */
export const COL = 330;
export const ROW = 190;
const X0 = 40;
const Y0 = 60;
/** The footprint templates assume for a flow node when drawing bands around it. */
export const NODE_W = 236;
export const NODE_H = 130;

export const at = (col: number, row: number) => ({ x: X0 + col * COL, y: Y0 + row * ROW });

// Distributions -------------------------------------------------------------------------------
export const fixed = (value: number): Dist => ({ type: 'fixed', value });
export const range = (low: number, high: number): Dist => ({ type: 'uniform', low, high });
/** "min / most likely / max" (Beta-PERT). */
export const pert = (low: number, mode: number, high: number): Dist => ({ type: 'pert', low, mode, high });
/** A 90 % interval for positive, right-skewed quantities (volumes, deal sizes). */
export const logn = (low: number, high: number): Dist => ({ type: 'lognormal', low, high });

// Nodes ---------------------------------------------------------------------------------------
export interface SourceOptions {
  noise?: number;
  perUnit?: Dist;
  fixedPerPeriod?: Dist;
  activeFrom?: number;
  activeTo?: number | null;
  notes?: string;
}

export function source(id: string, label: string, channel: string, pos: { x: number; y: number }, volume: Dist, o: SourceOptions = {}): NodeInput {
  return {
    kind: 'source',
    id,
    label,
    position: pos,
    channel,
    volume,
    volumeNoise: o.noise ?? 0,
    activeFrom: o.activeFrom ?? 0,
    activeTo: o.activeTo ?? null,
    cost: { perUnit: o.perUnit ?? fixed(0), fixedPerPeriod: o.fixedPerPeriod ?? fixed(0) },
    ...(o.notes ? { notes: o.notes } : {}),
  };
}

export interface StageOptions {
  milestone?: Milestone;
  channels?: string[];
  content?: ContentInput[];
  delay?: Dist;
  perLead?: Dist;
  fixedPerPeriod?: Dist;
  revenuePerLead?: Dist;
  capacity?: { perPeriod: Dist; overflow: 'wait' | 'drop' };
  notes?: string;
}

export function stage(id: string, label: string, preset: StagePreset, phase: Phase, pos: { x: number; y: number }, o: StageOptions = {}): NodeInput {
  return {
    kind: 'stage',
    id,
    label,
    position: pos,
    preset,
    phase,
    ...(o.milestone ? { milestone: o.milestone } : {}),
    channels: o.channels ?? [],
    content: o.content ?? [],
    delay: o.delay ?? fixed(0),
    cost: { perLead: o.perLead ?? fixed(0), fixedPerPeriod: o.fixedPerPeriod ?? fixed(0) },
    ...(o.revenuePerLead ? { revenuePerLead: o.revenuePerLead } : {}),
    ...(o.capacity ? { capacity: o.capacity } : {}),
    ...(o.notes ? { notes: o.notes } : {}),
  };
}

export function won(id: string, label: string, pos: { x: number; y: number }, value: Dist, o: { recurring?: { perPeriod: Dist; churn: Dist }; notes?: string } = {}): NodeInput {
  return {
    kind: 'outcome',
    id,
    label,
    position: pos,
    result: 'won',
    value,
    ...(o.recurring ? { recurring: o.recurring } : {}),
    ...(o.notes ? { notes: o.notes } : {}),
  };
}

export function lost(id: string, label: string, pos: { x: number; y: number }, notes?: string): NodeInput {
  return { kind: 'outcome', id, label, position: pos, result: 'lost', value: fixed(0), ...(notes ? { notes } : {}) };
}

/** A labelled background band spanning columns `fromCol`…`toCol` and rows `fromRow`…`toRow`. */
export function band(id: string, label: string, fromCol: number, toCol: number, fromRow: number, toRow: number, phase?: Phase, notes?: string): NodeInput {
  // Horizontal padding leaves a gap between bands of neighbouring columns.
  const padX = (COL - NODE_W) / 2 - 5;
  const padY = 30;
  const top = at(fromCol, fromRow);
  const bottom = at(toCol, toRow);
  return {
    kind: 'phase-band',
    id,
    label,
    // Room above the nodes for the band's title.
    position: { x: top.x - padX, y: top.y - padY - 34 },
    size: { width: bottom.x - top.x + NODE_W + 2 * padX, height: bottom.y - top.y + NODE_H + 2 * padY + 34 },
    ...(phase ? { phase } : {}),
    ...(notes ? { notes } : {}),
  };
}

export function note(id: string, text: string, pos: { x: number; y: number }, width = 260, height = 120): NodeInput {
  return { kind: 'note', id, label: '', position: pos, text, size: { width, height } };
}

export function edge(sourceId: string, targetId: string, rate: Dist, label?: string): EdgeInput {
  return { id: `${sourceId}->${targetId}`, source: sourceId, target: targetId, rate, ...(label ? { label } : {}) };
}

/** Notes in the form "Goal: … / Typical tactics: … / Metrics to watch: …" from message keys. */
export function explainNotes(t: Translate, goal: MessageKey, tactics: MessageKey, metrics: MessageKey): string {
  return [
    `${t('teach.card.goal')}: ${t(goal)}`,
    `${t('teach.card.tactics')}: ${t(tactics)}`,
    `${t('teach.card.metrics')}: ${t(metrics)}`,
  ].join('\n');
}

export interface DocumentParts {
  title: string;
  description: string;
  tags?: string[];
  settings: SettingsInput;
  nodes: NodeInput[];
  edges: EdgeInput[];
  scenarios?: ScenarioInput[];
  targets?: { metric: KpiName; atLeast?: number; atMost?: number }[];
  currency?: string;
}

/** Parses the parts into a v1 document (throws on a template bug, caught by the template tests). */
export function finish(p: DocumentParts): FunnelDocument {
  return FunnelDocument.parse({
    format: 'funnel-lab',
    version: 1,
    meta: { title: p.title, description: p.description, currency: p.currency ?? 'EUR', author: 'Funnel Lab', tags: p.tags ?? [] },
    settings: p.settings,
    nodes: p.nodes,
    edges: p.edges,
    scenarios: p.scenarios ?? [],
    targets: p.targets ?? [],
  });
}
