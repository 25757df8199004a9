/**
 * The interface language: the browser's by default, the user's choice kept in localStorage.
 * Only English is bundled; another language's messages are loaded (`loadMessages`) before the
 * interface switches to it, so `locale` only ever names a language whose text is there.
 */
import { LOCALE_NAMES, createTranslator, detectLocale, getMessages, isLocale, loadMessages, type Locale } from '$lib/i18n';
import type { NoticeState } from './notices.svelte';

const KEY = 'funnel-lab:locale';

/** The language to start in: the saved choice, else the browser's first supported language. */
export function preferredLocale(storage: Storage | undefined, languages: readonly string[] | undefined): Locale {
  let saved: string | null | undefined;
  try {
    saved = storage?.getItem(KEY);
  } catch {
    saved = undefined; // storage blocked: fall back to the browser's languages
  }
  return isLocale(saved) ? saved : detectLocale(languages);
}

export class I18nState {
  locale = $state<Locale>('en');
  /** The language being loaded by `setLocale`, if any (for a busy indicator). */
  loading = $state<Locale | undefined>(undefined);
  t = $derived(createTranslator(this.locale));
  #storage: Storage | undefined;
  #notices: NoticeState | undefined;
  /** Counts switch requests, so a slow load never overrides a later choice. */
  #request = 0;

  constructor(storage: Storage | undefined = globalThis.localStorage, languages: readonly string[] | undefined = globalThis.navigator?.languages, notices?: NoticeState) {
    this.#storage = storage;
    this.#notices = notices;
    const wanted = preferredLocale(storage, languages);
    // main.ts loads the preferred language before mounting, so this is normally synchronous;
    // otherwise the interface shows English until the language arrives.
    if (getMessages(wanted)) this.locale = wanted;
    else void this.#switch(wanted, false);
  }

  /**
   * Loads the language's messages, then switches to it and remembers the choice. On a failed
   * load the current language stays and an error notice says so; resolves to whether it switched.
   */
  setLocale(locale: Locale): Promise<boolean> {
    return this.#switch(locale, true);
  }

  async #switch(locale: Locale, remember: boolean): Promise<boolean> {
    const request = ++this.#request;
    if (!getMessages(locale)) {
      this.loading = locale;
      try {
        await loadMessages(locale);
      } catch (error) {
        if (request !== this.#request) return false;
        this.loading = undefined;
        console.error(error);
        this.#notices?.show({ tone: 'error', message: 'teach.languageFailed', params: { language: LOCALE_NAMES[locale] }, key: 'language-failed' });
        return false;
      }
      if (request !== this.#request) return false; // a later choice won
    }
    this.loading = undefined;
    this.locale = locale;
    if (remember) this.#storage?.setItem(KEY, locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
    return true;
  }
}
