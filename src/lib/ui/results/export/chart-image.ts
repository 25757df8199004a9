/**
 * Charts as files. The charts style themselves with CSS variables (light/dark), which a file
 * cannot resolve, so the export clones the SVG and writes each element's computed presentation
 * style inline, on a background of the current surface colour. PNG is the same SVG drawn on a
 * canvas at twice the resolution.
 */

const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline',
  'paint-order', 'visibility',
] as const;

/** A standalone SVG document string of the chart, with resolved colours and fonts. */
export function svgToString(svg: SVGSVGElement, options: { title?: string; background?: string } = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  src.forEach((el, i) => {
    const target = dst[i] as SVGElement;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') {
      target.setAttribute('display', 'none');
      return;
    }
    const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
    // Attributes naming CSS variables mean nothing outside the page (the inline style wins anyway).
    for (const attr of [...target.attributes]) if (attr.value.includes('var(')) target.removeAttribute(attr.name);
  });
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const bg = options.background ?? getComputedStyle(svg).getPropertyValue('--surface').trim();
  if (bg) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', bg);
    clone.insertBefore(rect, clone.firstChild);
  }
  if (options.title) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = options.title;
    clone.insertBefore(title, clone.firstChild);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

export async function svgToPngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary link (works offline, no server). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function exportChart(svg: SVGSVGElement, format: 'svg' | 'png', filename: string, title?: string): Promise<void> {
  const text = svgToString(svg, { title });
  if (format === 'svg') {
    downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${filename}.svg`);
    return;
  }
  const { width, height } = svg.getBoundingClientRect();
  downloadBlob(await svgToPngBlob(text, width, height), `${filename}.png`);
}
