import { describe, expect, it } from 'vitest';
import { emptyDocument } from '$lib/model/empty';
import { serializeDocument } from '$lib/model/io';
import { problem } from '$lib/model/problem';
import { DesignStorage } from '$lib/state/library/design-storage';
import { damagedDesign, damagedFile } from '$lib/state/library/recovery';
import { isUntouchedEmpty } from '$lib/state/library/untouched';
import { NoticeState } from '$lib/state/notices.svelte';
import { KEYS } from '$lib/state/persistence';
import { MemoryStorage } from './memory-storage';

const doc = (title: string) => emptyDocument(title);

describe('design storage', () => {
  it('rotates a sound save into the backup, never a damaged one', () => {
    const storage = new MemoryStorage();
    const designs = new DesignStorage(storage, new NoticeState());
    designs.write('a', doc('One'));
    designs.write('a', doc('Two'));
    expect(designs.readBackup('a')?.meta.title).toBe('One');
    storage.setItem(KEYS.design('a'), '{broken');
    designs.write('a', doc('Three'));
    expect(designs.readBackup('a')?.meta.title).toBe('One');
    expect(designs.readDoc('a')?.meta.title).toBe('Three');
    // Without rotation (restoring a backup) the backup stays as it is.
    designs.write('a', doc('Four'), { rotate: false });
    expect(designs.readBackup('a')?.meta.title).toBe('One');
  });

  it('knows its own texts, and removes and restores a design with its backup', () => {
    const storage = new MemoryStorage();
    const designs = new DesignStorage(storage, new NoticeState());
    designs.write('a', doc('One'));
    designs.write('a', doc('Two'));
    expect(designs.isOwnText('a', serializeDocument(doc('Two')))).toBe(true);
    expect(designs.isOwnText('a', serializeDocument(doc('One')))).toBe(false);
    const taken = designs.remove('a');
    expect([storage.getItem(KEYS.design('a')), storage.getItem(KEYS.backup('a'))]).toEqual([null, null]);
    expect(designs.isOwnText('a', taken.text)).toBe(false);
    designs.restore('a', taken);
    expect(designs.readDoc('a')?.meta.title).toBe('Two');
    expect(designs.readBackup('a')?.meta.title).toBe('One');
  });

  it('a full storage becomes a notice that a good save clears', () => {
    const storage = new MemoryStorage(200);
    const notices = new NoticeState();
    const designs = new DesignStorage(storage, notices);
    const outcome = designs.write('a', { ...doc('Big'), meta: { ...doc('Big').meta, description: 'x'.repeat(500) } });
    expect(outcome).toMatchObject({ ok: false, reason: 'quota' });
    expect(notices.items.map((n) => n.message)).toEqual(['shell.notice.quota']);
    storage.quota = Infinity;
    expect(designs.write('a', doc('Small')).ok).toBe(true);
    expect(notices.items).toEqual([]);
  });
});

describe('recovery', () => {
  it('takes the title from the damaged text, else from the list, and always names a problem', () => {
    const raw = '{"meta":{"title":"Launch"},"nodes":[1,2';
    expect(damagedDesign('a', raw, [], null, null, 'Listed').title).toBe('Listed');
    const readable = damagedDesign('a', '{"meta":{"title":"Launch"},"nodes":"x"}', [], null, 'b', 'Listed');
    expect(readable.title).toBe('Launch');
    expect(readable.problems.map((p) => p.code)).toEqual(['import.unexpected']);
    const given = [problem('error', 'import.notText', {}, [])];
    expect(damagedDesign('a', raw, given, null, null, undefined).problems).toBe(given);
    expect(damagedFile(readable, 'Untitled')).toEqual({ fileName: 'Launch damaged.json', text: readable.raw });
    expect(damagedFile({ ...readable, title: '' }, 'Untitled').fileName).toBe('Untitled damaged.json');
  });
});

describe('untouched designs', () => {
  it('is a fresh empty design under a default title in any language', () => {
    expect(isUntouchedEmpty(doc('Unbenannter Funnel'))).toBe(true);
    expect(isUntouchedEmpty(doc('My funnel'))).toBe(false);
    expect(isUntouchedEmpty({ ...doc('Unbenannter Funnel'), meta: { ...doc('Unbenannter Funnel').meta, description: 'notes' } })).toBe(false);
  });
});
