/**
 * Import: text → document. Order (each step may refuse the file with a named problem): size,
 * JSON syntax, `format`, `version`, migrations, node count, schema. Never throws.
 */
import { CURRENT_VERSION, FORMAT, FunnelDocument, MAX_NODES } from '../schema';
import { problem, type Problem } from '../problem';
import { locateJsonError } from './json-error';
import { MIGRATIONS, FIRST_VERSION, migrate, type MigrationRegistry, type RawDocument } from './migrations';
import { issueToProblem } from './issues';
import { describePlace, formatPath } from './places';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A refused file lists at most this many problems, then "and N more". */
export const MAX_PROBLEMS = 50;
/** Keys never copied from a file: they could reach object prototypes in careless code. */
const POISON = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult =
  | { ok: true; doc: FunnelDocument; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /** For tests of the migration machinery. */
  migrations?: MigrationRegistry;
  currentVersion?: number;
}

const refuse = (code: string, params: Record<string, string | number> = {}, path: (string | number)[] = []): ParseResult => ({
  ok: false,
  problems: [problem('error', code, params, path)],
});

/**
 * The UTF-8 size of `text` when it exceeds the limit, else null. Each UTF-16 unit takes 1–3
 * bytes, so the text is only encoded when its length alone does not decide.
 */
function oversize(text: string): number | null {
  if (text.length > MAX_FILE_BYTES) return text.length;
  if (text.length * 3 <= MAX_FILE_BYTES) return null;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_FILE_BYTES ? bytes : null;
}

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(text, options);
  } catch (e) {
    // Nothing above should throw; if something does, the user still gets a message, not a crash.
    return refuse('import.unexpected', { detail: e instanceof Error ? e.message : String(e) });
  }
}

function parseUnsafe(text: string, options: ParseOptions): ParseResult {
  const current = options.currentVersion ?? CURRENT_VERSION;
  if (typeof text !== 'string') return refuse('import.notText');
  const bytes = oversize(text);
  if (bytes !== null) {
    return refuse('import.tooLarge', { size: String(mb(bytes)), limit: String(mb(MAX_FILE_BYTES)) });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('import.emptyFile');

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const place = locateJsonError(body);
    if (!place) return refuse('import.notJson', { line: 1, column: 1, found: '?' });
    if (place.found === null) return refuse('import.notJsonEnd', { line: place.line, column: place.column });
    return refuse('import.notJson', { line: place.line, column: place.column, found: describeChar(place.found) });
  }

  const ignored: string[] = [];
  const poisoned = stripPoison(raw);
  if (!isPlainObject(raw) || raw.format !== FORMAT) return refuse('import.notFunnel');

  const version = raw.version;
  if (version === undefined) return refuse('import.noVersion', {}, ['version']);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_VERSION) {
    return refuse('import.badVersion', { version: typeof version === 'number' ? String(version) : JSON.stringify(version) ?? String(version) }, ['version']);
  }
  if (version > current) return refuse('import.newerVersion', { version, supported: current }, ['version']);

  let doc: RawDocument = raw;
  if (version < current) {
    const migrated = migrate(raw, version, options.migrations ?? MIGRATIONS, current);
    if (!migrated.ok) return refuse('import.migrationFailed', { from: migrated.version, to: migrated.version + 1, detail: migrated.detail });
    doc = migrated.doc;
  }

  if (Array.isArray(doc.nodes) && doc.nodes.length > MAX_NODES) {
    return refuse('import.tooManyNodes', { count: doc.nodes.length, limit: MAX_NODES }, ['nodes']);
  }

  const parsed = FunnelDocument.safeParse(doc, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => issueToProblem(issue, doc));
    const rest = parsed.error.issues.length - problems.length;
    if (rest > 0) problems.push(problem('error', 'import.moreProblems', { count: rest }, []));
    return { ok: false, problems };
  }

  collectUnknown(doc, parsed.data, [], ignored);
  const warnings: Problem[] = [];
  const count = ignored.length + poisoned;
  if (count > 0) {
    const examples = ignored.slice(0, 3).map((p) => {
      const parts = p.split('\u0000');
      return describePlace(doc, parts.map((s) => (/^\d+$/.test(s) ? Number(s) : s))).at;
    });
    warnings.push(problem('warning', 'import.unknownFields', { count, examples: examples.join('; ') || formatPath(['__proto__']) }, []));
  }
  return { ok: true, doc: parsed.data, warnings };
}

function describeChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deletes poison keys everywhere (iteratively: nesting depth is unbounded); returns how many. */
function stripPoison(root: unknown): number {
  let removed = 0;
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (POISON.has(key)) {
        delete (v as Record<string, unknown>)[key];
        removed++;
      } else {
        const x = (v as Record<string, unknown>)[key];
        if (typeof x === 'object' && x !== null) stack.push(x);
      }
    }
  }
  return removed;
}

/**
 * Paths (segments joined by NUL) of input fields the schema dropped: every own key of an input
 * object that its parsed counterpart lacks. Zod keeps array order, so elements pair by index.
 */
function collectUnknown(input: unknown, output: unknown, path: string[], into: string[]): void {
  // Depth-first in document order; a dropped key is pushed as a marker so it is listed in place.
  const stack: [unknown, unknown, string[], boolean][] = [[input, output, path, false]];
  while (stack.length) {
    const [i, o, p, dropped] = stack.pop()!;
    if (dropped) into.push(p.join('\u0000'));
    else if (Array.isArray(i) && Array.isArray(o)) {
      for (let k = i.length - 1; k >= 0; k--) stack.push([i[k], o[k], [...p, String(k)], false]);
    } else if (isPlainObject(i) && isPlainObject(o)) {
      const keys = Object.keys(i);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k];
        stack.push([i[key], o[key], [...p, key], !Object.hasOwn(o, key)]);
      }
    }
  }
}
