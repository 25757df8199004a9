import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n';
import { createTranslator } from '$lib/i18n/translate';
import { CHANNELS, CONTENT_TYPES, KPI_NAMES, PHASES, STAGE_PRESETS } from '$lib/model/schema';
import {
  GLOSSARY,
  GLOSSARY_IDS,
  KPI_GLOSSARY,
  PHASE_EXPLANATIONS,
  PRESET_EXPLANATIONS,
  fold,
  glossaryEntry,
  isGlossaryId,
  listItems,
  phaseText,
  presentationOrder,
  presetText,
  searchGlossary,
  slideFacts,
} from '$lib/model/teaching';
import { templateById } from '$lib/model/templates';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const en = createTranslator('en');

describe('explanations', () => {
  it.each(LOCALES)('every preset and phase has a goal, tactics and metrics in %s', (locale) => {
    const t = createTranslator(locale);
    for (const p of STAGE_PRESETS) {
      expect(t(presetText(p, 'goal')).length, p).toBeGreaterThan(15);
      expect(listItems(t(presetText(p, 'tactics'))).length, p).toBeGreaterThanOrEqual(1);
      expect(listItems(t(presetText(p, 'metrics'))).length, p).toBeGreaterThanOrEqual(2);
    }
    for (const p of PHASES) {
      expect(t(phaseText(p, 'goal')).length, p).toBeGreaterThan(10);
      expect(listItems(t(phaseText(p, 'tactics'))).length, p).toBeGreaterThanOrEqual(3);
      expect(listItems(t(phaseText(p, 'metrics'))).length, p).toBeGreaterThanOrEqual(2);
    }
  });
  it('lists channels and content from the vocabulary and plausible benchmarks', () => {
    const all = [...Object.values(PRESET_EXPLANATIONS), ...Object.values(PHASE_EXPLANATIONS)];
    for (const x of all) {
      for (const c of x.channels) expect(CHANNELS).toContain(c);
      for (const c of x.content) expect(CONTENT_TYPES).toContain(c);
      if (x.benchmark) {
        expect(x.benchmark.low).toBeGreaterThan(0);
        expect(x.benchmark.high).toBeLessThanOrEqual(1);
        expect(x.benchmark.low).toBeLessThan(x.benchmark.high);
      }
    }
    for (const p of STAGE_PRESETS.filter((p) => p !== 'custom')) expect(PRESET_EXPLANATIONS[p].channels.length, p).toBeGreaterThan(0);
    // The three parts of the funnel (seed 002) plus the time after the purchase (seed 004).
    expect(PHASES.map((p) => PHASE_EXPLANATIONS[p].part)).toEqual(['tofu', 'tofu', 'mofu', 'mofu', 'bofu', 'bofu', 'post', 'post']);
  });
  it('splits lists on semicolons and drops empty items', () => {
    expect(listItems('a; b ;; c ')).toEqual(['a', 'b', 'c']);
    expect(listItems('')).toEqual([]);
  });
});

describe('glossary', () => {
  it('covers the terms of issue 7', () => {
    for (const id of ['mql', 'sal', 'sql', 'tofu-mofu-bofu', 'aida', 'conversion-rate', 'drop-off', 'cpl', 'cac', 'roas', 'roi', 'ltv', 'ltv-cac', 'payback', 'pipeline-velocity', 'monte-carlo', 'percentiles', 'lead-magnet', 'tripwire', 'nurturing']) {
      expect(isGlossaryId(id), id).toBe(true);
    }
    expect(new Set(GLOSSARY_IDS).size).toBe(GLOSSARY_IDS.length);
  });
  it.each(LOCALES)('has a name and definition for every term in %s, formulas where given', (locale) => {
    const t = createTranslator(locale);
    for (const e of GLOSSARY) {
      expect(t(e.name), e.id).not.toMatch(/^teach\./);
      expect(t(e.definition).length, e.id).toBeGreaterThan(40);
      if (e.formula) expect(t(e.formula), e.id).toMatch(/[=÷×−+]/);
    }
  });
  it('cross-references only existing terms, never itself', () => {
    for (const e of GLOSSARY) {
      expect(e.related.length).toBeGreaterThan(0);
      for (const r of e.related) {
        expect(isGlossaryId(r)).toBe(true);
        expect(r).not.toBe(e.id);
      }
    }
  });
  it('maps KPIs to terms that exist', () => {
    for (const [k, id] of Object.entries(KPI_GLOSSARY)) {
      expect(KPI_NAMES).toContain(k);
      expect(glossaryEntry(id!).id).toBe(id);
    }
  });
  it('finds terms by name first, by definition too, across languages and accents', () => {
    expect(searchGlossary('CAC', en)[0].id).toBe('cac');
    expect(searchGlossary('mql', en)[0].id).toBe('mql');
    expect(searchGlossary('monte', en)[0].id).toBe('monte-carlo');
    // Definitions are searched as well: "close date" is only in the opportunity's definition.
    expect(searchGlossary('close date', en).map((e) => e.id)).toEqual(['opportunity']);
    const de = createTranslator('de');
    expect(searchGlossary('Konversionsrate', de)[0].id).toBe('conversion-rate');
    expect(searchGlossary('abwanderung', de)[0].id).toBe('churn');
    // The English name works in every language.
    expect(searchGlossary('payback', createTranslator('pl'), en)[0].id).toBe('payback');
    // Accents do not matter.
    expect(searchGlossary('wspolczynnik konwersji', createTranslator('pl'))[0].id).toBe('conversion-rate');
    expect(searchGlossary('xyzzy', en)).toEqual([]);
    expect(searchGlossary('  ', en)).toHaveLength(GLOSSARY.length);
  });
  it('folds case, accents and separators', () => {
    expect(fold('  Lead-Scoring / Übergabe ')).toBe('lead scoring ubergabe');
  });
});

