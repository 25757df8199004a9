import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, LOCALES } from '$lib/i18n';
import { PALETTE } from '$lib/model/presets';
import { CHANNELS, CONTENT_TYPES, PHASES, MILESTONES, STAGE_PRESETS } from '$lib/model/schema';
import { getMessages } from '$lib/i18n/messages';
import { entryAction, entryHint, entryIcon, entryName, searchEntries } from '$lib/ui/palette/catalog';
import { ICONS, isIconName } from '$lib/ui/nodes/icons';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const en = createTranslator('en');
const de = createTranslator('de');

describe('palette entries in the user’s language', () => {
  it('have a name, a hint and an icon in every language', () => {
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      for (const e of PALETTE) {
        expect(entryName(e, t), `${locale} ${e.id}`).not.toMatch(/^editor\./);
        expect(entryHint(e, t), `${locale} ${e.id}`).not.toMatch(/^editor\./);
        expect(isIconName(entryIcon(e)), e.id).toBe(true);
      }
    }
  });

  it('have accessible names like “Add Webinar stage”', () => {
    const byId = (id: string) => PALETTE.find((e) => e.id === id)!;
    expect(entryAction(byId('stage:webinar'), en)).toBe('Add Webinar stage');
    expect(entryAction(byId('source:seo'), en)).toBe('Add SEO source');
    expect(entryAction(byId('outcome:won'), en)).toBe('Add Won outcome');
    expect(entryAction(byId('note'), en)).toBe('Add Note');
    expect(entryAction(byId('stage:trade-fair'), de)).toBe('Stufe Messe hinzufügen');
  });

  it('name every vocabulary item in every language', () => {
    const keys = [
      ...CHANNELS.map((c) => `editor.channel.${c}`),
      ...STAGE_PRESETS.map((p) => `editor.preset.${p}`),
      ...CONTENT_TYPES.map((c) => `editor.content.${c}`),
      ...PHASES.map((p) => `editor.phase.${p}`),
      ...MILESTONES.map((m) => `editor.milestone.${m}`),
    ];
    for (const locale of LOCALES) for (const k of keys) expect((getMessages(locale) as Record<string, string>)[k], `${locale} ${k}`).toBeTruthy();
    for (const c of CHANNELS) expect(isIconName(c), c).toBe(true);
    for (const p of STAGE_PRESETS) expect(Object.hasOwn(ICONS, p), p).toBe(true);
  });
});

describe('searchEntries', () => {
  it('finds entries by name in the current language, names first', () => {
    expect(searchEntries('webinar', en).map((e) => e.id)).toEqual(['stage:webinar']);
    expect(searchEntries('messe', de).map((e) => e.id)).toEqual(['source:trade-fair', 'stage:trade-fair']);
    expect(searchEntries('fair', de)).toEqual([]);
  });

  it('ignores case and accents and matches every word', () => {
    const fr = searchEntries('LANDING', en).map((e) => e.id);
    expect(fr[0]).toBe('stage:landing-page');
    expect(searchEntries('paid search', en).map((e) => e.id)).toContain('source:paid-search');
    const pl = createTranslator('pl');
    expect(searchEntries('zrodlo', pl).length).toBe(0);
    expect(searchEntries('zrodla', pl).length).toBeGreaterThan(10); // group name "Źródła"
  });

  it('returns everything for an empty query', () => {
    expect(searchEntries('  ', en)).toHaveLength(PALETTE.length);
  });
});
