/**
 * Light, dark or the system's choice, kept in localStorage and applied as `data-theme` on <html>
 * (the tokens in app.css follow it). `resolved` is what is showing, for components such as
 * Svelte Flow that take an explicit colour mode.
 */
import { KEYS, readKey, writeKey } from './persistence';

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
const isTheme = (v: unknown): v is ThemeChoice => (THEMES as readonly unknown[]).includes(v);

export class ThemeState {
  choice = $state<ThemeChoice>('system');
  #systemDark = $state(false);
  resolved = $derived<'light' | 'dark'>(this.choice === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.choice);
  #storage: Storage | undefined;

  constructor(storage: Storage | undefined) {
    this.#storage = storage;
    const saved = readKey(storage, KEYS.theme);
    if (isTheme(saved)) this.choice = saved;
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    if (query) {
      this.#systemDark = query.matches;
      query.addEventListener?.('change', (e) => (this.#systemDark = e.matches));
    }
    this.#applyToPage();
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    writeKey(this.#storage, KEYS.theme, choice);
    this.#applyToPage();
  }

  /** system → light → dark → system, for a single toggle button. */
  cycle(): void {
    this.set(THEMES[(THEMES.indexOf(this.choice) + 1) % THEMES.length]);
  }

  #applyToPage(): void {
    const root = globalThis.document?.documentElement;
    if (!root) return;
    if (this.choice === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', this.choice);
  }
}
