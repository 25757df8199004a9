/**
 * All message areas, merged per language. To add an area: create `messages/<area>/{en,de,it,pl,nl}.ts`
 * (the English file is the source of its keys) and add it to the lists below.
 */
import type { Locale } from '../locales';
import commonEn from './common/en';
import commonDe from './common/de';
import commonIt from './common/it';
import commonPl from './common/pl';
import commonNl from './common/nl';

export const en = { ...commonEn };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  de: { ...commonDe },
  it: { ...commonIt },
  pl: { ...commonPl },
  nl: { ...commonNl },
};
