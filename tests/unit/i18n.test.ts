import { describe, expect, it } from 'vitest';
import { LOCALES, detectLocale } from '$lib/i18n';
import { MESSAGES } from '$lib/i18n/messages';
import { createTranslator } from '$lib/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  const keys = Object.keys(MESSAGES.en).sort();
  it.each(LOCALES)('%s has every English key, no extra keys, non-empty strings and the same placeholders', (locale) => {
    const table = MESSAGES[locale];
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const k of keys) {
      const v = table[k as keyof typeof table];
      expect(v.trim(), `${locale}: ${k}`).not.toBe('');
      expect(placeholders(v), `${locale}: ${k}`).toEqual(placeholders(MESSAGES.en[k as keyof typeof table]));
    }
  });
});

describe('detectLocale', () => {
  it('picks the first supported base language', () => {
    expect(detectLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(detectLocale(['pl'])).toBe('pl');
    expect(detectLocale(['fr'])).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });
});

describe('createTranslator', () => {
  it('translates and fills placeholders with locale number formats', () => {
    expect(createTranslator('de')('app.tagline')).toMatch(/Funnels/);
  });
});
