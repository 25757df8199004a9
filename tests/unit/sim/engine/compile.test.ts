/** compile(): processing order with loops cut at delayed stages, CSR edges, parameter table, refusals. */
import { describe, expect, it } from 'vitest';
import { compile, CompileError } from '$lib/sim/compile';
import { design, edge, fixed, lost, nodeIndex, source, stage, uniform, won, normal } from './helpers';

describe('processing order', () => {
  it('keeps document order on a chain and puts every forward edge forward', () => {
    const doc = design(
      [won('w'), stage('b'), source('s', fixed(1)), stage('a')],
      [edge('s', 'a', fixed(1)), edge('a', 'b', fixed(1)), edge('b', 'w', fixed(1))],
    );
    expect(compile(doc).ids).toEqual(['s', 'a', 'b', 'w']);
  });

  it('cuts a loop at its delayed stage, whose incoming edges need not point forward', () => {
    const doc = design(
      [source('s', fixed(1)), stage('mql'), stage('opp', { delay: fixed(2) }), lost('l'), stage('nurture', { delay: uniform(4, 12) })],
      [edge('s', 'mql', fixed(1)), edge('mql', 'opp', fixed(1)), edge('opp', 'l', fixed(1)), edge('l', 'nurture', fixed(1)), edge('nurture', 'mql', fixed(1))],
    );
    const plan = compile(doc);
    // nurture → mql needs nurture before mql; the loop is cut at a delayed stage instead.
    expect(plan.ids).toEqual(['s', 'opp', 'l', 'nurture', 'mql']);
    // Every edge whose target is not certainly delayed points forward.
    for (let e = 0; e < plan.m; e++) {
      const target = plan.ids[plan.edgeTarget[e]];
      if (target !== 'nurture' && target !== 'opp') expect(plan.edgeTarget[e]).toBeGreaterThan(plan.edgeSource[e]);
    }
  });

  it('refuses a loop without a certain delay, naming its nodes', () => {
    for (const delay of [fixed(0), uniform(0, 3), normal(2, 4), fixed(0.4)]) {
      const doc = design(
        [source('s', fixed(1)), stage('a', { delay }), stage('b')],
        [edge('s', 'a', fixed(1)), edge('a', 'b', fixed(0.5)), edge('b', 'a', fixed(0.5))],
      );
      expect(() => compile(doc)).toThrow(CompileError);
      try {
        compile(doc);
      } catch (e) {
        expect((e as CompileError).problems[0].message).toMatch(/"a".*"b"|"b".*"a"/);
      }
    }
    // A delay that always rounds to at least one period breaks the loop.
    const ok = design(
      [source('s', fixed(1)), stage('a', { delay: uniform(0.5, 3) }), stage('b')],
      [edge('s', 'a', fixed(1)), edge('a', 'b', fixed(0.5)), edge('b', 'a', fixed(0.5))],
    );
    expect(compile(ok).n).toBe(3);
  });

});

describe('plan', () => {
  const doc = design(
    [
      source('s', uniform(1, 2), { cost: { perUnit: fixed(1), fixedPerPeriod: fixed(0) } }),
      stage('a', { label: 'Webinar', capacity: { perPeriod: fixed(3), overflow: 'drop' }, revenuePerLead: uniform(1, 5) }),
      won('w', { label: 'Demo', value: fixed(10) }),
      lost('l', { value: uniform(1, 2) }),
    ],
    [edge('a', 'l', uniform(0.1, 0.2), 'e2'), edge('s', 'a', fixed(1), 'e0'), edge('a', 'w', uniform(0.1, 0.2), 'e1')],
  );
  const plan = compile(doc);

  it('lays out outgoing edges per node in document order (CSR)', () => {
    const a = nodeIndex(plan, 'a');
    expect(plan.edgeIds.slice(plan.outStart[a], plan.outStart[a + 1])).toEqual(['e2', 'e1']);
    expect(plan.outStart[plan.n]).toBe(3);
  });

  it('lists as uncertain only parameters that can vary, with words for people', () => {
    const labels = Array.from(plan.uncertain, (p) => plan.paramRefs[p].label);
    expect(labels).toEqual(['s volume', 'Webinar revenue per lead', 'Webinar → l rate', 'Webinar → Demo rate']);
    expect(Array.from(plan.uncertain, (p) => plan.paramRefs[p].field)).toEqual(['volume', 'revenuePerLead', 'rate', 'rate']);
    // A lost outcome's value earns nothing and is not a parameter.
    expect(plan.paramRefs.some((r) => r.target === 'l')).toBe(false);
  });

  it('applies scenario overrides', () => {
    const withScenario = design(doc.nodes as never, doc.edges as never, {}, {
      scenarios: [{ id: 'x', name: 'X', overrides: [{ target: 's', field: 'volume', value: fixed(7) }, { target: 'e1', field: 'rate', value: fixed(0.3) }] }],
    });
    const p = compile(withScenario, 'x');
    expect(p.uncertain.length).toBe(2);
    expect(p.paramValue[p.pVolume[nodeIndex(p, 's')]]).toBe(7);
    expect(p.scenarioId).toBe('x');
  });

  it('refuses a design without a source and unknown scenarios', () => {
    expect(() => compile(design([stage('a')], []))).toThrow(CompileError);
    expect(() => compile(doc, 'missing')).toThrow(/no scenario/);
  });
});
