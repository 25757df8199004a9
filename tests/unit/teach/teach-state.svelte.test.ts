import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentStore } from '$lib/state/document-store.svelte';
import { Library } from '$lib/state/library.svelte';
import { NoticeState } from '$lib/state/notices.svelte';
import { TeachState } from '$lib/state/teach.svelte';
import { TOUR_KEY, TOUR_STEPS, TourState } from '$lib/state/tour.svelte';
import { PresentationState } from '$lib/state/presentation.svelte';
import { emptyDocument } from '$lib/model/empty';
import { templateById } from '$lib/model/templates';
import { createTranslator } from '$lib/i18n';
import { MemoryStorage } from '../state/memory-storage';
import { loadAllMessages } from '../load-messages';

// Languages other than English load on demand, as in the app.
beforeAll(loadAllMessages);

const en = createTranslator('en');
const de = createTranslator('de');

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('tour', () => {
  it('offers itself once, walks the five steps and remembers that it was taken', () => {
    const storage = new MemoryStorage();
    const tour = new TourState(storage);
    tour.offerOnFirstVisit();
    expect(tour.mode).toBe('welcome');
    tour.start();
    const seen: (string | null)[] = [];
    for (let i = 0; i < TOUR_STEPS.length; i++) {
      seen.push(tour.step);
      tour.next();
    }
    expect(seen).toEqual([...TOUR_STEPS]);
    expect(tour.mode).toBe('idle');
    expect(storage.getItem(TOUR_KEY)).toBe('done');
    // A later visit does not offer it again, but the Help menu can restart it.
    const again = new TourState(storage);
    again.offerOnFirstVisit();
    expect(again.mode).toBe('idle');
    again.start();
    expect(again.step).toBe('palette');
  });
  it('goes back, never before the first step, and remembers a skip', () => {
    const storage = new MemoryStorage();
    const tour = new TourState(storage);
    tour.start();
    tour.back();
    expect(tour.index).toBe(0);
    tour.next();
    tour.next();
    tour.back();
    expect(tour.step).toBe('canvas');
    tour.finish();
    expect(tour.step).toBeNull();
    expect(new TourState(storage).seen).toBe(true);
  });
  it('works without storage (private browsing)', () => {
    const tour = new TourState(undefined);
    tour.offerOnFirstVisit();
    tour.finish();
    expect(tour.seen).toBe(true);
  });
});

describe('presentation', () => {
  it('has an overview, one slide per stage and outcome in flow order, and a summary', () => {
    const store = new DocumentStore(templateById('aida')!.build(en));
    const p = new PresentationState(store);
    expect(p.slides.map((s) => (s.kind === 'node' ? s.nodeId : s.kind))).toEqual(['overview', 'attention', 'interest', 'desire', 'action', 'customer', 'summary']);
    p.start();
    expect(p.active).toBe(true);
    expect(p.current.kind).toBe('overview');
    p.prev();
    expect(p.isFirst).toBe(true);
    for (let i = 0; i < 10; i++) p.next();
    expect(p.current.kind).toBe('summary');
    expect(p.isLast).toBe(true);
    p.exit();
    expect(p.active).toBe(false);
  });
  it('starts at a chosen node and follows edits to the design', () => {
    const store = new DocumentStore(templateById('aida')!.build(en));
    const p = new PresentationState(store);
    p.start('desire');
    expect(p.current).toMatchObject({ kind: 'node', nodeId: 'desire', step: 3, steps: 5 });
    p.go(6);
    store.apply((d) => {
      d.nodes = d.nodes.filter((n) => n.id !== 'interest' && n.id !== 'desire');
    });
    // Two slides fewer: the position is clamped to the new last slide.
    expect(p.current.kind).toBe('summary');
    expect(p.slides).toHaveLength(5);
  });
});

describe('teach state', () => {
  function setup(doc = emptyDocument('Untitled')) {
    const storage = new MemoryStorage();
    const store = new DocumentStore(doc);
    const notices = new NoticeState();
    const library = new Library(store, { storage, notices, t: () => de, now: () => 0 });
    library.start();
    const teach = new TeachState({ store, library, notices, t: () => de, storage });
    return { store, library, notices, teach };
  }
  it('opens a template into an empty design, in the user’s language, as one undo step', () => {
    const { store, library, teach, notices } = setup();
    const before = library.currentId;
    teach.openGallery();
    expect(teach.openTemplate(templateById('webinar')!)).toBe('replaced');
    expect(teach.galleryOpen).toBe(false);
    expect(library.currentId).toBe(before);
    expect(store.doc.meta.title).toBe('Webinar-Funnel');
    expect(store.doc.nodes.find((n) => n.id === 'live')?.label).toBe('Live-Webinar');
    expect(notices.items.at(-1)).toMatchObject({ message: 'teach.gallery.opened', params: { title: 'Webinar-Funnel' } });
    store.undo();
    expect(store.doc.nodes).toEqual([]);
  });
  it('opens a template as a new design when the current one has content', () => {
    const { store, library, teach } = setup();
    teach.openTemplate(templateById('aida')!);
    const first = library.currentId;
    expect(teach.openTemplate(templateById('saas-trial')!)).toBe('created');
    expect(library.currentId).not.toBe(first);
    expect(library.designs).toHaveLength(2);
    expect(store.doc.settings.periodUnit).toBe('month');
  });
  it('opens the glossary at a term', () => {
    const { teach } = setup();
    teach.openGlossary('cac');
    expect(teach.glossaryOpen).toBe(true);
    expect(teach.glossaryTerm).toBe('cac');
    teach.closeGlossary();
    expect(teach.glossaryOpen).toBe(false);
  });
});

describe('explanation section', () => {
  it('remembers whether it is expanded', () => {
    const storage = new MemoryStorage();
    const store = new DocumentStore(emptyDocument('x'));
    const teach = new TeachState({ store, t: () => en, storage });
    expect(teach.explainOpen).toBe(true);
    teach.setExplainOpen(false);
    expect(new TeachState({ store, t: () => en, storage }).explainOpen).toBe(false);
  });
});
