/**
 * Export: document → stable, pretty JSON (2 spaces, trailing newline). Keys follow a fixed order
 * per object type — the schema's field order, with `format, version, meta, settings, nodes,
 * edges, scenarios, targets` at the top and `id, kind, label, position` first in nodes — so
 * exported files diff well whatever order the editor happened to create keys in.
 */
import type { z } from 'zod';
import { FunnelDocument, Node } from '../schema';

type Schema = z.ZodType;
type Def = Record<string, unknown> & { type: string };

const TOP_ORDER = ['format', 'version', 'meta', 'settings', 'nodes', 'edges', 'scenarios', 'targets'];
const FIRST_IN_NODE = ['id', 'kind', 'label', 'position'];
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch', 'nonoptional']);

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels wrappers (default, optional, nullable, pipe, …) down to the shape. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type)) s = def.innerType as Schema;
    else if (def.type === 'pipe') s = def.in as Schema;
    else return s;
  }
}

const DOC = unwrap(FunnelDocument);
const NODE = unwrap(Node);

/** Per discriminated union: discriminator and option by discriminator value (built once). */
const unionCache = new WeakMap<Schema, { disc: string; byValue: Map<unknown, Schema> }>();

/** For a discriminated union, the option matching `obj`; otherwise the schema itself. */
function pickOption(s: Schema, obj: Record<string, unknown>): Schema | undefined {
  const def = defOf(s);
  if (def.type !== 'union') return s;
  let entry = unionCache.get(s);
  if (!entry) {
    const disc = def.discriminator as string | undefined;
    if (!disc) return undefined;
    const byValue = new Map<unknown, Schema>();
    for (const option of (def.options as Schema[]).map(unwrap)) {
      const shape = defOf(option).shape as Record<string, Schema> | undefined;
      const lit = shape?.[disc] ? defOf(unwrap(shape[disc])) : undefined;
      if (Array.isArray(lit?.values)) for (const v of lit.values) byValue.set(v, option);
    }
    entry = { disc, byValue };
    unionCache.set(s, entry);
  }
  return entry.byValue.get(obj[entry.disc]);
}

/** Copy of `value` with object keys ordered by `schema`; keys the schema does not know go last, sorted. */
function ordered(value: unknown, schema: Schema | undefined): unknown {
  const s = schema && unwrap(schema);
  if (Array.isArray(value)) {
    const element = s && defOf(s).type === 'array' ? (defOf(s).element as Schema) : undefined;
    return value.map((v) => ordered(v, element));
  }
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  const option = s && pickOption(s, obj);
  const shape = option && defOf(option).type === 'object' ? (defOf(option).shape as Record<string, Schema>) : {};
  const known = Object.keys(shape);
  const first = s === DOC ? TOP_ORDER : s === NODE ? FIRST_IN_NODE : [];
  const keys = [...new Set([...first, ...known])].filter((k) => Object.hasOwn(obj, k));
  const extra = Object.keys(obj).filter((k) => !keys.includes(k)).sort();
  const out: Record<string, unknown> = {};
  for (const k of [...keys, ...extra]) {
    if (obj[k] === undefined) continue;
    out[k] = ordered(obj[k], Object.hasOwn(shape, k) ? shape[k] : undefined);
  }
  return out;
}

/** The document with keys in export order (a deep copy of plain data). */
export function orderedDocument(doc: FunnelDocument): unknown {
  return ordered(doc, FunnelDocument);
}

/** The document as the text of a `.funnel.json` file. */
export function serializeDocument(doc: FunnelDocument): string {
  return `${JSON.stringify(orderedDocument(doc), null, 2)}\n`;
}
