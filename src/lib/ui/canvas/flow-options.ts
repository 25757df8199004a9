/** Fixed settings of the Svelte Flow canvas that are not behaviour: accessible texts, overview-map colours, types. */
import type { EdgeTypes, NodeTypes } from '@xyflow/svelte';
import type { Node as DocNode } from '$lib/model/schema';
import type { AppState } from '$lib/state/app.svelte';
import SourceNode from '$lib/ui/nodes/SourceNode.svelte';
import StageNode from '$lib/ui/nodes/StageNode.svelte';
import OutcomeNode from '$lib/ui/nodes/OutcomeNode.svelte';
import NoteNode from '$lib/ui/nodes/NoteNode.svelte';
import PhaseBandNode from '$lib/ui/nodes/PhaseBandNode.svelte';
import RateEdge from '$lib/ui/edges/RateEdge.svelte';

export const nodeTypes: NodeTypes = { source: SourceNode, stage: StageNode, outcome: OutcomeNode, note: NoteNode, 'phase-band': PhaseBandNode };
export const edgeTypes: EdgeTypes = { rate: RateEdge };

/** Svelte Flow's own screen-reader texts, in the interface language. */
export function ariaLabels(t: AppState['t']) {
  return {
    'node.a11yDescription.default': t('editor.canvas.a11yNode'),
    'node.a11yDescription.keyboardDisabled': t('editor.canvas.a11yNode'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
      t('editor.canvas.a11yMoved', { direction, x, y }),
    'edge.a11yDescription.default': t('editor.canvas.a11yEdge'),
    'controls.ariaLabel': t('editor.canvas.controls'),
    'minimap.ariaLabel': t('editor.canvas.minimap'),
    'handle.ariaLabel': t('editor.canvas.handle'),
  };
}

/** A node's colour in the overview map: its kind's (a stage its phase's); bands not at all. */
export function minimapColor(n: { data: Record<string, unknown> }): string {
  const d = (n.data as { node: DocNode }).node;
  if (d.kind === 'source') return 'var(--kind-source)';
  if (d.kind === 'stage') return `var(--phase-${d.phase})`;
  if (d.kind === 'outcome') return d.result === 'won' ? 'var(--kind-won)' : 'var(--kind-lost)';
  if (d.kind === 'phase-band') return 'transparent';
  return 'var(--border-strong)';
}
