/**
 * Files in and out of the browser: a safe download name for a design, a download through a Blob
 * and a temporary anchor, and reading a picked or dropped file as text.
 */

export const DESIGN_EXTENSION = '.funnel.json';

/**
 * `<title>.funnel.json` with everything a file system or a download dialog dislikes removed:
 * path separators, reserved characters, control characters, leading dots and trailing spaces,
 * Windows device names; at most 100 characters before the extension.
 */
export function exportFileName(title: string, fallback = 'funnel', extension = DESIGN_EXTENSION): string {
  let name = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = `${name}-funnel`;
  name = [...name].slice(0, 100).join('').trim();
  return `${name || fallback}${extension}`;
}

/** Starts a download of `content` named `fileName`. */
export function downloadBlob(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Reads a file as text, refusing files larger than `maxBytes` before reading them into memory. */
export async function readFileText(file: Blob, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; tooLarge: true; size: number }> {
  if (file.size > maxBytes) return { ok: false, tooLarge: true, size: file.size };
  return { ok: true, text: await file.text() };
}
