/**
 * Keyboard and clipboard handling of the canvas: window shortcuts (not while typing or while a
 * dialog is open), keys on a focused node, and the document's copy/cut/paste events (the system
 * clipboard without a permission prompt, so it works between tabs).
 */
import type { AppState } from '$lib/state/app.svelte';
import type { CanvasActions } from './actions';
import { commandFor, isTyping, type Command } from './shortcuts';

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/** What the commands act on besides the document: the view of the canvas. */
export interface CommandView {
  fit(): void;
  zoomBy(factor: number): void;
  layout(): void;
}

/** Runs a shortcut's command; false when it did nothing (so the key keeps its default). */
export function runCommand(command: Command, app: AppState, actions: CanvasActions, view: CommandView): boolean {
  switch (command) {
    case 'delete':
      if (!actions.hasSelection()) return false;
      actions.deleteSelection();
      return true;
    case 'selectAll':
      actions.selectAll();
      return true;
    case 'duplicate':
      actions.duplicate();
      return true;
    case 'undo':
    case 'redo':
      // The shell's tool bar owns undo/redo for the whole app (also while the canvas has focus).
      return false;
    case 'fitView':
      view.fit();
      return true;
    case 'zoomIn':
      view.zoomBy(1.2);
      return true;
    case 'zoomOut':
      view.zoomBy(1 / 1.2);
      return true;
    case 'autoLayout':
      view.layout();
      return true;
    case 'toggleSnap':
      app.ui.snapToGrid = !app.ui.snapToGrid;
      return true;
    case 'help':
      app.ui.shortcutsOpen = true;
      return true;
    case 'deselect':
      if (!actions.hasSelection()) return false;
      app.ui.clearSelection();
      return true;
  }
}

/** Window-level shortcuts; ignored while typing, while a dialog is open, or when already handled. */
export function windowKeyHandler(run: (command: Command) => boolean) {
  return (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTyping(e.target) || dialogOpen()) return;
    const command = commandFor(e);
    if (command && run(command)) e.preventDefault();
  };
}

/** Keys on a focused node: arrows move it (and the rest of the selection), Enter opens it in the inspector. */
export function nodeKeyHandler(app: AppState, actions: CanvasActions, step: () => number) {
  return (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (!el.classList?.contains('svelte-flow__node')) return;
    const id = el.dataset.id;
    if (!id || e.ctrlKey || e.metaKey) return;
    const dir = ARROWS[e.key];
    if (dir && !e.altKey) {
      e.preventDefault();
      e.stopPropagation();
      const selected = app.ui.selection.nodes;
      const ids = selected.includes(id) ? selected : [id];
      if (!selected.includes(id)) app.ui.select({ nodes: [id] });
      const s = step() * (e.shiftKey ? 10 : 1);
      actions.nudge(ids, dir[0] * s, dir[1] * s);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      app.ui.openInInspector({ nodeId: id });
    }
  };
}

/** True when a copy/cut/paste event is the canvas's (not a text field's or selected page text's). */
function clipboardAllowed(e: ClipboardEvent): boolean {
  if (isTyping(e.target) || dialogOpen()) return false;
  const selection = window.getSelection();
  return !(selection && !selection.isCollapsed && selection.toString().trim() !== '');
}

export function clipboardHandlers(actions: CanvasActions) {
  const put = (e: ClipboardEvent, text: string | null) => {
    if (text && e.clipboardData) {
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    }
  };
  return {
    oncopy: (e: ClipboardEvent) => {
      if (clipboardAllowed(e)) put(e, actions.copyText());
    },
    oncut: (e: ClipboardEvent) => {
      if (clipboardAllowed(e)) put(e, actions.cutText());
    },
    onpaste: (e: ClipboardEvent) => {
      if (!clipboardAllowed(e)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      // Only text that looks like JSON is ours to try; anything else is left alone.
      if (!text.trim().startsWith('{')) return;
      e.preventDefault();
      actions.paste(text);
    },
  };
}
