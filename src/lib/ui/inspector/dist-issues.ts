/**
 * What is wrong with the numbers typed into a distribution editor, as codes the UI translates.
 * Typing problems (empty, not a number, not whole) come from parsing; parameter problems come
 * from the model's `distProblems` (the same checks the importer applies), so the editor and the
 * importer can never disagree about what is possible.
 */
import { distProblems, type DistDomain } from '$lib/model/dist-check';
import type { Dist } from '$lib/model/schema';

export type DistIssueCode = 'empty' | 'invalid' | 'whole' | 'negative' | 'aboveOne' | 'order' | 'lognormalLow' | 'betaNotRate';

export interface DistIssue {
  code: DistIssueCode;
  /** The parameter the issue is about (`low`, `mode`, …), if any. */
  param?: string;
  /** The other parameter of an ordering issue (`high` in "low must not exceed high"). */
  other?: string;
}

const CODES = {
  'dist.notNumber': 'invalid',
  'dist.order': 'order',
  'dist.betaWhole': 'whole',
  'dist.betaNotRate': 'betaNotRate',
  'dist.lognormalLow': 'lognormalLow',
  'dist.negative': 'negative',
  'dist.rateAbove1': 'aboveOne',
} as const satisfies Record<string, DistIssueCode>;

/** The problems of `distProblems(d, domain)` as editor issues; [] when the distribution is fine. */
export function distIssues(d: Dist, domain: DistDomain): DistIssue[] {
  return distProblems(d, domain).map((p) => ({
    code: CODES[p.code],
    param: p.params.param ?? p.field,
    other: p.params.other,
  }));
}

/** Structural equality of two distributions (same kind, same parameters). */
export function sameDist(a: Dist, b: Dist): boolean {
  if (a.type !== b.type) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (!Object.is(x[k], y[k])) return false;
  return true;
}
