import { beforeAll, describe, expect, it } from 'vitest';
import { validateDocument } from '$lib/model/validate';
import { problemMessage, hasErrors } from '$lib/model/problem';
import { createTranslator } from '$lib/i18n';
import type { FunnelDocument } from '$lib/model/schema';
import { band, doc, edge, fixed, linear, lost, note, source, stage, uniform, won } from './helpers';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const codes = (d: FunnelDocument) => validateDocument(d).map((p) => p.code);
const only = (d: FunnelDocument, code: string) => validateDocument(d).filter((p) => p.code === code);

describe('validateDocument', () => {
  it('a complete linear funnel has no problems', () => {
    expect(validateDocument(linear())).toEqual([]);
  });

  it('rates out of one node above 100 % are an error naming the node', () => {
    const d = doc([source('a', 'Ads'), stage('w', 'Webinar'), stage('x', 'X'), won()], [
      edge('1', 'a', 'w', fixed(1)), edge('2', 'w', 'x', uniform(0.5, 0.8)), edge('3', 'w', 'won', fixed(0.5)), edge('4', 'x', 'won'),
    ]);
    const [p] = only(d, 'rates.over100');
    expect(p).toMatchObject({ severity: 'error', nodeId: 'w', params: { node: 'Webinar', total: 115 }, path: ['nodes', 1] });
    expect(p.message).toBe('Rates out of "Webinar" add up to 115 % (more than 100 %)');
    d.edges[1].rate = uniform(0.4, 0.6);
    expect(only(d, 'rates.over100')).toEqual([]); // exactly 100 % is fine
  });

  it('a loop without delay is an error naming its nodes; a delay of at least one period for certain fixes it', () => {
    const d = doc(
      [source('a', 'Ads'), stage('mql', 'MQL'), stage('sql', 'SQL'), lost('lost', 'Lost'), stage('n', 'Nurture', { delay: uniform(0, 4) }), won()],
      [edge('1', 'a', 'mql'), edge('2', 'mql', 'sql'), edge('3', 'sql', 'lost'), edge('4', 'lost', 'n'), edge('5', 'n', 'mql'), edge('6', 'sql', 'won')],
    );
    const [p] = only(d, 'loop.noDelay');
    expect(p.severity).toBe('error');
    expect(p.message).toBe('A loop without delay: "MQL", "SQL", "Lost", "Nurture". Give at least one stage in the loop a delay of 1 period or more');
    expect(p.nodeId).toBe('mql');
    const n = d.nodes[4];
    if (n.kind === 'stage') n.delay = uniform(1, 4);
    expect(only(d, 'loop.noDelay')).toEqual([]);
  });

  it('no source is an error; unreachable nodes and dead ends are warnings', () => {
    expect(validateDocument(doc([stage('s', 'Lonely'), won()]))[0]).toMatchObject({
      severity: 'error', code: 'noSource', message: 'The funnel has no source: add at least one source (a channel people come from)',
    });
    const d = doc([source('a', 'Ads'), stage('lp', 'LP'), stage('i', 'Island'), won(), note('n'), band('b')], [edge('1', 'a', 'lp'), edge('2', 'lp', 'won'), edge('3', 'i', 'won')]);
    expect(only(d, 'unreachable').map((p) => p.message)).toEqual(['"Island" cannot be reached from any source: nobody will arrive there']);
    const lonely = doc([source('a', 'Ads'), stage('lp', 'LP'), won()], [edge('1', 'lp', 'won')]);
    expect(only(lonely, 'deadEnd.source')[0].message).toBe('People from the source "Ads" go nowhere: connect it to a stage');
    expect(only(doc([source('a'), stage('lp', 'LP'), won()], [edge('1', 'a', 'lp')]), 'deadEnd.stage')[0].message).toBe(
      'Everyone reaching "LP" drops out: it has no outgoing connection',
    );
  });

  it('a missing won outcome is a warning', () => {
    const d = doc([source('a'), stage('b'), lost()], [edge('1', 'a', 'b'), edge('2', 'b', 'lost')]);
    expect(validateDocument(d)).toMatchObject([{ severity: 'warning', code: 'noWonOutcome' }]);
  });

  it('distribution parameters out of order or domain are errors naming the element', () => {
    const d = linear();
    d.edges[0].rate = uniform(0.1, 1.4);
    const lp = d.nodes[1];
    if (lp.kind === 'stage') lp.delay = uniform(5, 1);
    d.nodes[0] = { ...d.nodes[0], volume: { type: 'lognormal', low: 0, high: 10 } } as never;
    expect(validateDocument(d).filter((p) => p.code.startsWith('dist.')).map((p) => [p.message, p.path])).toEqual([
      ['"Paid search": volume.low (0) must be above 0 for a lognormal range', ['nodes', 0, 'volume', 'low']],
      ['"Landing page": delay.low (5) must not exceed delay.high (1)', ['nodes', 1, 'delay', 'low']],
      ['"Paid search → Landing page": rate.high (1.4) must be ≤ 1 (100 %)', ['edges', 0, 'rate', 'high']],
    ]);
    expect(only(d, 'rates.over100')).toEqual([]); // mean 0.75
  });

  it('checks nested optional distributions (capacity, recurring) and beta misuse', () => {
    const d = linear();
    d.nodes[1] = { ...d.nodes[1], capacity: { perPeriod: fixed(-5), overflow: 'wait' } } as never;
    d.nodes[2] = { ...d.nodes[2], recurring: { perPeriod: { type: 'beta', successes: 1, trials: 2 }, churn: fixed(2) } } as never;
    expect(validateDocument(d).map((p) => p.message)).toEqual([
      '"Landing page": capacity.perPeriod.value (-5) must not be negative',
      '"Customer": recurring.perPeriod: "observed s of n" describes a rate and cannot be used here',
      '"Customer": recurring.churn.value (2) must be ≤ 1 (100 %)',
    ]);
  });

  it('reports broken edges of an edited (not imported) document', () => {
    const d = linear();
    d.nodes.push({ id: 'n', kind: 'note', label: 'Memo', position: { x: 0, y: 0 }, text: '' });
    d.edges.push({ id: 'x1', source: 'lp', target: 'gone', rate: fixed(0.1) });
    d.edges.push({ id: 'x2', source: 'lp', target: 'n', rate: fixed(0.1) });
    d.edges.push({ id: 'x3', source: 'lp', target: 'ads', rate: fixed(0.1) });
    d.edges.push({ id: 'x4', source: 'lp', target: 'won', rate: fixed(0.1) });
    d.edges.push({ id: 'lp', source: 'ads', target: 'won', rate: fixed(0.1) });
    expect(validateDocument(d).map((p) => p.message)).toEqual([
      'The id "lp" is used more than once',
      'Connection "Landing page → gone" points to a node that does not exist ("gone")',
      'Connection "Landing page → Memo" touches "Memo", a note or band: only sources, stages and outcomes can be connected',
      'Connection "Landing page → Paid search" leads into the source "Paid search": sources take no incoming connections',
      'There are two connections from "Landing page" to "Customer": their rates add up',
    ]);
  });

  it('source activity windows', () => {
    const d = linear();
    d.settings.periods = 10;
    Object.assign(d.nodes[0], { activeFrom: 5, activeTo: 2 });
    expect(only(d, 'source.activeWindow')[0]).toMatchObject({
      severity: 'error', message: 'Source "Paid search" ends (period 3) before it starts (period 6)', path: ['nodes', 0, 'activeTo'],
    });
    Object.assign(d.nodes[0], { activeFrom: 12, activeTo: null });
    expect(only(d, 'source.neverActive')[0]).toMatchObject({
      severity: 'warning', message: 'Source "Paid search" starts in period 13, after the last of the 10 periods: it never sends anyone',
    });
  });

  it('scenario overrides on missing targets or fields the target lacks are warnings; their values are checked', () => {
    const d = linear();
    d.scenarios.push({ id: 's', name: 'Push', overrides: [
      { target: 'gone', field: 'rate', value: fixed(0.1) },
      { target: 'lp', field: 'volume', value: fixed(10) },
      { target: 'lp', field: 'capacity.perPeriod', value: fixed(10) },
      { target: 'e1', field: 'rate', value: uniform(0.5, 0.2) },
    ] });
    expect(validateDocument(d).map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'error: "Push" / "Paid search → Landing page": rate.low (0.5) must not exceed rate.high (0.2)',
      'warning: Scenario "Push" changes "gone", which no longer exists',
      'warning: Scenario "Push" changes volume of "Landing page", which has no such field: the change is ignored',
      'warning: Scenario "Push" changes capacity.perPeriod of "Landing page", which is not set there: the change is ignored',
    ]);
  });

  it('targets on milestone KPIs no stage provides, and impossible targets, are warnings', () => {
    const d = linear();
    d.targets.push({ metric: 'mqls', atLeast: 10 }, { metric: 'cpl', atMost: 50 }, { metric: 'revenue', atLeast: 10, atMost: 5 });
    expect(validateDocument(d).map((p) => p.message)).toEqual([
      'The target on mqls cannot be checked: no stage is marked as milestone "mql"',
      'The target on cpl cannot be checked: no stage is marked as milestone "lead"',
      'The target on revenue can never be met: at least 10 but at most 5',
    ]);
    const lp = d.nodes[1];
    if (lp.kind === 'stage') lp.milestone = 'mql';
    expect(codes(d).filter((c) => c === 'target.noMilestone')).toHaveLength(1);
  });

  it('handles a 5,000-node design with loops', () => {
    const n = 5000;
    const nodes = [source('s0'), ...Array.from({ length: n - 2 }, (_, i) => stage(`s${i + 1}`, `Stage ${i + 1}`, { delay: fixed(i % 50 === 0 ? 1 : 0) })), won('won')];
    const edges = [
      ...Array.from({ length: n - 2 }, (_, i) => edge(`e${i}`, `s${i}`, `s${i + 1}`, fixed(0.9))),
      edge('last', `s${n - 2}`, 'won', fixed(0.5)),
      // Loops back to a delayed stage (every 50th): fine.
      ...Array.from({ length: 90 }, (_, k) => edge(`b${k}`, `s${(k + 1) * 50 + 20}`, `s${k * 50 + 1}`, fixed(0.05))),
    ];
    const d = doc(nodes, edges);
    expect(validateDocument(d)).toEqual([]);
    // One loop whose only way back skips the delayed stage: named, with the list cut after 8 names.
    d.edges.push({ id: 'bad', source: 's4990', target: 's4952', rate: fixed(0.01) });
    const loops = only(d, 'loop.noDelay');
    expect(loops).toHaveLength(1);
    expect(loops[0].message).toMatch(/^A loop without delay: "Stage 4952", "Stage 4953", .*, …\. Give/);
  });

  it('lists errors before warnings and never throws on an empty document', () => {
    const d = doc([]);
    expect(codes(d)).toEqual(['noSource', 'noWonOutcome']);
    expect(hasErrors(validateDocument(d))).toBe(true);
  });
});

