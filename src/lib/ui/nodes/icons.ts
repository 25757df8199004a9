/**
 * One consistent icon set for the editor: 24×24 outline icons drawn with a 1.75 px round stroke
 * (rendered by Icon.svelte). Each icon is a list of SVG path strings; shapes are built from small
 * helpers so circles and rounded boxes look the same everywhere.
 */
import type { Node } from '$lib/model/schema';

const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
const box = (x: number, y: number, w: number, h: number, r = 2) =>
  `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`;

const magnifier = [circle(10.5, 10.5, 6.5), 'M20.5 20.5l-5.2-5.2'];
const document = ['M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z', 'M14 3v5h5'];
const envelope = [box(3, 5, 18, 14), 'M3.5 7l8.5 6 8.5-6'];
const calendar = [box(3, 5, 18, 16), 'M3 10h18', 'M8 3v4', 'M16 3v4', 'M8 14h.01', 'M12 14h.01', 'M16 14h.01', 'M8 17.5h.01', 'M12 17.5h.01'];
const storefront = ['M3.5 9l2-5h13l2 5', 'M3.5 9a2.75 2.75 0 0 0 5.5 0a3 3 0 0 0 6 0a2.75 2.75 0 0 0 5.5 0', 'M5 12v8h14v-8', 'M10 20v-4.5h4V20'];
const megaphone = ['M3 10v4h3l8 4.5v-13L6 10z', 'M17 9.5a3.5 3.5 0 0 1 0 5', 'M19.5 7a7 7 0 0 1 0 10', 'M6 14l1 5h2.5l-1-4'];
const bubble = ['M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-5 4v-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z', 'M8 9.5h8', 'M8 12.5h5'];
const monitorPlay = [box(3, 4, 18, 12), 'M8 20h8', 'M12 16v4', 'M10.5 7.5v5l4-2.5z'];

