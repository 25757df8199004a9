// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '$lib/state/document-store.svelte';
import { ScenarioEditing } from '$lib/state/scenarios.svelte';
import { b2bDoc } from './fixtures';

const rate = (v: number) => ({ type: 'fixed' as const, value: v });

describe('ScenarioEditing (“change only in scenario …”)', () => {
  it('shows base values until a scenario is edited, then that scenario’s overrides', () => {
    const store = new DocumentStore(b2bDoc());
    const ed = new ScenarioEditing(store);
    const paid = { target: 'paid', field: 'volume' as const };
    const base = store.doc.nodes.find((n) => n.id === 'paid')!;
    const baseVolume = base.kind === 'source' ? base.volume : rate(0);
    expect(ed.active).toBe(false);
    expect(ed.valueFor(paid, baseVolume)).toBe(baseVolume);
    ed.start('sc-1');
    expect(ed.active).toBe(true);
    expect(ed.valueFor(paid, baseVolume)).toEqual({ type: 'fixed', value: 200 });
    expect(ed.scenariosChanging(paid).map((s) => s.id)).toEqual(['sc-1']);
  });

  it('edits write overrides, never the base; a typing burst is one undo step; reset goes back to base', () => {
    const store = new DocumentStore(b2bDoc());
    const ed = new ScenarioEditing(store);
    const e3 = { target: 'e3', field: 'rate' as const };
    const before = store.doc.edges.find((e) => e.id === 'e3')!.rate;
    ed.start('sc-1', e3, before, 'Change in scenario');
    expect(ed.overrideOf(e3)!.value).toEqual(before);
    ed.set(e3, rate(0.31));
    ed.set(e3, rate(0.32));
    expect(store.doc.edges.find((e) => e.id === 'e3')!.rate).toEqual(before);
    expect(ed.overrideOf(e3)!.value).toEqual(rate(0.32));
    store.undo();
    expect(ed.overrideOf(e3)!.value).toEqual(before);
    ed.reset(e3);
    expect(ed.overrideOf(e3)).toBeUndefined();
    expect(store.doc.scenarios[0].overrides).toHaveLength(1);
  });

  it('creates a scenario with the field changed and stops when the scenario disappears', () => {
    const store = new DocumentStore(b2bDoc());
    const ed = new ScenarioEditing(store);
    const e5 = { target: 'e5', field: 'rate' as const };
    const id = ed.createAndStart('Better closing', e5, rate(0.25));
    expect(store.doc.scenarios.map((s) => s.name)).toContain('Better closing');
    expect(ed.editingId).toBe(id);
    expect(ed.overrideOf(e5)!.value).toEqual(rate(0.25));
    store.undo();
    expect(ed.active).toBe(false);
    // Without an active scenario, set() changes nothing.
    ed.set(e5, rate(0.9));
    expect(store.doc.scenarios.some((s) => s.overrides.some((o) => o.target === 'e5'))).toBe(false);
    ed.stop();
    expect(ed.editingId).toBeNull();
  });
});
