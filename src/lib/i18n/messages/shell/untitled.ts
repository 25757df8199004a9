/**
 * The default title of a new design in every language. It lives here, not only in each
 * language's shell file, because recognising an untouched design (state/library/untouched.ts)
 * must work for all five languages while only the active one is loaded.
 */
import type { Locale } from '../../locales';

export const UNTITLED = {
  en: 'Untitled funnel',
  de: 'Unbenannter Funnel',
  it: 'Funnel senza titolo',
  pl: 'Lejek bez nazwy',
  nl: 'Naamloze trechter',
} as const satisfies Record<Locale, string>;