describe('presentation order', () => {
  it('walks a template in flow order, stages and outcomes only', () => {
    const doc = templateById('tofu-mofu-bofu')!.build(en);
    const order = presentationOrder(doc);
    expect(order.slice(0, 6)).toEqual(['landing', 'download', 'mql', 'sal', 'sql', 'opportunity']);
    expect(order).toContain('won');
    expect(order).toContain('nurture');
    expect(order).not.toContain('search');
    expect(order).not.toContain('tofu');
    expect(new Set(order).size).toBe(order.length);
  });
  it('puts nodes no source reaches at the end', () => {
    const doc = templateById('aida')!.build(en);
    const orphan = { ...doc.nodes.find((n) => n.id === 'desire')!, id: 'orphan' };
    const order = presentationOrder({ nodes: [orphan, ...doc.nodes], edges: doc.edges });
    expect(order.at(-1)).toBe('orphan');
    expect(order.slice(0, 4)).toEqual(['attention', 'interest', 'desire', 'action']);
  });
});

describe('slide facts', () => {
  const doc = templateById('aida')!.build(en);
  it('gives shares from the mean rates, people from the expected values, and the drop-off', () => {
    const expected = {
      nodes: { desire: { entered: 1000, dropOff: 500 } },
      edges: { 'desire->action': { flow: 500 } },
    };
    const f = slideFacts(doc, 'desire', expected, null);
    expect(f.entered).toBe(1000);
    expect(f.perPeriod).toBeCloseTo(1000 / 52);
    expect(f.next).toEqual([{ edgeId: 'desire->action', targetId: 'action', label: 'Action: checkout', share: 0.5, people: 500 }]);
    expect(f.dropOff.share).toBeCloseTo(0.5);
    expect(f.dropOff.people).toBe(500);
    expect(f.simulated).toBeNull();
  });
  it('scales rates above 100 % like the simulation and reports simulated spreads', () => {
    const over = {
      ...doc,
      edges: [...doc.edges, { id: 'x', source: 'desire', target: 'customer', rate: { type: 'fixed' as const, value: 0.75 } }],
    };
    const f = slideFacts(over, 'desire', null, { nodes: { desire: { entered: { p10: 1, p50: 2, p90: 3 } } } });
    expect(f.next[0].share).toBeCloseTo(0.4, 12);
    expect(f.next[1].share).toBeCloseTo(0.6, 12);
    expect(f.dropOff.share).toBe(0);
    expect(f.entered).toBeNull();
    expect(f.simulated).toEqual({ p10: 1, p50: 2, p90: 3 });
  });
});

describe('presentation order of outcomes', () => {
  it('ends with the outcomes that end the funnel, won before lost', () => {
    const order = presentationOrder(templateById('six-stage')!.build(en));
    expect(order).toEqual(['awareness', 'interest', 'consideration', 'intent', 'evaluation', 'purchase', 'customer', 'lost']);
    // An outcome that flows on (a customer who refers others) keeps its place in the flow.
    const shop = presentationOrder(templateById('ecommerce')!.build(en));
    expect(shop.indexOf('customer')).toBeLessThan(shop.indexOf('loyalty'));
  });
});
