/** The interface language: the browser's by default, the user's choice kept in localStorage. */
import { createTranslator, detectLocale, isLocale, type Locale } from '$lib/i18n';

const KEY = 'funnel-lab:locale';

export class I18nState {
  locale = $state<Locale>('en');
  t = $derived(createTranslator(this.locale));

  constructor(storage: Storage | undefined = globalThis.localStorage, languages: readonly string[] | undefined = globalThis.navigator?.languages) {
    const saved = storage?.getItem(KEY);
    this.locale = isLocale(saved) ? saved : detectLocale(languages);
    this.#storage = storage;
  }
  #storage: Storage | undefined;

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.#storage?.setItem(KEY, locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
}
