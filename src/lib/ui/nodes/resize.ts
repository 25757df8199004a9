/** Commits a finished resize (NodeResizer) of a note or phase band as one undo step. */
import type { ResizeParams } from '@xyflow/svelte';
import { updateNode } from '$lib/model/ops';
import type { AppState } from '$lib/state/app.svelte';

export function commitResize(app: AppState, id: string, p: ResizeParams): void {
  const width = Math.max(20, Math.round(p.width));
  const height = Math.max(20, Math.round(p.height));
  app.doc.apply(
    (d) =>
      void updateNode(d, id, (n) => {
        if (n.kind !== 'note' && n.kind !== 'phase-band') return;
        n.size = { width, height };
        n.position = { x: Math.round(p.x), y: Math.round(p.y) };
      }),
    { label: 'editor.history.resize' },
  );
}
