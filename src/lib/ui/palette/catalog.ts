/**
 * The palette's entries in the user's language: name, one-line hint, accessible name, icon, and
 * the search over them. The entries themselves (and what they create) live in model/presets.ts.
 */
import type { MessageKey, Translate } from '$lib/i18n';
import { PALETTE, type PaletteEntry, type PaletteGroup } from '$lib/model/presets';
import type { IconName } from '$lib/ui/nodes/icons';

export const GROUPS: readonly PaletteGroup[] = ['sources', 'stages', 'outcomes', 'annotations'];

export function entryName(entry: PaletteEntry, t: Translate): string {
  switch (entry.kind) {
    case 'source':
      return t(`editor.channel.${entry.channel}` as MessageKey);
    case 'stage':
      return t(`editor.preset.${entry.preset}` as MessageKey);
    case 'outcome':
      return t(`editor.outcome.${entry.result}` as MessageKey);
    case 'note':
      return t('editor.kind.note');
    case 'phase-band':
      return t('editor.kind.phase-band');
  }
}

export function entryHint(entry: PaletteEntry, t: Translate): string {
  switch (entry.kind) {
    case 'source':
      return t(`editor.hint.source.${entry.channel}` as MessageKey);
    case 'stage':
      return t(`editor.hint.stage.${entry.preset}` as MessageKey);
    case 'outcome':
      return t(`editor.hint.outcome.${entry.result}` as MessageKey);
    default:
      return t(`editor.hint.${entry.kind}` as MessageKey);
  }
}

/** "Add Webinar stage", "Add SEO source", "Add Won outcome", "Add Note". */
export function entryAction(entry: PaletteEntry, t: Translate): string {
  const name = entryName(entry, t);
  switch (entry.group) {
    case 'sources':
      return t('editor.palette.add.source', { name });
    case 'stages':
      return t('editor.palette.add.stage', { name });
    case 'outcomes':
      return t('editor.palette.add.outcome', { name });
    case 'annotations':
      return t('editor.palette.add.annotation', { name });
  }
}

export function entryIcon(entry: PaletteEntry): IconName {
  switch (entry.kind) {
    case 'source':
      return entry.channel;
    case 'stage':
      return entry.preset;
    case 'outcome':
      return entry.result;
    default:
      return entry.kind;
  }
}

/** Lower case without accents, so "zrodla" finds "Źródła" and "evenement" finds "Événement". */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss');

/** Entries whose name or hint (in the user's language) contains every word of `query`. */
export function searchEntries(query: string, t: Translate, entries: readonly PaletteEntry[] = PALETTE): PaletteEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const scored = entries
    .map((e) => {
      const name = fold(entryName(e, t));
      const hay = `${name} ${fold(entryHint(e, t))} ${fold(t(`editor.palette.group.${e.group}` as MessageKey))}`;
      if (!words.every((w) => hay.includes(w))) return null;
      // Names starting with the query first, then names containing it, then hint matches.
      const score = name.startsWith(words[0]) ? 0 : words.every((w) => name.includes(w)) ? 1 : 2;
      return { e, score };
    })
    .filter((x): x is { e: PaletteEntry; score: number } => x !== null);
  return scored.sort((a, b) => a.score - b.score).map((x) => x.e);
}
