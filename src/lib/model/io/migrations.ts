/**
 * Migrations of older file versions (DESIGN.md §2). The registry is append-only and contiguous:
 * `MIGRATIONS[v]` turns a version-v document into version v+1, for every v from FIRST_VERSION to
 * CURRENT_VERSION−1. Never edit a released step; add the next one with a fixture pair
 * tests/fixtures/migrations/v<N>.funnel.json → v<N+1>.expected.json (io.test.ts checks each step).
 * v1 is the first version, so the registry is empty today; the machinery is tested with a
 * synthetic chain.
 */
import { CURRENT_VERSION } from '../schema';

/** Raw JSON object of a file (any version). Steps must not mutate their input. */
export type RawDocument = Record<string, unknown>;
export type Migration = (doc: RawDocument) => RawDocument;
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export const FIRST_VERSION = 1;

export const MIGRATIONS: MigrationRegistry = Object.freeze({});

/** Gaps or extra steps in a registry (empty when it is contiguous from `first` to `current`). */
export function registryGaps(registry: MigrationRegistry, first = FIRST_VERSION, current = CURRENT_VERSION): string[] {
  const out: string[] = [];
  for (let v = first; v < current; v++) if (typeof registry[v] !== 'function') out.push(`missing step ${v} → ${v + 1}`);
  for (const key of Object.keys(registry)) {
    const v = Number(key);
    if (!Number.isInteger(v) || v < first || v >= current) out.push(`unexpected step ${key}`);
  }
  return out;
}

export type MigrationResult =
  | { ok: true; doc: RawDocument; applied: number[] }
  | { ok: false; version: number; reason: 'missing' | 'failed'; detail: string };

/**
 * Runs the steps from `from` up to `current`; each step's output gets `version` v+1. A missing
 * step or a step that throws is reported, never thrown.
 */
export function migrate(
  doc: RawDocument,
  from: number,
  registry: MigrationRegistry = MIGRATIONS,
  current = CURRENT_VERSION,
): MigrationResult {
  let value = doc;
  const applied: number[] = [];
  for (let v = from; v < current; v++) {
    const step = registry[v];
    if (typeof step !== 'function') return { ok: false, version: v, reason: 'missing', detail: `no migration from version ${v}` };
    try {
      const next = step(value);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        return { ok: false, version: v, reason: 'failed', detail: 'the step did not return an object' };
      }
      value = { ...next, version: v + 1 };
    } catch (e) {
      return { ok: false, version: v, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
    applied.push(v);
  }
  return { ok: true, doc: value, applied };
}
