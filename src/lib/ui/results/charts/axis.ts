/**
 * d3-axis as a Svelte action: `<g use:axis={{ orient: 'bottom', scale, format }} />`. d3 draws
 * ticks with `currentColor`, so the axis follows the theme through CSS `color`.
 */
import { axisBottom, axisLeft, select, type AxisScale } from 'd3';

export interface AxisParams {
  orient: 'bottom' | 'left';
  scale: AxisScale<number>;
  ticks?: number;
  format?: (v: number) => string;
  /** Explicit tick values (e.g. whole periods). */
  values?: number[];
  /** Tick line length; a negative inner size draws grid lines across the plot. */
  tickSize?: number;
}

function draw(node: SVGGElement, p: AxisParams): void {
  const a = p.orient === 'bottom' ? axisBottom(p.scale) : axisLeft(p.scale);
  if (p.ticks !== undefined) a.ticks(p.ticks);
  if (p.values) a.tickValues(p.values);
  if (p.format) a.tickFormat((d) => p.format!(d));
  a.tickSizeOuter(0);
  if (p.tickSize !== undefined) a.tickSizeInner(p.tickSize);
  select(node).call(a);
  // The font comes from the page (and is inlined on export), not d3's 10px sans-serif.
  node.removeAttribute('font-family');
  node.removeAttribute('font-size');
}

export function axis(node: SVGGElement, params: AxisParams) {
  draw(node, params);
  return {
    update(next: AxisParams) {
      draw(node, next);
    },
  };
}
