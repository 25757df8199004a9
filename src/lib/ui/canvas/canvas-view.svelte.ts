/**
 * What the canvas shows of the funnel: zoom, fit, auto-layout followed by a fit, panning to a
 * node added off-screen or asked for by the problems list or inspector, and a fit when a
 * different design opens. Create it while the canvas component initialises (it starts effects).
 */
import { untrack } from 'svelte';
import type { useSvelteFlow } from '@xyflow/svelte';
import type { AppState } from '$lib/state/app.svelte';
import type { FlowPoint } from '$lib/state/ui.svelte';
import type { CanvasContext } from './canvas-context.svelte';
import { idSet } from './derive';
import type { FunnelFlowEdge, FunnelFlowNode } from './projection';

type Flow = ReturnType<typeof useSvelteFlow<FunnelFlowNode, FunnelFlowEdge>>;

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;

export class CanvasView {
  /** Ids of the nodes shown last, to tell an edit of this design from a different design. */
  #shownIds: ReadonlySet<string> = idSet([]);

  constructor(
    private app: AppState,
    private ctx: CanvasContext,
    private flow: Flow,
    /** The canvas element (undefined before it mounts). */
    private root: () => HTMLElement | undefined,
    /** Auto-layout through the document (loading its code first); the number of nodes it moved. */
    private autoLayout: (retry: () => void) => Promise<number>,
  ) {
    // A different design (opened, imported, a template, a shared link, undoing those): show all of it.
    $effect(() => {
      const ids = this.ctx.doc.nodes.map((n) => n.id);
      const before = this.#shownIds;
      this.#shownIds = idSet(ids);
      if (ids.length > 0 && !ids.some((id) => before.has(id)) && before.size + ids.length > 1) {
        untrack(() => requestAnimationFrame(() => this.flow.fitView({ padding: 0.12, maxZoom: 1, duration: before.size ? 200 : 0 })));
      }
    });

    // Centre on a node asked for by the problems list or the inspector.
    $effect(() => {
      const request = this.app.ui.focusRequest;
      if (!request) return;
      untrack(() => {
        this.app.ui.focusRequest = null;
        const el = this.#nodeElement(request.nodeId);
        this.flow.fitView({ nodes: [{ id: request.nodeId }], duration: 300, maxZoom: 1.2, minZoom: 0.5, padding: 0.6 });
        el?.focus({ preventScroll: true });
      });
    });
  }

  #nodeElement(id: string): HTMLElement | null | undefined {
    return this.root()?.querySelector<HTMLElement>(`.svelte-flow__node[data-id="${CSS.escape(id)}"]`);
  }

  /** The centre of the visible area in flow coordinates. */
  viewCentre = (): FlowPoint => {
    const r = this.root()?.getBoundingClientRect();
    if (!r) return { x: 0, y: 0 };
    return this.flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }, { snapToGrid: false });
  };

  // flow.zoomIn/zoomOut are bound to the provider's first store (before the flow mounts); setZoom
  // reads the live one.
  zoomBy = (factor: number): void => {
    void this.flow.setZoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.flow.getZoom() * factor)), { duration: 150 });
  };

  fit = (): void => {
    void this.flow.fitView({ padding: 0.15, duration: 250, maxZoom: 1.25 });
  };

  /** True while a tidy-up waits for its code (the first one): another request is ignored meanwhile. */
  layingOut = $state(false);

  layout = (): void => {
    if (this.layingOut) return;
    this.layingOut = true;
    void this.autoLayout(this.layout)
      .then((moved) => {
        if (moved > 0) requestAnimationFrame(() => this.fit());
      })
      .finally(() => (this.layingOut = false));
  };

  /** Pans to a node if it is not fully visible (after the next frame, once it is measured). */
  reveal = (id: string): void => {
    requestAnimationFrame(() => {
      const el = this.#nodeElement(id);
      const box = this.root()?.getBoundingClientRect();
      if (!el || !box) return;
      const r = el.getBoundingClientRect();
      const inside = r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom - 64;
      if (inside) return;
      const node = this.flow.getInternalNode(id);
      if (!node) return;
      const w = node.measured.width ?? 232;
      const h = node.measured.height ?? 120;
      void this.flow.setCenter(node.internals.positionAbsolute.x + w / 2, node.internals.positionAbsolute.y + h / 2, { zoom: this.flow.getZoom(), duration: 250 });
    });
  };
}
