/**
 * Keyboard shortcuts of the editor: matching key events to commands, and the list the shortcut
 * sheet (`?`) shows. One table, so the sheet cannot drift from what the keys do.
 */
import type { MessageKey } from '$lib/i18n';

export type Command =
  | 'delete'
  | 'selectAll'
  | 'duplicate'
  | 'undo'
  | 'redo'
  | 'fitView'
  | 'zoomIn'
  | 'zoomOut'
  | 'autoLayout'
  | 'toggleSnap'
  | 'help'
  | 'deselect';

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The command a key press means on the canvas, or null. Ctrl and ⌘ are the same "mod" key. */
export function commandFor(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    if (key === 'a' && !e.shiftKey) return 'selectAll';
    if (key === 'd' && !e.shiftKey) return 'duplicate';
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !e.shiftKey) return 'redo';
    return null;
  }
  if (e.altKey) return null;
  if (key === 'Delete' || key === 'Backspace') return 'delete';
  if (key === 'Escape') return 'deselect';
  if (key === '?') return 'help';
  if (e.shiftKey && e.code === 'Digit1') return 'fitView';
  if (e.shiftKey && key === 'l') return 'autoLayout';
  if (e.shiftKey && key === 'g') return 'toggleSnap';
  if (key === '+' || (key === '=' && !e.shiftKey)) return 'zoomIn';
  if (!e.shiftKey && key === '-') return 'zoomOut';
  return null;
}

/** True when a key press belongs to a text field (or other control) rather than the canvas. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(type);
  }
  return false;
}

export interface SheetRow {
  keys: string[][];
  label: MessageKey;
}
export interface SheetGroup {
  title: MessageKey;
  rows: SheetRow[];
}

/** The shortcut sheet: each row lists alternatives (outer) of key combinations (inner). */
export function shortcutSheet(mac: boolean): SheetGroup[] {
  const mod = mac ? '⌘' : 'editor.shortcuts.key.ctrl';
  const shift = mac ? '⇧' : 'editor.shortcuts.key.shift';
  return [
    {
      title: 'editor.shortcuts.group.edit',
      rows: [
        { keys: [[mod, 'Z']], label: 'editor.shortcuts.undo' },
        { keys: [[mod, shift, 'Z'], [mod, 'Y']], label: 'editor.shortcuts.redo' },
        { keys: [[mod, 'C']], label: 'editor.shortcuts.copy' },
        { keys: [[mod, 'X']], label: 'editor.shortcuts.cut' },
        { keys: [[mod, 'V']], label: 'editor.shortcuts.paste' },
        { keys: [[mod, 'D']], label: 'editor.shortcuts.duplicate' },
        { keys: [['editor.shortcuts.key.delete'], ['editor.shortcuts.key.backspace']], label: 'editor.shortcuts.delete' },
        { keys: [['Enter']], label: 'editor.shortcuts.editRate' },
      ],
    },
    {
      title: 'editor.shortcuts.group.select',
      rows: [
        { keys: [[mod, 'A']], label: 'editor.shortcuts.selectAll' },
        { keys: [[shift, 'editor.shortcuts.click']], label: 'editor.shortcuts.multi' },
        { keys: [[shift, 'editor.shortcuts.drag']], label: 'editor.shortcuts.box' },
        { keys: [['Esc']], label: 'editor.shortcuts.deselect' },
      ],
    },
    {
      title: 'editor.shortcuts.group.view',
      rows: [
        { keys: [[shift, '1']], label: 'editor.shortcuts.fit' },
        { keys: [['+'], ['−'], [mod, 'editor.shortcuts.scroll']], label: 'editor.shortcuts.zoom' },
        { keys: [['editor.shortcuts.drag'], ['editor.shortcuts.space', 'editor.shortcuts.drag']], label: 'editor.shortcuts.pan' },
        { keys: [[shift, 'L']], label: 'editor.shortcuts.layout' },
        { keys: [[shift, 'G']], label: 'editor.shortcuts.snap' },
        { keys: [['?']], label: 'editor.shortcuts.help' },
      ],
    },
    {
      title: 'editor.shortcuts.group.keyboard',
      rows: [
        { keys: [['Tab']], label: 'editor.shortcuts.tab' },
        { keys: [['← ↑ → ↓']], label: 'editor.shortcuts.move' },
        { keys: [[shift, '← ↑ → ↓']], label: 'editor.shortcuts.moveFar' },
        { keys: [['Enter']], label: 'editor.shortcuts.open' },
      ],
    },
  ];
}
