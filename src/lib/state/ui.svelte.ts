/** What the user is looking at and has selected: not part of the document, not undoable. */
export interface Selection {
  nodes: string[];
  edges: string[];
}

export class UiState {
  selection = $state.raw<Selection>({ nodes: [], edges: [] });
  /** The node the inspector shows, when exactly one node is selected. */
  selectedNodeId = $derived(this.selection.nodes.length === 1 && this.selection.edges.length === 0 ? this.selection.nodes[0] : null);
  selectedEdgeId = $derived(this.selection.edges.length === 1 && this.selection.nodes.length === 0 ? this.selection.edges[0] : null);
  /** Asks the canvas to centre on a node (problems list, keyboard); the canvas clears it. */
  focusRequest = $state.raw<{ nodeId: string; at: number } | null>(null);

  select(selection: Partial<Selection>): void {
    this.selection = { nodes: selection.nodes ?? [], edges: selection.edges ?? [] };
  }
  clearSelection(): void {
    this.selection = { nodes: [], edges: [] };
  }
  focusNode(nodeId: string): void {
    this.select({ nodes: [nodeId] });
    this.focusRequest = { nodeId, at: Date.now() };
  }
}
