/**
 * Edits from the inspector, all through the document store so each is undoable. Every field has
 * its own coalesce key: a typing burst in one field is one undo step, and switching to another
 * field starts a new one. Step labels are message keys, so undo tooltips follow the language.
 */
import type { AppState } from '$lib/state/app.svelte';
import { updateEdge, updateMeta, updateNode, updateSettings } from '$lib/model/ops';
import type { Dist, Edge, Meta, Node, NodeKind, Settings } from '$lib/model/schema';
import type { MessageKey } from '$lib/i18n/messages';

export type NodeOf<K extends NodeKind> = Extract<Node, { kind: K }>;

/** A fixed value, the starting point of a part switched on (capacity, revenue, recurring revenue). */
export const fixedDist = (value: number): Dist => ({ type: 'fixed', value });

/** Changes a node of a known kind; `field` names the coalesce key (`node:<id>:<field>`). */
export function editNode<K extends NodeKind>(
  app: AppState,
  id: string,
  kind: K,
  field: string,
  mutate: (node: NodeOf<K>) => void,
  label: MessageKey | '' = '',
): void {
  app.doc.apply(
    (d) => {
      updateNode(d, id, (n) => {
        if (n.kind === kind) mutate(n as NodeOf<K>);
      });
    },
    { coalesce: `node:${id}:${field}`, label },
  );
}

export function editEdge(app: AppState, id: string, field: string, mutate: (edge: Edge) => void, label: MessageKey | '' = ''): void {
  app.doc.apply((d) => void updateEdge(d, id, mutate), { coalesce: `edge:${id}:${field}`, label });
}

export function editMeta(app: AppState, patch: Partial<Meta>, field: string, label: MessageKey | '' = ''): void {
  app.doc.apply((d) => updateMeta(d, patch), { coalesce: `meta:${field}`, label });
}

export function editSettings(app: AppState, patch: Partial<Settings>, field: string, label: MessageKey | '' = ''): void {
  app.doc.apply((d) => updateSettings(d, patch), { coalesce: `settings:${field}`, label });
}
