/** What the user is looking at and has selected: not part of the document, not undoable. */
export interface Selection {
  nodes: string[];
  edges: string[];
}

/** A point in flow coordinates. */
export interface FlowPoint {
  x: number;
  y: number;
}

/**
 * What the canvas offers to the rest of the app (palette, toolbar, menus). The canvas registers
 * it when it mounts and removes it when it unmounts; callers check for null.
 */
export interface CanvasBridge {
  /** The centre of the visible area, in flow coordinates (where click-added nodes go). */
  viewCentre(): FlowPoint;
  fitView(): void;
  /** Pans so the node is in view (after it was added off-screen). */
  reveal(nodeId: string): void;
  autoLayout(): void;
  exportImage(format: 'png' | 'svg'): Promise<void>;
  copyShareLink(): Promise<void>;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export class UiState {
  selection = $state.raw<Selection>({ nodes: [], edges: [] });
  /** The node the inspector shows, when exactly one node is selected. */
  selectedNodeId = $derived(this.selection.nodes.length === 1 && this.selection.edges.length === 0 ? this.selection.nodes[0] : null);
  selectedEdgeId = $derived(this.selection.edges.length === 1 && this.selection.nodes.length === 0 ? this.selection.edges[0] : null);
  /** Asks the canvas to centre on a node (problems list, keyboard); the canvas clears it. */
  focusRequest = $state.raw<{ nodeId: string; at: number } | null>(null);
  /**
   * Asks the inspector to move keyboard focus to its first field (Enter on a node, double-click
   * on a node). The inspector clears it after focusing.
   */
  inspectorFocusRequest = $state.raw<{ id: string; at: number } | null>(null);

  /** Canvas preferences. */
  snapToGrid = $state(true);
  showMinimap = $state(true);
  /** The keyboard shortcut sheet (`?`). */
  shortcutsOpen = $state(false);
  /**
   * Templates: the template gallery sets `templatesAvailable` while it is mounted; the empty
   * canvas then offers a button that sets `templatesOpen`.
   */
  templatesAvailable = $state(false);
  templatesOpen = $state(false);

  /** Set by the canvas while it is mounted (not reactive: callers use it in event handlers). */
  canvas: CanvasBridge | null = null;

  select(selection: Partial<Selection>): void {
    const next = { nodes: selection.nodes ?? [], edges: selection.edges ?? [] };
    // Keep the same object when nothing changed: the canvas echoes selections back.
    if (sameIds(next.nodes, this.selection.nodes) && sameIds(next.edges, this.selection.edges)) return;
    this.selection = next;
  }
  clearSelection(): void {
    this.select({ nodes: [], edges: [] });
  }
  focusNode(nodeId: string): void {
    this.select({ nodes: [nodeId] });
    this.focusRequest = { nodeId, at: Date.now() };
  }
  /** Selects a node or edge and asks the inspector to take keyboard focus. */
  openInInspector(target: { nodeId?: string; edgeId?: string }): void {
    if (target.nodeId) this.select({ nodes: [target.nodeId] });
    else if (target.edgeId) this.select({ edges: [target.edgeId] });
    const id = target.nodeId ?? target.edgeId;
    if (id) this.inspectorFocusRequest = { id, at: Date.now() };
  }
}
