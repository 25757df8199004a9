/** Turns zod issues of an imported file into problems that name the place by label. */
import type { z } from 'zod';
import { fmt } from '../dist-check';
import { problem, type Problem } from '../problem';
import { describePlace, formatPath } from './places';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Fields that hold a distribution (`Dist`), by their last path segment. */
const DIST_FIELDS = new Set(['rate', 'volume', 'delay', 'value', 'perUnit', 'perLead', 'fixedPerPeriod', 'revenuePerLead', 'perPeriod', 'churn']);

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : 'non-finite number';
  return typeof v;
}

function shown(v: unknown): string {
  if (typeof v === 'number') return fmt(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  return jsonType(v);
}

function options(values: readonly unknown[]): string {
  const list = values.slice(0, 12).map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
  return values.length > 12 ? `${list.join(', ')}, …` : list.join(', ');
}

/** One problem for one zod issue (an error: the file is refused). */
export function issueToProblem(issue: Issue, raw: unknown): Problem {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const place = describePlace(raw, path);
  const at = place.at;
  const err = (code: string, params: Record<string, string | number>) => problem('error', code, { at, ...params }, path);

  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const code = typeof params.code === 'string' ? params.code : undefined;
      if (code?.startsWith('dist.')) {
        // The issue path ends at the parameter (`…delay.low`) or at the distribution.
        const hasParam = typeof params.param === 'string' && path[path.length - 1] === params.param;
        const inner = place.where ? path.slice(2) : path;
        const distPath = formatPath(hasParam ? inner.slice(0, -1) : inner);
        const prefix = distPath ? `${distPath}.` : '';
        const out: Record<string, string | number> = { where: place.where || 'file', param: distPath };
        if (typeof params.param === 'string') out.param = `${prefix}${params.param}`;
        if (typeof params.value === 'string') out.value = params.value;
        if (typeof params.other === 'string') out.other = `${prefix}${params.other}`;
        if (typeof params.otherValue === 'string') out.otherValue = params.otherValue;
        return problem('error', code, out, path);
      }
      if (code?.startsWith('import.')) {
        const extra: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(params)) if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) extra[k] = v;
        return err(code, extra);
      }
      return err('import.invalid', { detail: issue.message });
    }
    case 'invalid_type': {
      if (issue.input === undefined) return err('import.missing', {});
      if (issue.expected === 'int') return err('import.notWhole', { value: shown(issue.input) });
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return err('import.notFinite', {});
      if (issue.expected === 'object' && typeof issue.input === 'number' && DIST_FIELDS.has(String(path[path.length - 1]))) {
        // A bare number where a distribution belongs: the most likely slip when writing files by hand.
        return err('import.bareNumber', { value: shown(issue.input), example: JSON.stringify({ type: 'fixed', value: issue.input }) });
      }
      return err('import.wrongType', { expected: issue.expected, found: jsonType(issue.input) });
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        if (small && limit <= 1) return err('import.empty', {});
        return err(small ? 'import.textTooShort' : 'import.textTooLong', { limit });
      }
      if (issue.origin === 'array' || issue.origin === 'set') return err(small ? 'import.tooFewItems' : 'import.tooManyItems', { limit });
      return err(small ? 'import.tooSmall' : 'import.tooBig', { value: shown(issue.input), limit: fmt(limit) });
    }
    case 'invalid_value':
      return err('import.oneOf', { options: options(issue.values), found: shown(issue.input) });
    case 'invalid_union': {
      const union = issue as Issue & { options?: unknown[]; discriminator?: string };
      // Discriminated unions report the whole element as input; show the discriminator's value.
      let found = issue.input;
      if (union.discriminator && typeof found === 'object' && found !== null && !Array.isArray(found)) {
        found = Object.hasOwn(found, union.discriminator) ? (found as Record<string, unknown>)[union.discriminator] : undefined;
      }
      if (found === undefined) return err('import.missing', {});
      if (Array.isArray(union.options)) return err('import.oneOf', { options: options(union.options), found: shown(found) });
      return err('import.invalid', { detail: issue.message });
    }
    default:
      return err('import.invalid', { detail: issue.message });
  }
}
