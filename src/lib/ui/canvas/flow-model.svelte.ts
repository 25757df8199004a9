/**
 * The nodes and edges Svelte Flow shows: a projection of the document (plus selection, problem
 * flags and accessible names), kept in step with what Svelte Flow writes back while it works (a
 * drag in flight, measured sizes). The document stays the only source of truth: every document or
 * selection change rebuilds the projection, reusing the last objects Svelte Flow saw so it keeps
 * their measured sizes and handle positions (see projection.ts).
 */
import { untrack } from 'svelte';
import type { InternalNode, useSvelteFlow } from '@xyflow/svelte';
import type { MessageKey } from '$lib/i18n';
import type { Node as DocNode } from '$lib/model/schema';
import type { AppState } from '$lib/state/app.svelte';
import type { Size } from '$lib/state/auto-layout';
import { rateText } from '$lib/ui/nodes/dist-text';
import type { CanvasContext } from './canvas-context.svelte';
import { idSet, sizeMap } from './derive';
import { projectEdges, projectNodes, type FunnelFlowEdge, type FunnelFlowNode } from './projection';

type Flow = ReturnType<typeof useSvelteFlow<FunnelFlowNode, FunnelFlowEdge>>;

export class FlowModel {
  readonly #app: AppState;
  readonly #ctx: CanvasContext;
  readonly #flow: Flow;
  /** The last arrays Svelte Flow saw (with its measured sizes), the base of the next projection. */
  #nodeCache: FunnelFlowNode[] = [];
  #edgeCache: FunnelFlowEdge[] = [];
  #flagged = $derived.by(() => idSet([...this.#ctx.nodeProblems.keys(), ...this.#ctx.overflow.keys()]));

  /** Rebuilt from the document; overridden (through `setNodes`) while Svelte Flow moves things. */
  nodes = $derived.by(() => {
    const t = this.#app.t;
    const kindName = (n: DocNode) => t(`editor.kind.${n.kind}` as MessageKey);
    const input = {
      selectedNodes: idSet(this.#app.ui.selection.nodes),
      flagged: this.#flagged,
      label: (n: DocNode) => t('editor.node.aria', { kind: kindName(n), label: n.label || t('editor.node.untitled') }),
    };
    return (this.#nodeCache = projectNodes(this.#ctx.doc, input, untrack(() => this.#nodeCache)));
  });

  edges = $derived.by(() => {
    const t = this.#app.t;
    const input = {
      selectedEdges: idSet(this.#app.ui.selection.edges),
      overflow: this.#ctx.overflow,
      label: (e: { source: string; target: string; id: string }) =>
        t('editor.edge.aria', { source: this.#ctx.nodeLabel(e.source), target: this.#ctx.nodeLabel(e.target), rate: this.#edgeRate(e.id) }),
    };
    return (this.#edgeCache = projectEdges(this.#ctx.doc, input, untrack(() => this.#edgeCache)));
  });

  constructor(app: AppState, ctx: CanvasContext, flow: Flow) {
    this.#app = app;
    this.#ctx = ctx;
    this.#flow = flow;
  }

  #edgeRate(id: string): string {
    const e = this.#ctx.doc.edges.find((x) => x.id === id);
    return e ? rateText(e.rate, this.#app.i18n.locale) : '';
  }

  /** For `bind:nodes`: what Svelte Flow writes back (drag positions, measured sizes). */
  setNodes = (v: FunnelFlowNode[]): void => {
    this.#nodeCache = v;
    this.nodes = v;
  };
  setEdges = (v: FunnelFlowEdge[]): void => {
    this.#edgeCache = v;
    this.edges = v;
  };

  /** Measured sizes of the nodes on screen (for the auto-layout). */
  sizes = (): Map<string, Size> =>
    sizeMap(
      this.#nodeCache.map((n) => {
        const internal = this.#flow.getInternalNode(n.id) as InternalNode<FunnelFlowNode> | undefined;
        return { id: n.id, width: internal?.measured.width ?? n.measured?.width, height: internal?.measured.height ?? n.measured?.height };
      }),
    );
}
