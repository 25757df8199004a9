import { describe, expect, it } from 'vitest';
import { distMean } from '$lib/model/dist';
import { FunnelDocument, Node, PERIOD_UNITS, RateDist, STAGE_PRESETS, type Dist } from '$lib/model/schema';
import { emptyDocument } from '$lib/model/empty';
import { connect } from '$lib/model/ops';
import {
  DAYS_PER_UNIT,
  PALETTE,
  PALETTE_CHANNELS,
  SOURCE_DEFAULTS,
  STAGE_DEFAULTS,
  daysToPeriods,
  niceNumber,
  presetNode,
  rateForNewEdge,
  typicalRate,
  type PaletteEntry,
} from '$lib/model/presets';

const make = (entry: PaletteEntry, unit: (typeof PERIOD_UNITS)[number] = 'week', id = 'n-1') =>
  presetNode(entry, { id, position: { x: 10.4, y: 20.6 }, periodUnit: unit, label: 'X', contentTitle: (t) => `title ${t}` });
const entry = (id: string) => PALETTE.find((e) => e.id === id)!;

describe('palette catalogue', () => {
  it('offers the common channels, every stage preset of issue 5, both outcomes and both annotations', () => {
    expect(PALETTE_CHANNELS).toEqual([
      'seo', 'content-marketing', 'paid-search', 'paid-social', 'display', 'email', 'events', 'trade-fair', 'pr', 'referral', 'partners', 'cold-outreach',
    ]);
    const presets = PALETTE.filter((e) => e.kind === 'stage').map((e) => (e.kind === 'stage' ? e.preset : ''));
    for (const p of ['landing-page', 'lead-magnet', 'webinar', 'email-sequence', 'event', 'trade-fair', 'demo', 'free-trial', 'sales-call', 'qualification', 'needs-analysis', 'proposal', 'negotiation', 'checkout', 'onboarding', 'nurture', 'custom']) {
      expect(presets).toContain(p);
    }
    expect([...presets].sort()).toEqual([...STAGE_PRESETS].sort());
    expect(PALETTE.filter((e) => e.group === 'outcomes').map((e) => e.id)).toEqual(['outcome:won', 'outcome:lost']);
    expect(PALETTE.filter((e) => e.group === 'annotations').map((e) => e.kind)).toEqual(['note', 'phase-band']);
    expect(new Set(PALETTE.map((e) => e.id)).size).toBe(PALETTE.length);
  });
});

describe('presetNode', () => {
  it('creates a schema-valid node for every palette entry in every period unit', () => {
    for (const unit of PERIOD_UNITS) {
      for (const e of PALETTE) {
        const node = make(e, unit);
        expect(() => Node.parse(node), `${e.id} (${unit})`).not.toThrow();
        expect(node.position).toEqual({ x: 10, y: 21 });
      }
    }
  });

  it('puts a whole palette into a valid document', () => {
    const doc = emptyDocument();
    const nodes = PALETTE.map((e, i) => make(e, 'week', `n-${i}`));
    expect(FunnelDocument.safeParse({ ...doc, nodes }).success).toBe(true);
  });

  it('gives stages their preset phase, milestone, channels, content and delay', () => {
    const webinar = make(entry('stage:webinar'));
    expect(webinar.kind).toBe('stage');
    if (webinar.kind !== 'stage') return;
    expect(webinar.preset).toBe('webinar');
    expect(webinar.phase).toBe('consideration');
    expect(webinar.milestone).toBe('lead');
    expect(webinar.channels).toContain('webinar');
    expect(webinar.content).toEqual([{ type: 'webinar', title: 'title webinar' }]);
    // "A webinar one week later": one period in a weekly plan, seven in a daily one.
    expect(webinar.delay).toEqual({ type: 'fixed', value: 1 });
    const daily = make(entry('stage:webinar'), 'day');
    expect(daily.kind === 'stage' && daily.delay).toEqual({ type: 'fixed', value: 7 });
    const monthly = make(entry('stage:webinar'), 'month');
    expect(monthly.kind === 'stage' && monthly.delay).toEqual({ type: 'fixed', value: 0.23 });
  });

  it('converts source volumes and running costs from per week to the period unit', () => {
    const weekly = make(entry('source:paid-search'));
    const monthly = make(entry('source:paid-search'), 'month');
    if (weekly.kind !== 'source' || monthly.kind !== 'source') throw new Error('not a source');
    expect(weekly.volume).toEqual({ type: 'uniform', low: 400, high: 900 });
    const factor = DAYS_PER_UNIT.month / 7;
    expect(monthly.volume).toEqual({ type: 'uniform', low: Math.round(400 * factor), high: Math.round(900 * factor) });
    // Cost per click stays per click.
    expect(monthly.cost.perUnit).toEqual(weekly.cost.perUnit);
  });

  it('makes a trade fair a one-period source whose volume is per event', () => {
    const fair = make(entry('source:trade-fair'), 'day');
    if (fair.kind !== 'source') throw new Error('not a source');
    expect(fair.activeFrom).toBe(0);
    expect(fair.activeTo).toBe(0);
    expect(fair.volume).toEqual({ type: 'uniform', low: 150, high: 400 });
  });

  it('gives outcomes, notes and bands their defaults', () => {
    const won = make(entry('outcome:won'));
    expect(won.kind === 'outcome' && won.result).toBe('won');
    expect(won.kind === 'outcome' && distMean(won.value)).toBe(3500);
    const band = make(entry('phase-band'));
    expect(band.kind === 'phase-band' && band.size.width).toBeGreaterThan(200);
    const note = make(entry('note'));
    expect(note.kind === 'note' && note.text).toBe('');
  });
});

