/**
 * Deep copy of JSON data. Unlike `structuredClone` it also copies immer drafts (proxies), which
 * the ops receive inside store recipes. Document data is plain JSON by construction.
 */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
