/**
 * Known answers: digests of everything the engine writes for the benchmark models, recorded
 * from the run-by-run engine before runs were simulated side by side in blocks. The block engine
 * must reproduce them bit for bit — each run's stream, its order of draws and its order of
 * sums are unchanged — across a full block, a second one and a partial third (130 runs).
 *
 * A change that alters results on purpose (a different sampler, say) updates these digests and
 * says why in its commit; any other change that moves them is a bug.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/model/io/parse';
import { compile } from '$lib/sim/compile';
import { simulate } from '$lib/sim/engine';
import type { RawResults } from '$lib/sim/raw';

/** FNV-1a (32 bit) over the bytes of every typed array of the results, in key order. */
function digestOf(raw: RawResults): string {
  let h = 0x811c9dc5;
  for (const key of Object.keys(raw).sort()) {
    const v = (raw as unknown as Record<string, unknown>)[key];
    if (!ArrayBuffer.isView(v)) continue;
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const KNOWN: Record<string, string> = {
  'm1-b2b-pipeline.funnel.json': '8c9577a2',
  'm2-wide.funnel.json': '7514682b',
  'm3-aida.funnel.json': '11f5f863',
};

describe('engine known answers', () => {
  for (const [file, digest] of Object.entries(KNOWN)) {
    it(`reproduces ${file}`, () => {
      const parsed = parseDocument(readFileSync(new URL(`../../../../bench/models/${file}`, import.meta.url), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
      const raw = simulate(compile(parsed.doc), 2026, 0, 130);
      expect(digestOf(raw)).toBe(digest);
    });
  }
});
