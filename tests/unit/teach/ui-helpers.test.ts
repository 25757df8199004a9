import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n/translate';
import { formatKpi } from '$lib/ui/teach/kpi-format';
import { kpiName, vocabName } from '$lib/ui/teach/vocab';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatKpi', () => {
  it('formats money, shares, multiples and counts', () => {
    expect(formatKpi('revenue', 425_991.2, 'en', 'EUR')).toBe('€425,991');
    expect(plain(formatKpi('cac', 1234.5, 'de', 'EUR'))).toBe('1.235 €');
    expect(formatKpi('roi', 1.19, 'en', 'EUR')).toBe('119%');
    expect(formatKpi('roas', 3.86, 'en', 'EUR')).toBe('3.9×');
    expect(formatKpi('customers', 44.8, 'en', 'EUR')).toBe('45');
    expect(formatKpi('customers', 4.48, 'en', 'EUR')).toBe('4.5');
    expect(formatKpi('paybackPeriod', null, 'en', 'EUR')).toBe('–');
  });
});

describe('vocabulary names', () => {
  it('uses the editor’s names where they exist, the teaching names otherwise, and ids for typed values', () => {
    const de = createTranslator('de');
    expect(vocabName(de, 'phase', 'retention')).toBe('Kundenbindung');
    expect(vocabName(de, 'preset', 'nurture')).toBe('Lead-Nurturing');
    expect(vocabName(de, 'channel', 'trade-fair')).toBe('Messe');
    expect(vocabName(de, 'channel', 'my-own-channel')).toBe('my-own-channel');
    expect(kpiName(createTranslator('en'), 'no-such-kpi')).toBe('no-such-kpi');
  });
});
