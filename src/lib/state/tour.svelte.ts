/**
 * The first-visit tour (issue 7): a welcome card offers it once; the tour then walks through
 * five parts of the screen, each found by its `data-tour` attribute. Finishing, skipping or
 * declining is remembered in localStorage, and the Help menu can start it again at any time.
 */
import { KEY_PREFIX, readKey, writeKey } from './persistence';

export const TOUR_STEPS = ['palette', 'canvas', 'inspector', 'run', 'results'] as const;
export type TourStep = (typeof TOUR_STEPS)[number];
export const TOUR_KEY = `${KEY_PREFIX}tour`;

export class TourState {
  /** 'welcome': the offer is showing; 'running': a step is showing; 'idle': nothing. */
  mode = $state<'idle' | 'welcome' | 'running'>('idle');
  index = $state(0);
  /** True once the user finished, skipped or declined the tour. */
  seen = $state(false);
  step = $derived<TourStep | null>(this.mode === 'running' ? TOUR_STEPS[this.index] : null);
  isLast = $derived(this.index === TOUR_STEPS.length - 1);
  #storage: Storage | undefined;

  constructor(storage: Storage | undefined) {
    this.#storage = storage;
    this.seen = readKey(storage, TOUR_KEY) === 'done';
  }

  /** Shows the welcome offer unless the user has dealt with the tour before. */
  offerOnFirstVisit(): void {
    if (!this.seen && this.mode === 'idle') this.mode = 'welcome';
  }

  start(): void {
    this.index = 0;
    this.mode = 'running';
  }

  next(): void {
    if (this.mode !== 'running') return;
    if (this.isLast) this.finish();
    else this.index++;
  }

  back(): void {
    if (this.mode === 'running' && this.index > 0) this.index--;
  }

  /** Ends the tour (done, skipped or declined) and remembers it. */
  finish(): void {
    this.mode = 'idle';
    this.index = 0;
    this.seen = true;
    writeKey(this.#storage, TOUR_KEY, 'done');
  }
}
