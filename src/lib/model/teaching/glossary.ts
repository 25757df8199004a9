/**
 * The glossary (issue 7): the terms a marketer meets in Funnel Lab, from MQL to Monte Carlo.
 * Names, definitions and formulas are i18n messages (`teach.term.<id>.*`); this file holds the
 * order, the cross-references, which KPI each term explains, and the search.
 */
import type { MessageKey } from '$lib/i18n/messages';
import type { Translate } from '$lib/i18n/translate';
import type { KpiName } from '../schema';

export const GLOSSARY_IDS = [
  'funnel', 'tofu-mofu-bofu', 'aida', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'lead-scoring', 'hand-off',
  'nurturing', 'lead-magnet', 'tripwire', 'order-bump', 'upsell', 'conversion-rate', 'drop-off', 'cpl', 'cac',
  'acquisition-cost', 'roas', 'roi', 'ltv', 'ltv-cac', 'payback', 'pipeline-velocity', 'churn', 'recurring-revenue',
  'capacity', 'delay', 'in-progress', 'monte-carlo', 'percentiles', 'expected-value', 'distribution', 'sensitivity',
  'target-probability', 'scenario', 'seed',
] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

/** Terms with a formula message (`teach.term.<id>.formula`). */
const WITH_FORMULA = ['conversion-rate', 'drop-off', 'cpl', 'cac', 'roas', 'roi', 'ltv', 'ltv-cac', 'pipeline-velocity', 'churn'] as const;
type FormulaId = (typeof WITH_FORMULA)[number];

export interface GlossaryEntry {
  id: GlossaryId;
  name: MessageKey;
  definition: MessageKey;
  formula?: MessageKey;
  related: readonly GlossaryId[];
}

const RELATED: Record<GlossaryId, readonly GlossaryId[]> = {
  funnel: ['tofu-mofu-bofu', 'aida', 'conversion-rate'],
  'tofu-mofu-bofu': ['funnel', 'mql', 'nurturing'],
  aida: ['funnel', 'tofu-mofu-bofu'],
  lead: ['lead-magnet', 'mql', 'cpl'],
  mql: ['lead-scoring', 'sal', 'hand-off'],
  sal: ['mql', 'sql', 'hand-off'],
  sql: ['sal', 'opportunity', 'pipeline-velocity'],
  opportunity: ['sql', 'pipeline-velocity', 'in-progress'],
  'lead-scoring': ['mql', 'hand-off'],
  'hand-off': ['mql', 'sal', 'nurturing'],
  nurturing: ['lead', 'mql', 'delay'],
  'lead-magnet': ['lead', 'tripwire'],
  tripwire: ['lead-magnet', 'order-bump', 'upsell'],
  'order-bump': ['tripwire', 'upsell'],
  upsell: ['order-bump', 'ltv'],
  'conversion-rate': ['drop-off', 'funnel'],
  'drop-off': ['conversion-rate'],
  cpl: ['cac', 'lead'],
  cac: ['cpl', 'ltv-cac', 'payback'],
  'acquisition-cost': ['roas', 'cac'],
  roas: ['roi', 'acquisition-cost'],
  roi: ['roas', 'payback'],
  ltv: ['ltv-cac', 'churn', 'recurring-revenue'],
  'ltv-cac': ['ltv', 'cac'],
  payback: ['cac', 'roi'],
  'pipeline-velocity': ['opportunity', 'conversion-rate'],
  churn: ['recurring-revenue', 'ltv'],
  'recurring-revenue': ['churn', 'ltv'],
  capacity: ['delay', 'in-progress'],
  delay: ['capacity', 'in-progress'],
  'in-progress': ['delay', 'opportunity'],
  'monte-carlo': ['percentiles', 'distribution', 'seed'],
  percentiles: ['monte-carlo', 'target-probability'],
  'expected-value': ['monte-carlo', 'distribution'],
  distribution: ['monte-carlo', 'expected-value'],
  sensitivity: ['monte-carlo', 'distribution'],
  'target-probability': ['percentiles', 'monte-carlo'],
  scenario: ['seed', 'monte-carlo'],
  seed: ['monte-carlo', 'scenario'],
};

const hasFormula = (id: GlossaryId): id is FormulaId => (WITH_FORMULA as readonly string[]).includes(id);

export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_IDS.map((id) => ({
  id,
  name: `teach.term.${id}.name` as const satisfies MessageKey,
  definition: `teach.term.${id}.def` as const satisfies MessageKey,
  ...(hasFormula(id) ? { formula: `teach.term.${id}.formula` as const satisfies MessageKey } : {}),
  related: RELATED[id],
}));

const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
export const glossaryEntry = (id: GlossaryId): GlossaryEntry => byId.get(id)!;
export const isGlossaryId = (x: unknown): x is GlossaryId => typeof x === 'string' && byId.has(x as GlossaryId);

/** The term that explains each KPI, for a `GlossaryTerm` next to it; undefined where none fits. */
export const KPI_GLOSSARY: Partial<Record<KpiName, GlossaryId>> = {
  leads: 'lead',
  mqls: 'mql',
  sals: 'sal',
  sqls: 'sql',
  opportunities: 'opportunity',
  acquisitionCost: 'acquisition-cost',
  profit: 'roi',
  roi: 'roi',
  roas: 'roas',
  cpl: 'cpl',
  cac: 'cac',
  conversion: 'conversion-rate',
  ltv: 'ltv',
  ltvToCac: 'ltv-cac',
  paybackPeriod: 'payback',
  inProgress: 'in-progress',
};

/** Lower case without accents, so "Conversión" finds "conversion" and "lead-scoring" finds "lead scoring". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters NFD does not decompose.
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[-_/·:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Entries matching every word of `query` in their name, definition or formula (in the current
 * language, with the English name as a fallback so "CAC" or "churn" work everywhere), names
 * first. An empty query returns everything, alphabetically by name.
 */
export function searchGlossary(query: string, t: Translate, en?: Translate): GlossaryEntry[] {
  const words = fold(query).split(' ').filter(Boolean);
  const scored: { e: GlossaryEntry; score: number; name: string }[] = [];
  for (const e of GLOSSARY) {
    const name = t(e.name);
    const nameF = fold(`${name} ${en ? en(e.name) : ''} ${e.id}`);
    const body = fold(`${t(e.definition)} ${e.formula ? t(e.formula) : ''}`);
    let score = 0;
    let all = true;
    for (const w of words) {
      if (nameF.split(' ').some((part) => part.startsWith(w))) score += 3;
      else if (nameF.includes(w)) score += 2;
      else if (body.includes(w)) score += 1;
      else all = false;
    }
    if (all) scored.push({ e, score, name });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .map((s) => s.e);
}
