/**
 * All message areas, merged per language. Each area is a folder with one file per language; the
 * English file is the source of that area's keys and the others must match it exactly (types and
 * tests/unit/i18n.test.ts). Areas: common (shared words), shell (toolbar, dialogs, persistence),
 * editor (canvas, palette, nodes, edges), inspector (side panel, distribution editor), results (run
 * panel, KPIs, charts), teach (templates, explanations, glossary, tour, presentation), problems
 * (validation and import messages).
 *
 * English is the source language and the fallback, so it is bundled with the app. Every other
 * language is one chunk (./de.ts, ./it.ts, …) fetched with dynamic `import()` by `loadMessages`
 * only when it becomes the interface language: the first load carries one language, not five.
 */
import type { Locale } from '../locales';
import commonEn from './common/en';
import shellEn from './shell/en';
import editorEn from './editor/en';
import resultsEn from './results/en';
import teachEn from './teach/en';
import problemsEn from './problems/en';
import inspectorEn from './inspector/en';

export const en = { ...commonEn, ...shellEn, ...editorEn, ...resultsEn, ...teachEn, ...problemsEn, ...inspectorEn };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const english: Messages = en;

/** Whether `key` is one of our message keys (for keys built from data, e.g. `editor.channel.<id>`). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(english, key);

// One importer per language, each a literal `import()` so the bundler makes it its own chunk.
const IMPORTERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  de: () => import('./de'),
  it: () => import('./it'),
  pl: () => import('./pl'),
  nl: () => import('./nl'),
};

const loaded: Partial<Record<Locale, Messages>> = { en: english };
const pending: Partial<Record<Locale, Promise<Messages>>> = {};

/**
 * The messages of `locale` if they are loaded (English always is), else `undefined`. Synchronous,
 * for code that translates while drawing; call `loadMessages` first to make a language available.
 */
export function getMessages(locale: Locale): Messages | undefined {
  return loaded[locale];
}

/**
 * Loads a language's messages (once; callers share one request). A failed load (offline, or a
 * deploy that replaced the chunk) rejects and can be retried by calling again.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  if (locale === 'en') return Promise.resolve(english); // unreachable: English is always loaded
  pending[locale] ??= IMPORTERS[locale]().then(
    (module) => {
      loaded[locale] = module.default;
      delete pending[locale];
      return module.default;
    },
    (error: unknown) => {
      delete pending[locale];
      throw error;
    },
  );
  return pending[locale];
}
