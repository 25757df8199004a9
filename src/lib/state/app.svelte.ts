/**
 * The app's state, shared with components through Svelte context (never module globals, so
 * tests can mount components with their own state). Each part is a rune class of its own.
 */
import { getContext, setContext } from 'svelte';
import { DocumentStore } from './document-store.svelte';
import { I18nState } from './i18n.svelte';
import { UiState } from './ui.svelte';
import type { FunnelDocument } from '$lib/model/schema';

export class AppState {
  doc: DocumentStore;
  i18n: I18nState;
  ui = new UiState();

  constructor(initial: FunnelDocument, options: { storage?: Storage; languages?: readonly string[] } = {}) {
    this.doc = new DocumentStore(initial);
    this.i18n = new I18nState(options.storage ?? globalThis.localStorage, options.languages ?? globalThis.navigator?.languages);
  }

  /** Shorthand for components: `app.t('key')`. */
  get t() {
    return this.i18n.t;
  }
}

const KEY = Symbol('funnel-lab-app');
export const setApp = (app: AppState) => setContext(KEY, app);
export const getApp = () => getContext<AppState>(KEY);
