import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer, KEYS, browserStorage, designIdOfKey, isQuotaError, looksLikeDesign, readKey, storageKeys, writeDesign, writeKey } from '$lib/state/persistence';
import { exportFileName } from '$lib/state/file-io';
import { MemoryStorage } from './memory-storage';

describe('storage keys', () => {
  it('are namespaced and embed design ids', () => {
    for (const key of [KEYS.index, KEYS.current, KEYS.theme, KEYS.design('a1'), KEYS.backup('a1')]) expect(key.startsWith('funnel-lab:')).toBe(true);
    expect(designIdOfKey(KEYS.design('a1'))).toBe('a1');
    expect(designIdOfKey(KEYS.backup('a1'))).toBeNull();
    expect(designIdOfKey('funnel-lab:library')).toBeNull();
    expect(designIdOfKey('other:design:x')).toBeNull();
  });
});

describe('reads and writes that never throw', () => {
  it('treat a storage that throws as empty / unavailable', () => {
    const s = new MemoryStorage();
    s.setItem('funnel-lab:x', '1');
    s.broken = new DOMException('denied', 'SecurityError');
    expect(readKey(s, 'funnel-lab:x')).toBeNull();
    expect(storageKeys(s)).toEqual([]);
    expect(writeKey(s, 'k', 'v')).toMatchObject({ ok: false, reason: 'failed' });
    expect(writeKey(undefined, 'k', 'v')).toEqual({ ok: false, reason: 'unavailable' });
    expect(readKey(undefined, 'k')).toBeNull();
  });

  it('browserStorage is undefined where there is no localStorage (Node)', () => {
    expect(browserStorage()).toBeUndefined();
  });

  it('recognises the quota errors of every browser', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ code: 1014 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('writeDesign backup rotation', () => {
  const doc = (n: number) => JSON.stringify({ format: 'funnel-lab', version: 1, n });

  it('keeps the previous save as the backup', () => {
    const s = new MemoryStorage();
    expect(writeDesign(s, 'a', doc(1), looksLikeDesign).ok).toBe(true);
    expect(readKey(s, KEYS.backup('a'))).toBeNull();
    writeDesign(s, 'a', doc(2), looksLikeDesign);
    writeDesign(s, 'a', doc(3), looksLikeDesign);
    expect(readKey(s, KEYS.design('a'))).toBe(doc(3));
    expect(readKey(s, KEYS.backup('a'))).toBe(doc(2));
  });

  it('does not rotate an identical save (the backup stays a different version)', () => {
    const s = new MemoryStorage();
    writeDesign(s, 'a', doc(1), looksLikeDesign);
    writeDesign(s, 'a', doc(2), looksLikeDesign);
    writeDesign(s, 'a', doc(2), looksLikeDesign);
    expect(readKey(s, KEYS.backup('a'))).toBe(doc(1));
  });

  it('never lets a damaged save replace a good backup', () => {
    const s = new MemoryStorage();
    writeDesign(s, 'a', doc(1), looksLikeDesign);
    writeDesign(s, 'a', doc(2), looksLikeDesign);
    s.setItem(KEYS.design('a'), '{"format":"funnel-lab", trunc');
    writeDesign(s, 'a', doc(3), looksLikeDesign);
    expect(readKey(s, KEYS.backup('a'))).toBe(doc(1));
    expect(readKey(s, KEYS.design('a'))).toBe(doc(3));
  });

  it('gives up the backup to make room when storage is full', () => {
    const big = (n: number) => JSON.stringify({ format: 'funnel-lab', n, pad: 'x'.repeat(400 + n * 100) });
    const s = new MemoryStorage(1100);
    writeDesign(s, 'a', big(1), looksLikeDesign);
    // backup (≈530) + new design (≈630) exceed the quota: the backup goes, the design is saved.
    const outcome = writeDesign(s, 'a', big(2), looksLikeDesign);
    expect(outcome).toEqual({ ok: true });
    expect(readKey(s, KEYS.design('a'))).toBe(big(2));
    expect(readKey(s, KEYS.backup('a'))).toBeNull();
  });

  it('reports a full storage and keeps the previous save', () => {
    const s = new MemoryStorage(300);
    writeDesign(s, 'a', doc(1), looksLikeDesign);
    const outcome = writeDesign(s, 'a', JSON.stringify({ format: 'funnel-lab', pad: 'x'.repeat(500) }), looksLikeDesign);
    expect(outcome).toMatchObject({ ok: false, reason: 'quota' });
    expect(readKey(s, KEYS.design('a'))).toBe(doc(1));
  });

  it('looksLikeDesign accepts only JSON objects of our format', () => {
    expect(looksLikeDesign(doc(1))).toBe(true);
    expect(looksLikeDesign('{"format":"other"}')).toBe(false);
    expect(looksLikeDesign('null')).toBe(false);
    expect(looksLikeDesign('{')).toBe(false);
  });
});

describe('Debouncer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs once, `wait` ms after the last call', () => {
    const fn = vi.fn();
    const d = new Debouncer(fn, 500, 10_000);
    d.schedule();
    vi.advanceTimersByTime(300);
    d.schedule();
    vi.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest `maxWait` ms into a continuous burst', () => {
    const fn = vi.fn();
    const d = new Debouncer(fn, 500, 2000);
    for (let t = 0; t < 2000; t += 100) {
      d.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('flush runs a pending call at once; cancel drops it', () => {
    const fn = vi.fn();
    const d = new Debouncer(fn, 500);
    d.flush();
    expect(fn).not.toHaveBeenCalled();
    d.schedule();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(10_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('exportFileName', () => {
  it('makes safe `<title>.funnel.json` names', () => {
    expect(exportFileName('B2B pipeline')).toBe('B2B pipeline.funnel.json');
    expect(exportFileName('Q3: leads/SQL <draft>?')).toBe('Q3 leads SQL draft.funnel.json');
    expect(exportFileName('..\\..\\etc\\passwd')).toBe('etc passwd.funnel.json');
    expect(exportFileName('tab\there\u0000')).toBe('tab here.funnel.json');
    expect(exportFileName('   ')).toBe('funnel.funnel.json');
    expect(exportFileName('CON')).toBe('CON-funnel.funnel.json');
    expect(exportFileName('Trichter für Messe – Köln')).toBe('Trichter für Messe – Köln.funnel.json');
    expect(exportFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.funnel.json`);
    expect(exportFileName('a', 'f', '.json')).toBe('a.json');
  });
});
