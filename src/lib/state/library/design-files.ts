/**
 * Design files the user opens or saves: reading a picked or dropped file (oversized ones
 * refused unread), what a refused file reports, and the file text of a design.
 */
import { MAX_FILE_BYTES, serializeDocument } from '$lib/model/io';
import { problem, type Problem } from '$lib/model/problem';
import type { FunnelDocument } from '$lib/model/schema';
import { exportFileName, readFileText } from '../file-io';

/** A file that was refused, or opened with warnings. */
export interface ImportReport {
  fileName: string;
  ok: boolean;
  problems: Problem[];
}

/** A file's text, or the problems that kept it from being read (too large, not text). */
export async function readDesignFile(file: File): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  try {
    const read = await readFileText(file, MAX_FILE_BYTES);
    if (read.ok) return { ok: true, text: read.text };
    const mb = (n: number) => String(Math.round((n / (1024 * 1024)) * 10) / 10);
    return { ok: false, problems: [problem('error', 'import.tooLarge', { size: mb(read.size), limit: mb(MAX_FILE_BYTES) }, [])] };
  } catch {
    return { ok: false, problems: [problem('error', 'import.notText', {}, [])] };
  }
}

/** A design as file text and a safe `<title>.funnel.json` name. */
export function designFile(doc: FunnelDocument): { fileName: string; text: string } {
  return { fileName: exportFileName(doc.meta.title), text: serializeDocument(doc) };
}
