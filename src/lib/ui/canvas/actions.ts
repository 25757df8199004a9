/**
 * Editing commands of the canvas (delete, duplicate, select all, clipboard, nudge, auto-layout),
 * each one undo step through the document store. Shared by keyboard shortcuts and buttons.
 */
import { copyFragment, moveNodes, pasteFragment, removeElements } from '$lib/model/ops';
import type { Size } from '$lib/state/auto-layout';
import { PastePlacer, fragmentFromText, fragmentText } from '$lib/state/clipboard';
import type { AppState } from '$lib/state/app.svelte';
import type { FlowPoint } from '$lib/state/ui.svelte';
import type { NoticeTone } from '$lib/state/notices.svelte';
import type { MessageKey } from '$lib/i18n';
import { layoutModule } from './lazy-parts';

export const DUPLICATE_OFFSET = 32;

export class CanvasActions {
  readonly placer = new PastePlacer();

  constructor(
    private app: AppState,
    /** Measured sizes of the nodes on screen (for the layout). */
    private sizes: () => ReadonlyMap<string, Size>,
    private viewCentre: () => FlowPoint,
  ) {}

  #notify(tone: NoticeTone, message: MessageKey, params?: Record<string, number>) {
    this.app.notices.show({ tone, message, params, key: 'canvas' });
  }

  get #sel() {
    return this.app.ui.selection;
  }

  hasSelection(): boolean {
    return this.#sel.nodes.length + this.#sel.edges.length > 0;
  }

  deleteSelection(): void {
    const { nodes, edges } = this.#sel;
    if (nodes.length + edges.length === 0) return;
    let removed = 0;
    this.app.doc.apply(
      (d) => {
        const r = removeElements(d, { nodes, edges });
        removed = r.nodes.length + r.edges.length;
      },
      { label: 'editor.history.delete' },
    );
    this.app.ui.clearSelection();
    if (removed) this.#notify('info', 'editor.status.deleted', { count: removed });
  }

  selectAll(): void {
    const doc = this.app.doc.doc;
    this.app.ui.select({ nodes: doc.nodes.map((n) => n.id), edges: doc.edges.map((e) => e.id) });
  }

  duplicate(): void {
    const ids = this.#sel.nodes;
    if (ids.length === 0) return;
    const fragment = copyFragment(this.app.doc.doc, ids);
    let pasted: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
    this.app.doc.apply((d) => void (pasted = pasteFragment(d, fragment, { x: DUPLICATE_OFFSET, y: DUPLICATE_OFFSET })), {
      label: 'editor.history.duplicate',
    });
    this.app.ui.select(pasted);
  }

  /** Text for the clipboard (the selected nodes and the edges between them), or null. */
  copyText(): string | null {
    const text = fragmentText(this.app.doc.doc, this.#sel.nodes);
    if (text) {
      this.placer.copied(text);
      this.#notify('info', 'editor.clipboard.copied', { count: this.#sel.nodes.length });
    }
    return text;
  }

  cutText(): string | null {
    const text = fragmentText(this.app.doc.doc, this.#sel.nodes);
    if (!text) return null;
    const count = this.#sel.nodes.length;
    this.placer.copied(text);
    this.app.doc.apply((d) => void removeElements(d, { nodes: this.#sel.nodes }), { label: 'editor.history.cut' });
    this.app.ui.clearSelection();
    this.#notify('info', 'editor.clipboard.cut', { count });
    return text;
  }

  /** Pastes clipboard text; false (with a message) when it is not a Funnel Lab fragment. */
  paste(text: string): boolean {
    const fragment = fragmentFromText(text);
    if (!fragment) {
      this.#notify('warning', 'editor.clipboard.invalid');
      return false;
    }
    const offset = this.placer.offsetFor(text, fragment, this.viewCentre());
    let pasted: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
    this.app.doc.apply((d) => void (pasted = pasteFragment(d, fragment, offset)), { label: 'editor.history.paste' });
    if (pasted.nodes.length === 0) {
      this.#notify('warning', 'editor.clipboard.invalid');
      return false;
    }
    this.app.ui.select(pasted);
    this.#notify('info', 'editor.clipboard.pasted', { count: pasted.nodes.length });
    return true;
  }

  /** Moves nodes by (dx, dy); repeated nudges within a second are one undo step. */
  nudge(ids: readonly string[], dx: number, dy: number): void {
    if (ids.length === 0) return;
    const doc = this.app.doc.doc;
    const set = new Set(ids);
    const moves = doc.nodes.filter((n) => set.has(n.id)).map((n) => ({ id: n.id, x: n.position.x + dx, y: n.position.y + dy }));
    this.app.doc.apply((d) => moveNodes(d, moves), { label: 'editor.history.move', coalesce: `nudge:${ids.join(',')}` });
  }

  /**
   * Lays the funnel out left to right as one undo step. The layout code (with dagre) is fetched on
   * first use; when that fails, an error notice (with `retry`, if given) says so and nothing
   * changes. Resolves to the number of flow nodes moved.
   */
  async autoLayout(retry?: () => void): Promise<number> {
    let layout = layoutModule.current;
    if (!layout) {
      try {
        layout = await layoutModule.load();
      } catch (error) {
        this.app.notices.show({
          tone: 'error',
          message: 'common.loadFailed',
          params: { message: error instanceof Error ? error.message : String(error) },
          action: retry ? { label: 'shell.panel.retry', run: retry } : undefined,
          key: 'canvas',
        });
        return 0;
      }
    }
    // The document as it is now (it may have changed while the code loaded).
    const moves = layout.autoLayout(this.app.doc.doc, this.sizes());
    if (moves.length === 0) return 0;
    this.app.doc.apply(
      (d) => {
        moveNodes(
          d,
          moves.map((m) => ({ id: m.id, x: m.position.x, y: m.position.y })),
        );
        for (const m of moves) {
          if (!m.size) continue;
          const n = d.nodes.find((x) => x.id === m.id);
          if (n && (n.kind === 'phase-band' || n.kind === 'note')) n.size = m.size;
        }
      },
      { label: 'editor.history.layout' },
    );
    const count = moves.filter((m) => !m.size).length;
    this.#notify('success', 'editor.status.laidOut', { count });
    return count;
  }
}
