/**
 * The app's state, shared with components through Svelte context (never module globals, so
 * tests can mount components with their own state). Each part is a rune class of its own.
 */
import { getContext, setContext } from 'svelte';
import { DocumentStore } from './document-store.svelte';
import { I18nState } from './i18n.svelte';
import { UiState } from './ui.svelte';
import { NoticeState } from './notices.svelte';
import { ThemeState } from './theme.svelte';
import { Library } from './library.svelte';
import { browserStorage } from './persistence';
import { SimulationState } from './simulation.svelte';
import { SimPool } from './sim-pool';
import { TeachState } from './teach.svelte';
import type { FunnelDocument } from '$lib/model/schema';

export class AppState {
  doc: DocumentStore;
  i18n: I18nState;
  ui = new UiState();
  /** Toasts: `app.notices.show({ tone, message: key, params?, action? })`. */
  notices = new NoticeState();
  theme: ThemeState;
  /** Saved designs, autosave, file import/export, recovery (library.svelte.ts). */
  library: Library;
  /** Simulation runs and results (run, cancel, progress, stale, scenarios, canvas overlay). */
  sim: SimulationState;
  /** Template gallery, glossary, tour and presentation mode (teach.svelte.ts). */
  teach: TeachState;

  constructor(initial: FunnelDocument, options: { storage?: Storage; languages?: readonly string[] } = {}) {
    const storage = options.storage ?? browserStorage();
    this.doc = new DocumentStore(initial);
    this.i18n = new I18nState(storage, options.languages ?? globalThis.navigator?.languages, this.notices);
    this.theme = new ThemeState(storage);
    this.library = new Library(this.doc, { storage, notices: this.notices, t: () => this.i18n.t });
    this.sim = new SimulationState(this.doc, { createRunner: () => new SimPool(), storage });
    this.teach = new TeachState({ store: this.doc, library: this.library, notices: this.notices, t: () => this.i18n.t, storage });
  }

  /** Shorthand for components: `app.t('key')`. */
  get t() {
    return this.i18n.t;
  }
}

const KEY = Symbol('funnel-lab-app');
export const setApp = (app: AppState) => setContext(KEY, app);
export const getApp = () => getContext<AppState>(KEY);
