import { clone } from './clone';
import type { FunnelDocument, Meta, Settings, Target } from '../schema';

/** Assigns the defined entries of `patch` that differ, so an unchanged value records no patch. */
function assignChanged<T extends object>(into: T, patch: Partial<T>): void {
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value === undefined || Object.is(into[key], value)) continue;
    into[key] = (typeof value === 'object' && value !== null ? clone(value) : value) as T[keyof T];
  }
}

export function updateMeta(d: FunnelDocument, patch: Partial<Meta>): void {
  assignChanged(d.meta, patch);
}

export function updateSettings(d: FunnelDocument, patch: Partial<Settings>): void {
  assignChanged(d.settings, patch);
}

export function addTarget(d: FunnelDocument, target: Target): number {
  d.targets.push(clone(target));
  return d.targets.length - 1;
}

/** Patches a target; a key given as `undefined` removes that bound (`{ atMost: undefined }`). */
export function updateTarget(d: FunnelDocument, index: number, patch: Partial<Target>): boolean {
  const target = d.targets[index];
  if (!target) return false;
  for (const key of Object.keys(patch) as (keyof Target)[]) {
    const value = patch[key];
    if (value === undefined) {
      if (key !== 'metric' && key in target) delete target[key];
    } else if (!Object.is(target[key], value)) {
      (target as Record<string, unknown>)[key] = value;
    }
  }
  return true;
}

export function removeTarget(d: FunnelDocument, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= d.targets.length) return false;
  d.targets.splice(index, 1);
  return true;
}
