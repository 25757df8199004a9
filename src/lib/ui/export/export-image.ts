/**
 * PNG and SVG pictures of the whole funnel (not just what is on screen), for slides and
 * documents. The flow's viewport element is rendered by html-to-image with a transform that fits
 * every node, on the theme's background colour.
 *
 * html-to-image is imported when a picture is asked for, not with the editor: it stays out of the
 * first load (the browser keeps the module once fetched).
 */
import { getViewportForBounds, type Rect } from '@xyflow/svelte';

export type ImageFormat = 'png' | 'svg';

const PADDING = 48;
export const EXPORTING_CLASS = 'fl-exporting';
/** Upper bound of the picture's longer side in CSS pixels (before the pixel ratio). */
const MAX_SIDE = 4000;

/** Parts of the canvas that are controls, not content. */
const EXCLUDED = ['svelte-flow__handle', 'svelte-flow__resize-control', 'svelte-flow__minimap', 'svelte-flow__panel', 'svelte-flow__edgeupdater'];

function keep(node: HTMLElement): boolean {
  const cls = node.classList;
  if (!cls) return true;
  return !EXCLUDED.some((c) => cls.contains(c)) && node.getAttribute?.('role') !== 'tooltip';
}

export interface RenderOptions {
  /** The flow's root element (`.svelte-flow`). */
  flowElement: HTMLElement;
  /** Bounds of every node, in flow coordinates. */
  bounds: Rect;
  format: ImageFormat;
  background: string;
}

/** SVG presentation properties that html-to-image would otherwise lose (it clones SVG subtrees as they are). */
const SVG_PROPS = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill', 'fill-opacity', 'opacity'] as const;

/**
 * Writes the computed colours and strokes of every SVG shape into its inline style for the
 * duration of an export (CSS classes and variables do not reach inside the cloned SVG); returns
 * the function that puts the old inline styles back.
 */
function inlineSvgStyles(root: HTMLElement): () => void {
  const shapes = [...root.querySelectorAll<SVGElement>('svg path, svg polyline, svg circle, svg rect, svg line')];
  const saved = shapes.map((el) => el.getAttribute('style'));
  for (const el of shapes) {
    const computed = getComputedStyle(el);
    for (const p of SVG_PROPS) el.style.setProperty(p, computed.getPropertyValue(p));
  }
  return () =>
    shapes.forEach((el, i) => {
      const old = saved[i];
      if (old === null) el.removeAttribute('style');
      else el.setAttribute('style', old);
    });
}

/** Renders the funnel as a PNG or SVG file. */
export async function renderImage({ flowElement, bounds, format, background }: RenderOptions): Promise<Blob> {
  const viewport = flowElement.querySelector<HTMLElement>('.svelte-flow__viewport');
  if (!viewport) throw new Error('the canvas is not ready');
  const { toBlob, toSvg } = await import('html-to-image');
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const fit = getViewportForBounds(bounds, width, height, 0.05, 2, `${Math.floor(PADDING * scale)}px`);
  const options = {
    backgroundColor: background,
    width,
    height,
    filter: keep,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
  };
  // Pictures show the funnel, not the editing state: `.fl-exporting` turns selection styles off
  // (components style it) while the DOM is cloned.
  flowElement.classList.add(EXPORTING_CLASS);
  const restore = inlineSvgStyles(viewport);
  try {
    if (format === 'png') {
      const blob = await toBlob(viewport, { ...options, pixelRatio: 2 });
      if (!blob) throw new Error('the browser could not draw the picture');
      return blob;
    }
    const url = await toSvg(viewport, options);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
  } finally {
    restore();
    flowElement.classList.remove(EXPORTING_CLASS);
  }
}
