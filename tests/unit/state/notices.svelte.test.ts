import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoticeState } from '$lib/state/notices.svelte';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('NoticeState', () => {
  it('shows, times out, and keeps notices with a timeout of 0', () => {
    const n = new NoticeState();
    n.show({ tone: 'info', message: 'shell.notice.exported', params: { file: 'a' } });
    n.show({ tone: 'error', message: 'shell.notice.quota', timeout: 0 });
    n.show({ tone: 'info', message: 'shell.library.deleted', action: { label: 'common.undo', run: () => {} } });
    vi.advanceTimersByTime(6000);
    expect(n.items.map((x) => x.message)).toEqual(['shell.notice.quota', 'shell.library.deleted']);
    vi.advanceTimersByTime(4000);
    expect(n.items.map((x) => x.message)).toEqual(['shell.notice.quota']);
  });

  it('replaces notices with the same key and dismisses by key', () => {
    const n = new NoticeState();
    n.show({ tone: 'error', message: 'shell.notice.quota', key: 'storage', timeout: 0 });
    n.show({ tone: 'error', message: 'shell.notice.saveFailed', key: 'storage', timeout: 0 });
    expect(n.items.map((x) => x.message)).toEqual(['shell.notice.saveFailed']);
    n.dismissKey('storage');
    expect(n.items).toEqual([]);
  });

  it('runs an action once and closes its notice; keeps at most four', () => {
    const n = new NoticeState();
    const run = vi.fn();
    const id = n.show({ tone: 'info', message: 'shell.library.deleted', action: { label: 'common.undo', run } });
    n.act(id);
    n.act(id);
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 6; i++) n.show({ tone: 'info', message: 'shell.import.opened', params: { title: String(i) } });
    expect(n.items.map((x) => x.params?.title)).toEqual(['2', '3', '4', '5']);
  });
});
