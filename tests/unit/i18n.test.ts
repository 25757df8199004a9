import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, detectLocale } from '$lib/i18n';
import { en, getMessages, isMessageKey, loadMessages, type Messages } from '$lib/i18n/messages';
import { createTranslator } from '$lib/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('loading languages', () => {
  // Runs before anything else in this file loads a language: the first load is English only.
  it('has only English before a language is loaded, and English text for it meanwhile', () => {
    expect(getMessages('en')).toBe(en);
    for (const locale of LOCALES.filter((l) => l !== 'en')) expect(getMessages(locale), locale).toBeUndefined();
    expect(createTranslator('de')('app.tagline')).toBe(en['app.tagline']);
  });

  it('loads a language once, shares the request, and translators made earlier follow it', async () => {
    const early = createTranslator('de');
    const [a, b] = await Promise.all([loadMessages('de'), loadMessages('de')]);
    expect(a).toBe(b);
    expect(getMessages('de')).toBe(a);
    expect(await loadMessages('de')).toBe(a);
    expect(early('app.tagline')).not.toBe(en['app.tagline']);
    expect(early('app.tagline')).toBe(a['app.tagline']);
  });

  it('knows its keys', () => {
    expect(isMessageKey('app.tagline')).toBe(true);
    expect(isMessageKey('app.no-such-key')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('messages', () => {
  const keys = Object.keys(en).sort();
  const tables = {} as Record<(typeof LOCALES)[number], Messages>;
  beforeAll(async () => {
    for (const locale of LOCALES) tables[locale] = await loadMessages(locale);
  });
  it.each(LOCALES)('%s has every English key, no extra keys, non-empty strings and the same placeholders', (locale) => {
    const table = tables[locale];
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const k of keys) {
      const v = table[k as keyof typeof table];
      expect(v.trim(), `${locale}: ${k}`).not.toBe('');
      expect(placeholders(v), `${locale}: ${k}`).toEqual(placeholders(en[k as keyof typeof en]));
    }
  });
  it.each(LOCALES.filter((l) => l !== 'en'))('%s is a translation, not a copy of English', (locale) => {
    const table = tables[locale];
    const same = keys.filter((k) => table[k as keyof typeof table] === en[k as keyof typeof en]);
    // Brand names, symbols and placeholders-only strings may stay; most text must differ.
    expect(same.length / keys.length, `${locale}: ${same.length} identical`).toBeLessThan(0.2);
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
  it('translates and fills placeholders with locale number formats', async () => {
    await loadMessages('de');
    expect(createTranslator('de')('app.tagline')).toMatch(/Funnels/);
  });
});
