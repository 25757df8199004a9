/**
 * Problems found in a design (semantic validation) or in a file (import). `message` is English
 * and always filled; `code` + `params` let the UI show it in the user's language through
 * `problemMessage` (key `problems.<code>` in the i18n "problems" area).
 */
import { en, type MessageKey } from '$lib/i18n/messages';
import { interpolate, type MessageParams } from '$lib/i18n/translate';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable identifier of the rule, e.g. `rates.over100`; the i18n key is `problems.<code>`. */
  code: string;
  params: Record<string, string | number>;
  /** English text naming nodes and edges by label. */
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** Where in the document (or file) the problem sits, e.g. `['nodes', 3, 'delay', 'low']`. */
  path: (string | number)[];
}

/** Any translate function taking message keys (the app's `t`). */
export type ProblemTranslate = (key: MessageKey, params?: MessageParams) => string;

const english = en as Record<string, string>;
const EN_NUMBER = new Intl.NumberFormat('en');

export const problemKey = (code: string) => `problems.${code}`;

/** True when the problems area has a message for `code`. */
export function hasProblemMessage(code: string): boolean {
  return Object.hasOwn(english, problemKey(code));
}

/**
 * The English message of a problem code with its params. Used by the model to fill `message`,
 * so the English text and its translations come from the same templates.
 */
export function englishMessage(code: string, params: Record<string, string | number>): string {
  const template = english[problemKey(code)];
  // A code without a message is a bug (tests/unit/model/problem-codes.test.ts scans for them);
  // still show something readable rather than throw while reporting a problem.
  if (template === undefined) return typeof params.detail === 'string' ? params.detail : code;
  // Numbers formatted here with one shared formatter: building an Intl.NumberFormat per message
  // made validating a large design slow.
  const text: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) text[k] = typeof v === 'number' ? EN_NUMBER.format(v) : v;
  return interpolate(template, text, 'en');
}

/** Builds a problem whose English message comes from the problems area. */
export function problem(
  severity: Severity,
  code: string,
  params: Record<string, string | number>,
  path: (string | number)[],
  ids: { nodeId?: string; edgeId?: string } = {},
): Problem {
  const p: Problem = { severity, code, params, message: englishMessage(code, params), path };
  if (ids.nodeId !== undefined) p.nodeId = ids.nodeId;
  if (ids.edgeId !== undefined) p.edgeId = ids.edgeId;
  return p;
}

/**
 * The problem in the user's language. Falls back to the English `message` for codes without a
 * message and when the params do not fill every placeholder (a problem built elsewhere with the
 * same code but other params must not show "{node}").
 */
export function problemMessage(p: Problem, t: ProblemTranslate): string {
  if (!hasProblemMessage(p.code)) return p.message;
  const template = english[problemKey(p.code)];
  for (const m of template.matchAll(/\{(\w+)\}/g)) if (p.params?.[m[1]] === undefined) return p.message;
  return t(problemKey(p.code) as MessageKey, p.params);
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
