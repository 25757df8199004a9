/**
 * Names of vocabulary items (presets, phases, milestones, channels, content types) as the rest
 * of the UI shows them: the editor's names first (so the card says exactly what the node and the
 * inspector say), the teaching area's own names as a fallback, the raw id for user-typed values.
 */
import { MESSAGES, type MessageKey } from '$lib/i18n/messages';
import type { Translate } from '$lib/i18n/translate';

export type VocabKind = 'preset' | 'phase' | 'milestone' | 'channel' | 'content';

export function vocabName(t: Translate, kind: VocabKind, id: string): string {
  for (const key of [`editor.${kind}.${id}`, `teach.${kind}.${id}`]) {
    if (Object.hasOwn(MESSAGES.en, key)) return t(key as MessageKey);
  }
  return id;
}

/** A KPI's name as the results show it (their message), else the KPI id. */
export function kpiName(t: Translate, kpi: string): string {
  const key = `results.kpi.${kpi}`;
  return Object.hasOwn(MESSAGES.en, key) ? t(key as MessageKey) : kpi;
}
