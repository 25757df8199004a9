/**
 * Icons of the app shell (toolbar, dialogs, notices, problems), drawn like the editor's set:
 * 24×24 outlines with a round stroke, each a list of SVG paths (rendered by ui/nodes/Icon.svelte).
 */
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

export const SHELL_ICONS = {
  logo: ['M3 4h18l-6.5 8v6.5L9.5 21v-9z'],
  new: ['M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z', 'M14 3v5h5', 'M12 11v6', 'M9 14h6'],
  open: ['M3 7V5a2 2 0 0 1 2-2h4l2 2.5h8a2 2 0 0 1 2 2V9', 'M3 7v12a1 1 0 0 0 1 1h14.5a1 1 0 0 0 1-.8L22 10H6.5a1 1 0 0 0-1 .8L3.2 19.5'],
  export: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 21h16'],
  undo: ['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['M15 14l5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
  designs: ['M4 4h6v6H4z', 'M14 4h6v6h-6z', 'M4 14h6v6H4z', 'M14 14h6v6h-6z'],
  system: ['M4 5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z', 'M8 21h8', 'M12 17v4'],
  light: [circle(12, 12, 4), 'M12 2v2', 'M12 20v2', 'M4.9 4.9l1.4 1.4', 'M17.7 17.7l1.4 1.4', 'M2 12h2', 'M20 12h2', 'M4.9 19.1l1.4-1.4', 'M17.7 6.3l1.4-1.4'],
  dark: ['M20.5 14.5A8.5 8.5 0 1 1 9.5 3.5a7 7 0 0 0 11 11z'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  error: [circle(12, 12, 9), 'M12 7.5v5', 'M12 16h.01'],
  warning: ['M12 3.5l9 16H3z', 'M12 10v4', 'M12 17h.01'],
  info: [circle(12, 12, 9), 'M12 11v5', 'M12 8h.01'],
  success: [circle(12, 12, 9), 'M8 12.5l3 3 5-6'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  chevronUp: ['M6 15l6-6 6 6'],
  chevronDown: ['M6 9l6 6 6-6'],
  search: [circle(10.5, 10.5, 6.5), 'M20.5 20.5l-5.2-5.2'],
  rename: ['M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z', 'M13.5 6.5l4 4'],
  duplicate: ['M9 9h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1z', 'M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1'],
  delete: ['M4 7h16', 'M10 11v6', 'M14 11v6', 'M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12', 'M9 7V4h6v3'],
  upload: ['M12 15V3', 'M7 8l5-5 5 5', 'M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4'],
  restore: ['M3 12a9 9 0 1 0 3-6.7L3 8', 'M3 3v5h5', 'M12 7v5l3 2'],
  cloudDone: ['M7 18a5 5 0 0 1-.6-9.96A6 6 0 0 1 18 9a4.5 4.5 0 0 1-.5 9z', 'M9.5 13.5l2 2 3.5-4'],
  cloudOff: ['M7 18a5 5 0 0 1-.6-9.96A6 6 0 0 1 18 9a4.5 4.5 0 0 1-.5 9z', 'M9.5 11l5 5', 'M14.5 11l-5 5'],
  spinner: ['M12 3a9 9 0 1 0 9 9'],
} as const satisfies Record<string, readonly string[]>;

export type ShellIconName = keyof typeof SHELL_ICONS;
