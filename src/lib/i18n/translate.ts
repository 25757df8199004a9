import type { Locale } from './locales';
import { en, getMessages, type MessageKey } from './messages';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function interpolate(template: string, params: MessageParams | undefined, locale: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
  });
}

/**
 * A translator for `locale`. Its messages are looked up at each call, so a translator made before
 * `loadMessages(locale)` finished translates once they are there; until then (or for a language
 * that failed to load) every text is the English one, never a raw key.
 */
export function createTranslator(locale: Locale): Translate {
  return (key, params) => interpolate(getMessages(locale)?.[key] ?? en[key] ?? key, params, locale);
}
