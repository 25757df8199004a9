/** Adds a palette entry to the design as a new node (drag-and-drop or click). */
import type { MessageKey } from '$lib/i18n';
import { addNode, uniqueId } from '$lib/model/ops';
import { BAND_SIZE, NOTE_SIZE, presetNode, type PaletteEntry } from '$lib/model/presets';
import type { AppState } from '$lib/state/app.svelte';
import type { FlowPoint } from '$lib/state/ui.svelte';
import type { FunnelDocument } from '$lib/model/schema';
import { entryName } from './catalog';

export const GRID = 16;
/** About how big a new node is, to put its centre under the pointer. */
const NEW_NODE_SIZE = { width: 240, height: 110 };

const snap = (v: number) => Math.round(v / GRID) * GRID;

function idPrefix(entry: PaletteEntry): string {
  switch (entry.kind) {
    case 'source':
      return entry.channel;
    case 'stage':
      return entry.preset;
    case 'outcome':
      return entry.result;
    case 'note':
      return 'note';
    case 'phase-band':
      return 'band';
  }
}

/** Width of a flow node card and a typical height, for finding free spots. */
const CARD = { width: 232, height: 130 };
const GAP = { x: 96, y: 48 };

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A free spot for a click-added node: right of the selected node (so clicking entries one after
 * another builds a chain left to right), otherwise the given point; moved along a spiral of
 * card-sized steps until it overlaps nothing.
 */
export function freeSpot(doc: FunnelDocument, size: { width: number; height: number }, at: FlowPoint, after?: string): FlowPoint {
  const occupied: Rect[] = doc.nodes
    .filter((n) => n.kind !== 'phase-band')
    .map((n) => ({ x: n.position.x, y: n.position.y, ...('size' in n && n.size ? n.size : CARD) }));
  const anchor = after ? doc.nodes.find((n) => n.id === after && n.kind !== 'phase-band' && n.kind !== 'note') : undefined;
  const start = anchor ? { x: anchor.position.x + CARD.width + GAP.x, y: anchor.position.y } : { x: at.x - size.width / 2, y: at.y - size.height / 2 };
  const step = { x: CARD.width + GAP.x, y: CARD.height + GAP.y };
  const free = (p: FlowPoint) => !occupied.some((r) => overlaps({ ...p, ...size }, { x: r.x - 8, y: r.y - 8, width: r.width + 16, height: r.height + 16 }));
  // Below the anchor first (siblings), then a spiral around the start.
  const candidates: FlowPoint[] = [start];
  if (anchor) for (let i = 1; i <= 6; i++) candidates.push({ x: start.x, y: start.y + i * step.y });
  for (let ring = 1; ring <= 8; ring++) {
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) candidates.push({ x: start.x + dx * step.x, y: start.y + dy * step.y });
      }
    }
  }
  return candidates.find(free) ?? start;
}

/**
 * Creates the node for `entry` centred on `at` (flow coordinates), selects it and returns its id.
 * With `findSpace` (click-to-add), the node goes next to the selected node or to a free spot near
 * `at`, so repeated clicks never stack nodes on top of each other.
 */
export function addPaletteEntry(app: AppState, entry: PaletteEntry, at: FlowPoint, options: { findSpace?: boolean } = {}): string | null {
  const t = app.t;
  const doc = app.doc.doc;
  const size = entry.kind === 'phase-band' ? BAND_SIZE : entry.kind === 'note' ? NOTE_SIZE : NEW_NODE_SIZE;
  let { x, y } = options.findSpace
    ? freeSpot(doc, size, at, app.ui.selectedNodeId ?? undefined)
    : { x: at.x - size.width / 2, y: at.y - size.height / 2 };
  if (app.ui.snapToGrid) {
    x = snap(x);
    y = snap(y);
  }
  const label = entry.kind === 'note' ? '' : entry.kind === 'phase-band' ? t('editor.band.defaultLabel') : entryName(entry, t);
  const node = presetNode(entry, {
    id: uniqueId(doc, idPrefix(entry)),
    position: { x, y },
    periodUnit: doc.settings.periodUnit,
    label,
    contentTitle: (type) => t(`editor.content.${type}` as MessageKey),
  });
  let id: string | null = null;
  app.doc.apply(
    (d) => {
      id = addNode(d, node);
    },
    { label: 'editor.history.add' },
  );
  if (id) {
    app.ui.select({ nodes: [id] });
    if (options.findSpace) app.ui.canvas?.reveal(id);
    app.notices.show({ tone: 'success', message: 'editor.palette.added', params: { name: entryName(entry, t) }, key: 'canvas', timeout: 2500 });
  }
  return id;
}
