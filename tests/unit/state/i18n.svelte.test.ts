import { describe, expect, it, vi } from 'vitest';
import { getMessages } from '$lib/i18n';
import { I18nState, preferredLocale } from '$lib/state/i18n.svelte';
import { NoticeState } from '$lib/state/notices.svelte';
import { MemoryStorage } from './memory-storage';

// Languages whose chunk "fails to download" (offline, or a deploy replaced it).
const failing = vi.hoisted(() => new Set<string>());
vi.mock('$lib/i18n', async (importOriginal) => {
  const real = await importOriginal<typeof import('$lib/i18n')>();
  return {
    ...real,
    loadMessages: async (locale: Parameters<typeof real.loadMessages>[0]) => {
      if (failing.has(locale)) throw new TypeError('Failed to fetch dynamically imported module');
      return real.loadMessages(locale);
    },
  };
});

const KEY = 'funnel-lab:locale';
const stored = (locale: string) => {
  const s = new MemoryStorage();
  s.setItem(KEY, locale);
  return s;
};

describe('I18nState', () => {
  it('prefers the saved language, then the browser’s', () => {
    expect(preferredLocale(stored('pl'), ['de'])).toBe('pl');
    expect(preferredLocale(stored('xx'), ['fr', 'de-CH'])).toBe('de');
    const broken = new MemoryStorage();
    broken.broken = new Error('SecurityError');
    expect(preferredLocale(broken, ['it'])).toBe('it');
  });

  it('starts in English while a language that is not loaded arrives, then switches to it', async () => {
    expect(getMessages('nl')).toBeUndefined();
    const i18n = new I18nState(stored('nl'), ['en']);
    expect(i18n.locale).toBe('en');
    expect(i18n.loading).toBe('nl');
    expect(i18n.t('common.cancel')).toBe('Cancel');
    await vi.waitFor(() => expect(i18n.locale).toBe('nl'));
    expect(i18n.loading).toBeUndefined();
    expect(i18n.t('common.cancel')).toBe(getMessages('nl')!['common.cancel']);
    expect(i18n.t('common.cancel')).not.toBe('Cancel');
  });

  it('starts in a loaded language at once (main.ts loads it before mounting)', () => {
    const i18n = new I18nState(stored('nl'), ['en']);
    expect(i18n.locale).toBe('nl');
    expect(i18n.loading).toBeUndefined();
  });

  it('loads a language before switching to it and remembers the choice', async () => {
    const storage = new MemoryStorage();
    const i18n = new I18nState(storage, ['en']);
    const switching = i18n.setLocale('de');
    expect(i18n.locale).toBe('en'); // nothing in German is shown before the German text is there
    expect(i18n.loading).toBe('de');
    expect(await switching).toBe(true);
    expect(i18n.locale).toBe('de');
    expect(i18n.t('teach.language')).toBe('Sprache');
    expect(storage.getItem(KEY)).toBe('de');
    // Switching to a loaded language is immediate.
    void i18n.setLocale('en');
    expect(i18n.locale).toBe('en');
  });

  it('keeps the current language and posts an error notice when a language fails to load', async () => {
    failing.add('it');
    const storage = stored('de');
    const notices = new NoticeState();
    const i18n = new I18nState(storage, ['en'], notices);
    expect(i18n.locale).toBe('de');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await i18n.setLocale('it')).toBe(false);
    expect(i18n.locale).toBe('de');
    expect(i18n.loading).toBeUndefined();
    expect(storage.getItem(KEY)).toBe('de');
    expect(notices.items).toHaveLength(1);
    expect(notices.items[0]).toMatchObject({ tone: 'error', message: 'teach.languageFailed', params: { language: 'Italiano' } });
    expect(i18n.t(notices.items[0].message, notices.items[0].params)).toMatch(/^Italiano konnte nicht geladen werden; /);
    // Once the network is back, trying again works.
    failing.delete('it');
    expect(await i18n.setLocale('it')).toBe(true);
    expect(i18n.locale).toBe('it');
    vi.restoreAllMocks();
  });

  it('lets the last choice win when an earlier language arrives later', async () => {
    const i18n = new I18nState(new MemoryStorage(), ['en']);
    const slow = i18n.setLocale('pl');
    const quick = i18n.setLocale('en');
    expect(await quick).toBe(true);
    expect(await slow).toBe(false);
    expect(i18n.locale).toBe('en');
    expect(i18n.loading).toBeUndefined();
  });
});