describe('problemMessage', () => {
  it('translates with the problem params and falls back to the English message', () => {
    const d = doc([source('a', 'Ads'), stage('w', 'Webinar'), won()], [edge('1', 'a', 'w'), edge('2', 'w', 'won', fixed(0.8)), edge('3', 'w', 'a', fixed(0.4)) as never].slice(0, 2));
    d.edges.push({ id: '3', source: 'w', target: 'won', rate: fixed(0.4) });
    const p = validateDocument(d).find((x) => x.code === 'rates.over100')!;
    expect(problemMessage(p, createTranslator('de'))).toBe('Die Raten aus „Webinar“ ergeben zusammen 120 % (mehr als 100 %)');
    expect(problemMessage(p, createTranslator('en'))).toBe(p.message);
    expect(problemMessage({ ...p, code: 'sim.something-new' }, createTranslator('de'))).toBe(p.message);
    // Same code, params missing (built elsewhere): the English message, never "{node}".
    expect(problemMessage({ ...p, params: {} }, createTranslator('de'))).toBe(p.message);
  });

  it('every problem code produced has a message in every language', () => {
    // English messages are built from the same keys; a missing key would throw while validating.
    for (const locale of ['de', 'it', 'pl', 'nl'] as const) {
      const t = createTranslator(locale);
      const d = linear();
      d.targets.push({ metric: 'sqls', atLeast: 1 });
      for (const p of validateDocument(d)) expect(problemMessage(p, t)).not.toContain('problems.');
    }
  });
});
