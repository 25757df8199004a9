/**
 * Editing a scenario from the inspector ("change only in scenario …"): while a scenario is being
 * edited, every overridable number shows that scenario's value (its override, or the base value
 * when it has none) and an edit writes an override instead of changing the base design.
 * Overrides live in the document (undoable); only which scenario is being edited lives here.
 */
import type { Dist, Override, OverrideField, Scenario } from '$lib/model/schema';
import { addScenario, removeOverride, setOverride } from '$lib/model/ops';
import type { DocumentStore } from './document-store.svelte';

export interface OverrideRef {
  target: string;
  field: OverrideField;
}

export class ScenarioEditing {
  /** The scenario being edited, or null for the base design. */
  editingId = $state<string | null>(null);
  #store: DocumentStore;

  /** The edited scenario, if it still exists (an undo may remove it). */
  scenario = $derived.by<Scenario | null>(() => (this.editingId === null ? null : (this.#store.doc.scenarios.find((s) => s.id === this.editingId) ?? null)));
  active = $derived(this.scenario !== null);

  constructor(store: DocumentStore) {
    this.#store = store;
  }

  overrideOf(ref: OverrideRef, scenarioId: string | null = this.editingId): Override | undefined {
    if (scenarioId === null) return undefined;
    const s = this.#store.doc.scenarios.find((x) => x.id === scenarioId);
    return s?.overrides.find((o) => o.target === ref.target && o.field === ref.field);
  }

  /** What a field shows: the edited scenario's override, or the base value. */
  valueFor(ref: OverrideRef, base: Dist): Dist {
    return (this.active && this.overrideOf(ref)?.value) || base;
  }

  /** Scenarios that change this field. */
  scenariosChanging(ref: OverrideRef): Scenario[] {
    return this.#store.doc.scenarios.filter((s) => s.overrides.some((o) => o.target === ref.target && o.field === ref.field));
  }

  /**
   * Writes the field's value in the edited scenario. A typing burst in one part of the field
   * (`part`: a parameter, the kind) is one undo step, as for base values.
   */
  set(ref: OverrideRef, value: Dist, part = '', label?: string): void {
    const id = this.editingId;
    if (id === null || !this.active) return;
    this.#store.apply((d) => void setOverride(d, id, { target: ref.target, field: ref.field, value }), {
      coalesce: `override:${id}:${ref.target}:${ref.field}:${part}`,
      label,
    });
  }

  /** Back to the base value in the edited scenario (or in `scenarioId`). */
  reset(ref: OverrideRef, scenarioId: string | null = this.editingId, label?: string): void {
    if (scenarioId === null) return;
    this.#store.apply((d) => void removeOverride(d, scenarioId, ref.target, ref.field), { label });
  }

  /**
   * Starts editing a scenario. Given a field and its base value, the field gets an override
   * (a copy of the base value) right away, so the user sees it marked as changed and edits it.
   */
  start(scenarioId: string, ref?: OverrideRef, base?: Dist, label?: string): void {
    this.editingId = scenarioId;
    if (ref && base && !this.overrideOf(ref, scenarioId)) {
      this.#store.apply((d) => void setOverride(d, scenarioId, { target: ref.target, field: ref.field, value: base }), { label });
    }
  }

  /** Creates a scenario and starts editing it; returns its id. */
  createAndStart(name: string, ref?: OverrideRef, base?: Dist, label?: string): string {
    let id = '';
    this.#store.apply(
      (d) => {
        id = addScenario(d, name);
        if (ref && base) setOverride(d, id, { target: ref.target, field: ref.field, value: base });
      },
      { label },
    );
    this.editingId = id;
    return id;
  }

  stop(): void {
    this.editingId = null;
  }
}
