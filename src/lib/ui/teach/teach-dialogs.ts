/**
 * The teaching layer's dialogs (template gallery with the templates, glossary, tour, presentation
 * mode): one chunk that TeachLayer loads after the editor's first paint, or at once when one of
 * them is asked for.
 */
export { default as TemplateGallery } from './TemplateGallery.svelte';
export { default as GlossaryDialog } from './GlossaryDialog.svelte';
export { default as Tour } from './Tour.svelte';
export { default as PresentationMode } from './PresentationMode.svelte';
