import type { Locale } from './locales';
import { MESSAGES, type MessageKey } from './messages';

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

export function createTranslator(locale: Locale): Translate {
  const table = MESSAGES[locale];
  return (key, params) => interpolate(table[key] ?? MESSAGES.en[key] ?? key, params, locale);
}
