/**
 * A part of the app that is not needed to draw the editor (results charts, the report, the
 * teaching dialogs) lives in its own chunk and is fetched with dynamic `import()`. `Lazy` holds
 * the loaded module in a rune, so a component renders it synchronously once it is there (no
 * `{#await}` round trip, so nothing flickers when it was preloaded), and shares one request
 * between every caller.
 */
export class Lazy<T> {
  /** The module, once loaded. */
  current = $state.raw<T | undefined>(undefined);
  /** Why the last attempt failed (a network error, a deploy that replaced the chunk). */
  error = $state.raw<unknown>(undefined);
  #pending: Promise<T> | undefined;
  readonly #importer: () => Promise<T>;

  constructor(importer: () => Promise<T>) {
    this.#importer = importer;
  }

  /** Loads the module (once); a failed attempt can be retried by calling this again. */
  load(): Promise<T> {
    this.#pending ??= this.#importer().then(
      (module) => {
        this.current = module;
        this.error = undefined;
        return module;
      },
      (error: unknown) => {
        this.#pending = undefined;
        this.error = error;
        throw error;
      },
    );
    return this.#pending;
  }

  /** Starts loading without waiting; a failure is kept in `error` for the UI to show. */
  preload(): void {
    this.load().catch(() => {});
  }
}

/**
 * Runs `task` when the browser is idle after the first paint, or after `timeout` ms at the latest,
 * so preloading never competes with drawing the editor. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