export const ICONS = {
  // Generic UI
  search: magnifier,
  plus: ['M12 5v14', 'M5 12h14'],
  minus: ['M5 12h14'],
  fit: ['M4 9V5a1 1 0 0 1 1-1h4', 'M15 4h4a1 1 0 0 1 1 1v4', 'M20 15v4a1 1 0 0 1-1 1h-4', 'M9 20H5a1 1 0 0 1-1-1v-4', box(9, 9, 6, 6, 1)],
  grid: ['M5 5h.01', 'M12 5h.01', 'M19 5h.01', 'M5 12h.01', 'M12 12h.01', 'M19 12h.01', 'M5 19h.01', 'M12 19h.01', 'M19 19h.01'],
  map: ['M3 6.5l6-3 6 3 6-3v14l-6 3-6-3-6 3z', 'M9 3.5v14', 'M15 6.5v14'],
  layout: [box(2.5, 4, 6, 5, 1.5), box(15.5, 4, 6, 5, 1.5), box(15.5, 15, 6, 5, 1.5), 'M8.5 6.5h7', 'M12 6.5v11h3.5'],
  keyboard: [box(2, 6, 20, 12), 'M6 10h.01', 'M10 10h.01', 'M14 10h.01', 'M18 10h.01', 'M7.5 14h9'],
  image: [box(3, 3, 18, 18), circle(8.5, 8.5, 1.5), 'M21 15l-5-5L5 21'],
  link: ['M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1', 'M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1'],
  share: ['M4 13v6a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6', 'M16 7l-4-4-4 4', 'M12 3v12'],
  download: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 21h16'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  alert: ['M12 3.5l9 16H3z', 'M12 10v4', 'M12 17h.01'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  chevronDown: ['M6 9l6 6 6-6'],
  chevronRight: ['M9 6l6 6-6 6'],
  people: [circle(9, 8, 3.5), 'M2.5 20a6.5 6.5 0 0 1 13 0', 'M16 4.6a3.5 3.5 0 0 1 0 6.8', 'M18 14.2a6.5 6.5 0 0 1 3.5 5.8'],
  clock: [circle(12, 12, 9), 'M12 7v5l3 2'],

  // Channels (sources)
  seo: [...magnifier, 'M7.5 12.5l2-2.5 2 1.5 2.5-3.5'],
  'content-marketing': [...document, 'M9 13h6', 'M9 17h4'],
  'social-organic': bubble,
  'paid-social': [circle(18, 5.5, 2.5), circle(6, 12, 2.5), circle(18, 18.5, 2.5), 'M8.2 10.8l7.6-4', 'M8.2 13.2l7.6 4'],
  'paid-search': ['M9 9l11 4-5 2-2 5z', 'M4 4l2 2', 'M9 2.5v3', 'M2.5 9h3', 'M4.5 13.5l2-2'],
  display: [box(3, 4, 18, 13), 'M8 21h8', 'M12 17v4', box(6.5, 7.5, 6, 6, 1), 'M15 8h3', 'M15 11h3'],
  email: envelope,
  newsletter: [...envelope, 'M3 16.5l6-4.5', 'M21 16.5l-6-4.5'],
  pr: ['M4 5a1 1 0 0 1 1-1h11a1 1 0 0 1 1 1v14a2 2 0 0 0 2 2H6a2 2 0 0 1-2-2z', 'M17 8h2a1 1 0 0 1 1 1v10a2 2 0 0 1-2 2', 'M7.5 8h6', 'M7.5 12h6', 'M7.5 16h4'],
  events: calendar,
  'trade-fair': storefront,
  webinar: monitorPlay,
  podcast: [box(9, 3, 6, 11, 3), 'M5.5 11a6.5 6.5 0 0 0 13 0', 'M12 17.5V21', 'M9 21h6'],
  video: [box(3, 6, 13, 12), 'M16 10.5l5-3v9l-5-3'],
  referral: [circle(9, 8, 3.5), 'M2.5 20a6.5 6.5 0 0 1 13 0', 'M16.5 12h5', 'M19.5 9.5l2.5 2.5-2.5 2.5'],
  partners: [circle(8, 8, 3), circle(16, 8, 3), 'M2.5 19.5a5.5 5.5 0 0 1 9.5-3.8', 'M12 15.7a5.5 5.5 0 0 1 9.5 3.8'],
  'cold-outreach': ['M21 3L10 14', 'M21 3l-6.5 18-4.5-7-7-4.5z'],
  direct: ['M10 17l5-5-5-5', 'M15 12H3', 'M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4'],
  'sponsored-posts': megaphone,

  // Stage presets
  content: [...document, 'M9 13h6', 'M9 17h4'],
  social: bubble,
  'landing-page': [box(3, 4, 18, 16), 'M3 8.5h18', 'M6 6.25h.01', 'M8.5 6.25h.01', 'M7 12.5h10', 'M7 16h6'],
  'lead-magnet': ['M5 4h4v7a3 3 0 0 0 6 0V4h4v7a7 7 0 0 1-14 0z', 'M5 8h4', 'M15 8h4'],
  'email-sequence': [box(6, 8, 15, 11), 'M6.5 10l7 5 7-5', 'M3 15V6a2 2 0 0 1 2-2h12'],
  event: calendar,
  demo: ['M3 4h18', 'M5 4v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V4', 'M12 15v3', 'M8 21l4-3 4 3', 'M10.5 7v5l4-2.5z'],
  'free-trial': [box(3, 8, 18, 4, 1), 'M5 12v8h14v-8', 'M12 8v12', 'M12 8C10.5 4.5 7 3.5 6.5 5.5S9 8 12 8', 'M12 8c1.5-3.5 5-4.5 5.5-2.5S15 8 12 8'],
  'sales-call': ['M4 14v-2a8 8 0 0 1 16 0v2', 'M4 14h3v5H5a1 1 0 0 1-1-1z', 'M20 14h-3v5h2a1 1 0 0 0 1-1z', 'M19 19a4 4 0 0 1-4 2h-2'],
  qualification: ['M3 4h18l-7 8.5V19l-4 2v-8.5z'],
  'needs-analysis': [box(5, 4, 14, 17), 'M9 4V2.5h6V4', 'M8.5 10l1.5 1.5 3-3', 'M8.5 16h7'],
  proposal: [...document, 'M8.5 16.5c1-2 2-2 2.5-.5s1.5 1.5 2.5-.5', 'M9 12h6'],
  negotiation: ['M12 3v17', 'M7 20h10', 'M4 7h16', 'M6 7l-3 6.5a3 3 0 0 0 6 0z', 'M18 7l-3 6.5a3 3 0 0 0 6 0z'],
  checkout: [circle(9.5, 20, 1.25), circle(17.5, 20, 1.25), 'M2.5 3h2.8l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.4a1.5 1.5 0 0 0 1.5-1.1L21 7H6.2'],
  tripwire: ['M3 12.2V4a1 1 0 0 1 1-1h8.2L21 11.8 12.8 20z', circle(7.5, 7.5, 1.5)],
  'order-bump': [box(3, 3, 18, 18, 4), 'M12 8v8', 'M8 12h8'],
  upsell: ['M3 17l6-6 4 4 8-8', 'M15 7h6v6'],
  downsell: ['M3 7l6 6 4-4 8 8', 'M15 17h6v-6'],
  onboarding: ['M5 21V4', 'M5 4h12l-2.5 4 2.5 4H5'],
  nurture: ['M12 21v-9', 'M12 12C12 7 8.5 4 3.5 4c0 5 3.5 8 8.5 8z', 'M12 14.5c0-4 3-7 8.5-7 0 4-3 7-8.5 7z'],
  custom: ['M12 3l8 4.5v9L12 21l-8-4.5v-9z', circle(12, 12, 2.5)],

  // Outcomes and annotations
  won: ['M8 21h8', 'M12 16.5V21', 'M7 4h10v5a5 5 0 0 1-10 0z', 'M7 6H4v1a3 3 0 0 0 3 3', 'M17 6h3v1a3 3 0 0 1-3 3'],
  lost: [circle(12, 12, 9), 'M9 9l6 6', 'M15 9l-6 6'],
  note: ['M5 3h14a2 2 0 0 1 2 2v9l-7 7H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z', 'M21 14h-5a2 2 0 0 0-2 2v5'],
  'phase-band': [box(3, 4, 18, 16), 'M3 9h18', 'M6.5 6.5h5', 'M8 13h3', 'M13 13h3', 'M8 16.5h3'],
} satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;

export const isIconName = (name: string): name is IconName => Object.hasOwn(ICONS, name);

/** The icon of a document node: its channel, preset or outcome; a generic one for unknown channels. */
export function nodeIcon(node: Node): IconName {
  switch (node.kind) {
    case 'source':
      return isIconName(node.channel) ? node.channel : 'people';
    case 'stage':
      return node.preset;
    case 'outcome':
      return node.result;
    case 'note':
      return 'note';
    case 'phase-band':
      return 'phase-band';
  }
}
