/** The blank design: no nodes, sensible settings, a title in the user's language. */
import type { Translate } from '$lib/i18n/translate';
import { finish } from './build';

export function blank(t: Translate) {
  return finish({
    title: t('teach.tpl.blank.title'),
    description: '',
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [],
    edges: [],
  });
}
