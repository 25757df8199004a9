/** The drag-and-drop data type a palette entry carries (its id) from the palette to the canvas. */
export const ENTRY_MIME = 'application/x-funnel-lab-entry';
