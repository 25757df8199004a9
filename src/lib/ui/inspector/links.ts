/**
 * Links of content items are shown as anchors, so only web addresses are allowed (the schema
 * refuses `javascript:` and the like on import; the editor refuses them while typing).
 */
export function isWebUrl(s: string): boolean {
  return s.length <= 2000 && /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(s);
}
