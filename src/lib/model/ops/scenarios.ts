import { clone } from './clone';
import type { FunnelDocument, Override, OverrideField } from '../schema';
import { uniqueId } from './ids';

/** Adds an empty scenario and returns its id. */
export function addScenario(d: FunnelDocument, name: string): string {
  const id = uniqueId(d, 'scenario');
  d.scenarios.push({ id, name: name.trim() || id, overrides: [] });
  return id;
}

export function renameScenario(d: FunnelDocument, id: string, name: string): boolean {
  const s = d.scenarios.find((x) => x.id === id);
  const trimmed = name.trim();
  if (!s || !trimmed) return false;
  if (s.name !== trimmed) s.name = trimmed;
  return true;
}

/**
 * Copies a scenario with its overrides, right after the original; returns the copy's id, or ''
 * when there is no scenario `id`. The name defaults to "<name> (2)", "<name> (3)", …
 */
export function duplicateScenario(d: FunnelDocument, id: string, name?: string): string {
  const index = d.scenarios.findIndex((x) => x.id === id);
  if (index < 0) return '';
  const original = d.scenarios[index];
  const copy = clone(original);
  copy.id = uniqueId(d, 'scenario');
  copy.name = name?.trim() || nextName(d, original.name);
  d.scenarios.splice(index + 1, 0, copy);
  return copy.id;
}

function nextName(d: FunnelDocument, name: string): string {
  const base = name.replace(/ \(\d+\)$/, '');
  const names = new Set(d.scenarios.map((s) => s.name));
  let n = 2;
  while (names.has(`${base} (${n})`)) n++;
  return `${base} (${n})`.slice(0, 120);
}

export function removeScenario(d: FunnelDocument, id: string): boolean {
  const index = d.scenarios.findIndex((x) => x.id === id);
  if (index < 0) return false;
  d.scenarios.splice(index, 1);
  return true;
}

/** Sets (adds or replaces) the override of `override.target`/`override.field` in a scenario. */
export function setOverride(d: FunnelDocument, scenarioId: string, override: Override): boolean {
  const s = d.scenarios.find((x) => x.id === scenarioId);
  if (!s) return false;
  const value = clone(override.value);
  const existing = s.overrides.find((o) => o.target === override.target && o.field === override.field);
  if (existing) existing.value = value;
  else s.overrides.push({ target: override.target, field: override.field, value });
  return true;
}

export function removeOverride(d: FunnelDocument, scenarioId: string, target: string, field: OverrideField): boolean {
  const s = d.scenarios.find((x) => x.id === scenarioId);
  if (!s) return false;
  const index = s.overrides.findIndex((o) => o.target === target && o.field === field);
  if (index < 0) return false;
  s.overrides.splice(index, 1);
  return true;
}
