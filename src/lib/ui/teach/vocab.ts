/**
 * Names of vocabulary items (presets, phases, milestones, channels, content types) exactly as the
 * nodes and the inspector show them (the editor's messages), or the raw id for values users typed
 * themselves.
 */
import { isMessageKey } from '$lib/i18n/messages';
import type { Translate } from '$lib/i18n/translate';

export type VocabKind = 'preset' | 'phase' | 'milestone' | 'channel' | 'content';

export function vocabName(t: Translate, kind: VocabKind, id: string): string {
  const key = `editor.${kind}.${id}`;
  return isMessageKey(key) ? t(key) : id;
}

/** A KPI's name as the results show it (their message), else the KPI id. */
export function kpiName(t: Translate, kpi: string): string {
  const key = `results.kpi.${kpi}`;
  return isMessageKey(key) ? t(key) : kpi;
}
