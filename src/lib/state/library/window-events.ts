/**
 * The page events the library listens to: saving at once when the page is hidden or closed,
 * asking before closing when saving failed, and other tabs writing to the same storage.
 */

export interface WindowHandlers {
  /** Save now if a save is pending. */
  flush(): void;
  /** True when the last save failed (closing the tab would lose work). */
  saveFailed(): boolean;
  /** Another tab changed a storage key. */
  otherTabWrote(key: string | null, value: string | null): void;
}

/** Listens on `target`; returns the remover. */
export function listenToWindow(target: Window, handlers: WindowHandlers): () => void {
  const flush = () => handlers.flush();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  const onStorage = (e: StorageEvent) => handlers.otherTabWrote(e.key, e.newValue);
  // When saving failed (storage full), closing the tab would lose work: let the browser ask.
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flush();
    if (handlers.saveFailed()) e.preventDefault();
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  target.addEventListener('pagehide', flush);
  target.addEventListener('storage', onStorage);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('beforeunload', onBeforeUnload);
    target.removeEventListener('pagehide', flush);
    target.removeEventListener('storage', onStorage);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
