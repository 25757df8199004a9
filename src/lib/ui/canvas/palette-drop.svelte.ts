/**
 * Palette entries dragged onto the canvas: highlight while one is over it, add the node where it
 * is dropped. Files dropped anywhere (the canvas included) are opened by the shell's drop overlay,
 * so only palette drags are handled here.
 */
import type { useSvelteFlow } from '@xyflow/svelte';
import { paletteEntry } from '$lib/model/presets';
import type { AppState } from '$lib/state/app.svelte';
import { ENTRY_MIME } from '$lib/ui/palette/dnd';
import { addPaletteEntry } from '$lib/ui/palette/add-entry';
import type { FunnelFlowEdge, FunnelFlowNode } from './projection';

type Flow = ReturnType<typeof useSvelteFlow<FunnelFlowNode, FunnelFlowEdge>>;

const isPaletteDrag = (e: DragEvent) => !!e.dataTransfer?.types.includes(ENTRY_MIME);

export class PaletteDrop {
  /** A palette entry is being dragged over the canvas. */
  active = $state(false);

  constructor(
    private app: AppState,
    private flow: Flow,
    private root: () => HTMLElement | undefined,
  ) {}

  ondragover = (e: DragEvent): void => {
    if (!isPaletteDrag(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.active = true;
  };

  ondragleave = (e: DragEvent): void => {
    if (!this.root()?.contains(e.relatedTarget as Node | null)) this.active = false;
  };

  ondrop = (e: DragEvent): void => {
    this.active = false;
    if (!isPaletteDrag(e)) return;
    e.preventDefault();
    const entry = paletteEntry(e.dataTransfer!.getData(ENTRY_MIME));
    if (!entry) return;
    const at = this.flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
    addPaletteEntry(this.app, entry, at);
  };
}
