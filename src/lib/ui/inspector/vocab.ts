/**
 * Names of the document vocabulary (channels, content types, presets, phases, milestones) in the
 * user's language, for pickers and chips. Values users typed themselves have no translation and
 * are shown as typed.
 */
import type { MessageKey } from '$lib/i18n/messages';
import type { Translate } from '$lib/i18n/translate';

export type VocabKind = 'channel' | 'content' | 'preset' | 'phase' | 'milestone' | 'kind';

/** The translated name of `id`, or `id` itself when it is not part of the vocabulary. */
export function vocabLabel(t: Translate, kind: VocabKind, id: string): string {
  const key = `editor.${kind}.${id}`;
  const s = t(key as MessageKey);
  return s === key ? id : s;
}

/** Options for a picker: the vocabulary in its order, with translated names. */
export function vocabOptions(t: Translate, kind: VocabKind, ids: readonly string[]): { value: string; label: string }[] {
  return ids.map((value) => ({ value, label: vocabLabel(t, kind, value) }));
}
