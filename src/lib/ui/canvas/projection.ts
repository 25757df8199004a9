/**
 * The document projected into Svelte Flow's nodes and edges. The document is the only source of
 * truth; these arrays are rebuilt from it after every change. A projected element is reused
 * (same object) when its document element and selection did not change, so Svelte Flow keeps its
 * internals; a rebuilt node keeps the size Svelte Flow measured (otherwise it would hide the node
 * until measured again and lose its handle positions).
 */
import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/svelte';
import type { Edge, FunnelDocument, Node, NodeKind } from '$lib/model/schema';
import { isFlowNode } from '$lib/model/schema';

export interface NodeData extends Record<string, unknown> {
  node: Node;
}
export interface EdgeData extends Record<string, unknown> {
  edge: Edge;
  overflow: boolean;
}
export type FunnelFlowNode = FlowNode<NodeData, NodeKind>;
export type FunnelFlowEdge = FlowEdge<EdgeData, 'rate'>;

export const FLOW_ID = 'funnel';
/** Svelte Flow's own keyboard description, kept next to the problem tooltip. */
export const NODE_DESC_ID = `svelte-flow__node-desc-${FLOW_ID}`;
export const problemTooltipId = (nodeId: string) => `node-problems-${nodeId}`;

/** Bands sit behind everything, even when selected (selection adds 1000). */
const BAND_Z = -2000;

export interface ProjectionInput {
  selectedNodes: ReadonlySet<string>;
  /** Nodes with a problem (outlined, tooltip described by). */
  flagged: ReadonlySet<string>;
  label: (node: Node) => string;
}

export function projectNodes(doc: FunnelDocument, input: ProjectionInput, previous: readonly FunnelFlowNode[]): FunnelFlowNode[] {
  const prev = new Map(previous.map((n) => [n.id, n]));
  return doc.nodes.map((node) => {
    const selected = input.selectedNodes.has(node.id);
    const flagged = input.flagged.has(node.id);
    const label = input.label(node);
    const old = prev.get(node.id);
    if (
      old &&
      old.data.node === node &&
      old.selected === selected &&
      old.ariaLabel === label &&
      (old.domAttributes?.['aria-describedby']?.includes('node-problems') ?? false) === flagged
    ) {
      return old;
    }
    const flow: FunnelFlowNode = {
      id: node.id,
      type: node.kind,
      position: { x: node.position.x, y: node.position.y },
      data: { node },
      selected,
      ariaLabel: label,
      deletable: false,
      connectable: isFlowNode(node),
      domAttributes: { 'aria-describedby': flagged ? `${NODE_DESC_ID} ${problemTooltipId(node.id)}` : NODE_DESC_ID },
    };
    if (old?.measured) flow.measured = old.measured;
    if (node.kind === 'phase-band') {
      flow.zIndex = BAND_Z;
      flow.width = node.size.width;
      flow.height = node.size.height;
      flow.measured = { width: node.size.width, height: node.size.height };
    } else if (node.kind === 'note' && node.size) {
      flow.width = node.size.width;
      flow.height = node.size.height;
      flow.measured = { width: node.size.width, height: node.size.height };
    }
    return flow;
  });
}

export interface EdgeProjectionInput {
  selectedEdges: ReadonlySet<string>;
  overflow: ReadonlyMap<string, number>;
  label: (edge: Edge) => string;
}

export function projectEdges(doc: FunnelDocument, input: EdgeProjectionInput, previous: readonly FunnelFlowEdge[]): FunnelFlowEdge[] {
  const prev = new Map(previous.map((e) => [e.id, e]));
  return doc.edges.map((edge) => {
    const selected = input.selectedEdges.has(edge.id);
    const overflow = input.overflow.has(edge.source);
    const label = input.label(edge);
    const old = prev.get(edge.id);
    if (old && old.data?.edge === edge && old.selected === selected && old.data.overflow === overflow && old.ariaLabel === label) return old;
    return {
      id: edge.id,
      type: 'rate',
      source: edge.source,
      target: edge.target,
      data: { edge, overflow },
      selected,
      deletable: false,
      ariaLabel: label,
    };
  });
}
