import type { OverrideField } from '$lib/model/schema';

/** A choice in a picker. */
export interface Option {
  value: string;
  label: string;
}

/**
 * Which overridable number a field edits: a node or edge id and the scenario override field
 * (DESIGN.md §3 "Scenario"). Passed to the `addon` of every `DistField`, so a per-scenario
 * control knows what it overrides.
 */
export interface FieldRef {
  target: string;
  field: OverrideField;
}
