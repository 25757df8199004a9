/** Keyboard helpers of the shell: platform-aware shortcut labels and "is the user typing?". */

export const isMac = (): boolean => {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  const platform = nav?.userAgentData?.platform ?? nav?.platform ?? nav?.userAgent ?? '';
  return /mac|iphone|ipad|ipod/i.test(platform);
};

/** "Ctrl+Z" / "⌘Z" style labels. `shift` adds Shift. */
export function shortcutLabel(key: string, options: { shift?: boolean } = {}): string {
  if (isMac()) return `${options.shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${options.shift ? 'Shift+' : ''}${key}`;
}

/** True when keys typed at `target` belong to a text field (native undo must keep working there). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable) return true;
  const field = el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  if (!field) return false;
  if (field instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(field.type);
  }
  return true;
}

export type HistoryCommand = 'undo' | 'redo';

/** Ctrl/Cmd+Z → undo; Shift+Ctrl/Cmd+Z and Ctrl+Y → redo. */
export function historyCommand(e: KeyboardEvent): HistoryCommand | null {
  // Either modifier: a Mac user on a PC keyboard (or the reverse) still gets undo.
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

export type FileCommand = 'open' | 'save';

/** Ctrl/Cmd+O → open a file; Ctrl/Cmd+S → "save" (autosave explains itself). */
export function fileCommand(e: KeyboardEvent): FileCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'o') return 'open';
  if (key === 's') return 'save';
  return null;
}
