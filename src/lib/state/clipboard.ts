/**
 * Copy and paste of canvas elements through the system clipboard, as JSON text (so it works
 * between tabs and windows, and people can paste a fragment into a text editor to look at it).
 * The canvas hooks these into the document's `copy`, `cut` and `paste` events, which need no
 * clipboard permission.
 */
import { copyFragment, parseFragment, type Fragment } from '$lib/model/ops';
import type { FunnelDocument } from '$lib/model/schema';

export const PASTE_STEP = 32;

/** The selected nodes (and the edges between them) as clipboard text; null when nothing is selected. */
export function fragmentText(doc: FunnelDocument, nodeIds: readonly string[]): string | null {
  if (nodeIds.length === 0) return null;
  const fragment = copyFragment(doc, nodeIds);
  if (fragment.nodes.length === 0) return null;
  return JSON.stringify(fragment);
}

/** Clipboard text back to a fragment, validated with the Fragment schema; null if it is not one. */
export function fragmentFromText(text: string): Fragment | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  return parseFragment(trimmed);
}

export function fragmentBounds(f: Fragment): { x: number; y: number; width: number; height: number } {
  if (f.nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = f.nodes.map((n) => n.position.x);
  const ys = f.nodes.map((n) => n.position.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  // Positions are top-left corners; a typical node adds about this much to the right and below.
  return { x, y, width: Math.max(...xs) - x + 240, height: Math.max(...ys) - y + 120 };
}

/**
 * Where pastes go. Pasting what this tab copied repeats at growing offsets (like duplicating);
 * a fragment from elsewhere (another tab, another design) lands centred in the view.
 */
export class PastePlacer {
  #lastText: string | null = null;
  #count = 0;

  /** Remembers what this tab put on the clipboard. */
  copied(text: string): void {
    this.#lastText = text;
    this.#count = 0;
  }

  offsetFor(text: string, fragment: Fragment, viewCentre: { x: number; y: number }): { x: number; y: number } {
    if (text === this.#lastText) {
      this.#count++;
      return { x: PASTE_STEP * this.#count, y: PASTE_STEP * this.#count };
    }
    const b = fragmentBounds(fragment);
    return { x: Math.round(viewCentre.x - (b.x + b.width / 2)), y: Math.round(viewCentre.y - (b.y + b.height / 2)) };
  }
}
