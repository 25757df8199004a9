/**
 * Teaching state shared by the toolbar, the inspector, the results and the teaching layer:
 * which dialog is open (template gallery, glossary), the tour and presentation mode, and opening
 * a template — into the current design when it is still empty, else as a new saved design.
 */
import type { GlossaryId } from '$lib/model/teaching/glossary';
import type { TemplateInfo } from '$lib/model/templates';
import type { Translate } from '$lib/i18n/translate';
import type { DocumentStore } from './document-store.svelte';
import type { Library } from './library.svelte';
import type { NoticeState } from './notices.svelte';
import { KEY_PREFIX, readKey, writeKey } from './persistence';
import { PresentationState } from './presentation.svelte';
import { TourState } from './tour.svelte';

const EXPLAIN_KEY = `${KEY_PREFIX}explain`;

export interface TeachDeps {
  store: DocumentStore;
  library?: Library;
  notices?: NoticeState;
  t: () => Translate;
  storage: Storage | undefined;
}

export class TeachState {
  tour: TourState;
  presentation: PresentationState;
  galleryOpen = $state(false);
  glossaryOpen = $state(false);
  /** The term the glossary opens at (from a GlossaryTerm's "Open in the glossary"). */
  glossaryTerm = $state<GlossaryId | null>(null);
  /** Whether the inspector's "About this step" section is expanded (remembered). */
  explainOpen = $state(true);
  #deps: TeachDeps;

  constructor(deps: TeachDeps) {
    this.#deps = deps;
    this.tour = new TourState(deps.storage);
    this.presentation = new PresentationState(deps.store);
    this.explainOpen = readKey(deps.storage, EXPLAIN_KEY) !== 'closed';
  }

  setExplainOpen(open: boolean): void {
    this.explainOpen = open;
    writeKey(this.#deps.storage, EXPLAIN_KEY, open ? 'open' : 'closed');
  }

  openGallery(): void {
    this.galleryOpen = true;
  }
  closeGallery(): void {
    this.galleryOpen = false;
  }

  openGlossary(term: GlossaryId | null = null): void {
    this.glossaryTerm = term;
    this.glossaryOpen = true;
  }
  closeGlossary(): void {
    this.glossaryOpen = false;
  }

  /**
   * Opens a template in the user's language. An empty current design is replaced in place (one
   * undo step); otherwise the template becomes a new design and the current one stays saved in
   * the library. Returns how it was opened.
   */
  openTemplate(template: TemplateInfo): 'replaced' | 'created' {
    const { store, library, notices, t } = this.#deps;
    const doc = template.build(t());
    const title = doc.meta.title;
    let how: 'replaced' | 'created';
    if (!library || store.doc.nodes.length === 0) {
      store.replace(doc, 'teach.history.template');
      how = 'replaced';
    } else {
      library.create(doc);
      how = 'created';
    }
    this.galleryOpen = false;
    notices?.show({ tone: 'success', message: 'teach.gallery.opened', params: { title }, key: 'template' });
    return how;
  }
}