describe('typical rates', () => {
  it('are valid rates for every preset, channel and outcome', () => {
    for (const e of PALETTE) {
      if (e.kind === 'note' || e.kind === 'phase-band') continue;
      const r = typicalRate(make(e));
      expect(RateDist.safeParse(r).success, e.id).toBe(true);
      expect(distMean(r)).toBeGreaterThan(0);
    }
    for (const [preset, d] of Object.entries(STAGE_DEFAULTS)) {
      expect(d.rate[0], preset).toBeLessThanOrEqual(d.rate[1]);
      expect(d.delayDays[0], preset).toBeLessThanOrEqual(d.delayDays[1]);
    }
    for (const [channel, d] of Object.entries(SOURCE_DEFAULTS)) expect(d.volumePerWeek[0], channel).toBeLessThanOrEqual(d.volumePerWeek[1]);
  });

  it('follow the published ranges of DESIGN.md §7.3', () => {
    expect(STAGE_DEFAULTS['landing-page'].rate).toEqual([0.05, 0.15]);
    expect(STAGE_DEFAULTS['lead-magnet'].rate).toEqual([0.15, 0.4]);
    expect(STAGE_DEFAULTS['qualification'].rate).toEqual([0.12, 0.6]);
    expect(STAGE_DEFAULTS['email-sequence'].rate[0]).toBeLessThanOrEqual(0.03);
    expect(STAGE_DEFAULTS['email-sequence'].rate[1]).toBeGreaterThanOrEqual(0.03);
  });
});

describe('rateForNewEdge', () => {
  const doc = () => {
    const d = emptyDocument();
    return {
      ...d,
      nodes: [make(entry('source:seo'), 'week', 'seo-1'), make(entry('stage:landing-page'), 'week', 'lp-1'), make(entry('stage:landing-page'), 'week', 'lp-2'), make(entry('stage:lead-magnet'), 'week', 'lm-1'), make(entry('stage:lead-magnet'), 'week', 'lm-2')],
    };
  };
  const withEdge = (d: FunnelDocument, source: string, target: string, rate: Dist) => {
    const copy = structuredClone(d);
    connect(copy, { source, target, rate });
    return copy;
  };

  it('uses the typical range when it fits', () => {
    expect(rateForNewEdge(doc(), 'seo-1')).toEqual({ type: 'fixed', value: 1 });
    expect(rateForNewEdge(doc(), 'lp-1')).toEqual({ type: 'uniform', low: 0.05, high: 0.15 });
  });

  it('splits what is left when the typical range would exceed 100 %', () => {
    const d = withEdge(doc(), 'seo-1', 'lp-1', { type: 'fixed', value: 0.6 });
    expect(rateForNewEdge(d, 'seo-1')).toEqual({ type: 'fixed', value: 0.4 });
  });

  it('falls back to the typical range when nothing is left (the canvas then shows the overflow)', () => {
    const d = withEdge(doc(), 'seo-1', 'lp-1', { type: 'fixed', value: 1 });
    expect(rateForNewEdge(d, 'seo-1')).toEqual({ type: 'fixed', value: 1 });
  });
});

describe('number helpers', () => {
  it('rounds to numbers people type', () => {
    expect(niceNumber(123.6)).toBe(124);
    expect(niceNumber(1.2345)).toBe(1.2);
    expect(niceNumber(0)).toBe(0);
    expect(daysToPeriods(7, 'week')).toBe(1);
    expect(daysToPeriods(28, 'quarter')).toBe(0.31);
  });
});
