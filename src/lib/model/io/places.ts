/**
 * Names places in an imported file the way a user finds them: `nodes[3] "Webinar"`,
 * `edges[2] "MQL → SQL"`, `scenarios[0] "Summer push"`, plus the field path inside
 * (`delay.low`). Reads the raw (unvalidated) JSON, so every access is defensive.
 */
type Segment = PropertyKey;

const MAX_LABEL = 60;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function short(s: string): string {
  return s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s;
}

function at(container: unknown, key: Segment): unknown {
  if (typeof container !== 'object' || container === null) return undefined;
  if (typeof key === 'symbol') return undefined;
  return Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key as string] : undefined;
}

/** `delay.low`, `overrides[2].value.low`, `content[0].url`. */
export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function nodeLabel(raw: unknown, id: unknown): string | undefined {
  const nodes = at(raw, 'nodes');
  if (!Array.isArray(nodes) || typeof id !== 'string') return undefined;
  for (const n of nodes) if (at(n, 'id') === id) return str(at(n, 'label')) ?? id;
  return id;
}

export interface Place {
  /** The element, e.g. `nodes[3] "Webinar"`; '' for top-level fields (`settings.periods`). */
  where: string;
  /** The field inside the element (or the whole path for top-level fields). */
  field: string;
  /** Both together, as shown to the user. */
  at: string;
}

/** Describes `path` (from a zod issue) in the raw file `raw`. */
export function describePlace(raw: unknown, path: readonly Segment[]): Place {
  const [collection, index] = path;
  let where = '';
  if (typeof index === 'number' && (collection === 'nodes' || collection === 'edges' || collection === 'scenarios' || collection === 'targets')) {
    const element = at(at(raw, collection), index);
    let name: string | undefined;
    if (collection === 'nodes') name = str(at(element, 'label'));
    else if (collection === 'edges') {
      const s = nodeLabel(raw, at(element, 'source'));
      const t = nodeLabel(raw, at(element, 'target'));
      if (s !== undefined || t !== undefined) name = `${s ?? '?'} → ${t ?? '?'}`;
    } else if (collection === 'scenarios') name = str(at(element, 'name'));
    else if (collection === 'targets') name = str(at(element, 'metric'));
    where = `${collection}[${index}]${name !== undefined ? ` "${short(name)}"` : ''}`;
  }
  const field = formatPath(where ? path.slice(2) : path);
  return { where, field, at: where && field ? `${where}: ${field}` : where || field || '(file)' };
}
