/**
 * Saved data that could not be read. It is never overwritten or deleted until the user chooses
 * what to do: restore the backup, download the data, go back, or start a new design.
 */
import { problem, type Problem } from '$lib/model/problem';
import type { FunnelDocument } from '$lib/model/schema';
import { exportFileName } from '../file-io';
import { summarize } from '../library';

/** Saved data that could not be read, waiting for the user's choice. */
export interface Recovery {
  id: string;
  /** Best-effort title from the damaged data ('' when unknown). */
  title: string;
  /** The damaged text, exactly as stored (for download). */
  raw: string;
  problems: Problem[];
  /** The previous save, when it is sound. */
  backup: FunnelDocument | null;
  /** The design that was open before (still in the store), to go back to; null at start-up. */
  previousId: string | null;
}

/**
 * What the recovery dialog needs for damaged design `id`. The title comes from the damaged text
 * when it can be read there, else from the index (`listedTitle`).
 */
export function damagedDesign(
  id: string,
  raw: string,
  problems: Problem[],
  backup: FunnelDocument | null,
  previousId: string | null,
  listedTitle: string | undefined,
): Recovery {
  return {
    id,
    title: summarize(raw)?.title || listedTitle || '',
    raw,
    problems: problems.length ? problems : [problem('error', 'import.unexpected', { detail: 'unreadable' }, [])],
    backup,
    previousId,
  };
}

/** The damaged data as a download, named after its title (or `untitled`). */
export function damagedFile(recovery: Recovery, untitled: string): { fileName: string; text: string } {
  const base = recovery.title || untitled;
  return { fileName: exportFileName(`${base} damaged`, 'funnel-damaged', '.json'), text: recovery.raw };
}
