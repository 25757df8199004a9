/**
 * Icons of the teaching features (help, glossary, tour, presentation, templates, language),
 * drawn like the shell's and the editor's sets: 24×24 outlines with a round stroke (rendered by
 * ui/nodes/Icon.svelte).
 */
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

export const TEACH_ICONS = {
  help: [circle(12, 12, 9), 'M9.6 9.3a2.5 2.5 0 0 1 4.8 1c0 1.7-2.4 2.2-2.4 3.7', 'M12 17h.01'],
  book: ['M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5z', 'M4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5', 'M8 7h8', 'M8 11h6'],
  present: ['M3 4h18', 'M4 4v10a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V4', 'M12 15v3', 'M8 21l4-3 4 3', 'M10 7.5v4l3.5-2z'],
  templates: ['M4 4h7v7H4z', 'M13 4h7v4h-7z', 'M13 10h7v10h-7z', 'M4 13h7v7H4z'],
  tour: [circle(12, 12, 9), 'M15.5 8.5l-2 5-5 2 2-5z'],
  globe: [circle(12, 12, 9), 'M3 12h18', 'M12 3a14 14 0 0 1 0 18', 'M12 3a14 14 0 0 0 0 18'],
  next: ['M9 6l6 6-6 6'],
  prev: ['M15 6l-6 6 6 6'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  fullscreen: ['M4 9V4h5', 'M20 9V4h-5', 'M4 15v5h5', 'M20 15v5h-5'],
  info: [circle(12, 12, 9), 'M12 11v5', 'M12 8h.01'],
  target: [circle(12, 12, 9), circle(12, 12, 5), circle(12, 12, 1)],
  arrow: ['M5 12h14', 'M13 6l6 6-6 6'],
  drop: ['M12 5v14', 'M6 13l6 6 6-6'],
  search: [circle(10.5, 10.5, 6.5), 'M20.5 20.5l-5.2-5.2'],
} as const satisfies Record<string, readonly string[]>;

export type TeachIconName = keyof typeof TEACH_ICONS;
