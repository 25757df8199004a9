/**
 * Non-blocking notices ("toasts"): saved, imported, storage full, deleted — with an optional action
 * such as Undo. Messages are i18n keys with params so they follow a language switch. Anyone may
 * post one: `app.notices.show({ tone: 'success', message: 'shell.notice.exported' })`.
 */
import type { MessageKey } from '$lib/i18n';
import type { MessageParams } from '$lib/i18n/translate';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';
export interface NoticeAction {
  label: MessageKey;
  run: () => void;
}
export interface NoticeInput {
  tone: NoticeTone;
  message: MessageKey;
  params?: MessageParams;
  action?: NoticeAction;
  /** Milliseconds before it disappears; 0 = stays until dismissed. Default 6 s (10 s with an action). */
  timeout?: number;
  /** A notice with the same key replaces the earlier one instead of stacking up. */
  key?: string;
}
export interface Notice extends NoticeInput {
  id: number;
}

const MAX_VISIBLE = 4;

export class NoticeState {
  items = $state.raw<Notice[]>([]);
  #next = 1;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- timers are plumbing, not UI state
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(input: NoticeInput): number {
    const id = this.#next++;
    const replaced = input.key ? this.items.filter((n) => n.key === input.key) : [];
    for (const n of replaced) this.#clearTimer(n.id);
    const kept = this.items.filter((n) => !replaced.includes(n));
    const items = [...kept, { ...input, id }];
    for (const n of items.slice(0, Math.max(0, items.length - MAX_VISIBLE))) this.#clearTimer(n.id);
    this.items = items.slice(-MAX_VISIBLE);
    const timeout = input.timeout ?? (input.action ? 10_000 : 6_000);
    if (timeout > 0) this.#timers.set(id, setTimeout(() => this.dismiss(id), timeout));
    return id;
  }

  dismiss(id: number): void {
    this.#clearTimer(id);
    this.items = this.items.filter((n) => n.id !== id);
  }

  /** Removes the notice with `key`, if shown (e.g. "storage full" once saving works again). */
  dismissKey(key: string): void {
    for (const n of this.items.filter((n) => n.key === key)) this.dismiss(n.id);
  }

  /** Runs a notice's action and closes it. */
  act(id: number): void {
    const notice = this.items.find((n) => n.id === id);
    this.dismiss(id);
    notice?.action?.run();
  }

  #clearTimer(id: number): void {
    const timer = this.#timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.#timers.delete(id);
  }
}
