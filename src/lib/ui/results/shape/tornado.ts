/** Tornado chart rows: the parameters most rank-correlated (Spearman) with an output. */
import type { SensitivityEntry } from '$lib/sim/types';

export interface TornadoRow {
  key: string;
  label: string;
  rho: number;
}

export function shapeTornado(entries: readonly SensitivityEntry[] | undefined, label: (e: SensitivityEntry) => string, top = 10): TornadoRow[] {
  if (!entries) return [];
  return entries
    .filter((e) => Number.isFinite(e.rho))
    .slice()
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || a.target.localeCompare(b.target))
    .slice(0, top)
    .map((e) => ({ key: `${e.target}:${e.field}`, label: label(e), rho: e.rho }));
}

/** Words for the strength of a rank correlation, for the table and screen readers. */
export function strengthOf(rho: number): 'strong' | 'moderate' | 'weak' {
  const a = Math.abs(rho);
  return a >= 0.5 ? 'strong' : a >= 0.2 ? 'moderate' : 'weak';
}
