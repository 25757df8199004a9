/**
 * The text a person is typing into a distribution editor, kept apart from the document: a
 * half-typed or impossible value stays in the field (with its message) and never reaches the
 * document; a valid one is handed out for committing. What the person typed is never rewritten
 * while the document agrees with it, so "2," stays "2," and "12 %" stays "12 %" until the field
 * is left.
 */
import { paramNames, type DistDomain } from '$lib/model/dist-check';
import type { Dist, DistType } from '$lib/model/schema';
import { convertDist } from './dist-convert';
import { distIssues, sameDist, type DistIssue } from './dist-issues';
import { formatEditable, parseNumber } from './number-format';
import { fromDisplay, isWholeParam, toDisplay } from './units';

export interface DraftResult {
  /** The distribution the text describes, in stored units, when it is complete and possible. */
  dist: Dist | null;
  issues: DistIssue[];
}

/** Parses the texts of a distribution's parameters (display units) into a checked distribution. */
export function evaluateDraft(type: DistType, text: Record<string, string>, domain: DistDomain, locale: string): DraftResult {
  const issues: DistIssue[] = [];
  const out: Record<string, unknown> = { type };
  for (const p of paramNames(type)) {
    const r = parseNumber(text[p] ?? '', locale);
    if (!r.ok) issues.push({ code: r.reason, param: p });
    else if (isWholeParam(p) && !Number.isInteger(r.value)) issues.push({ code: 'whole', param: p });
    else out[p] = fromDisplay(r.value, domain, p);
  }
  if (issues.length) return { dist: null, issues };
  const dist = out as unknown as Dist;
  const problems = distIssues(dist, domain);
  return problems.length ? { dist: null, issues: problems } : { dist, issues: [] };
}

/** The editable texts of a distribution's parameters in display units. */
export function draftTexts(d: Dist, domain: DistDomain, locale: string): Record<string, string> {
  const values = d as unknown as Record<string, number>;
  return Object.fromEntries(paramNames(d.type).map((p) => [p, formatEditable(toDisplay(values[p], domain, p), locale)]));
}

export class DistDraft {
  type = $state<DistType>('fixed');
  text = $state<Record<string, string>>({});
  #domain: DistDomain = 'count';
  #locale = $state('en');
  result: DraftResult = $derived(evaluateDraft(this.type, this.text, this.#domain, this.#locale));

  constructor(value: Dist, domain: DistDomain, locale: string) {
    this.#domain = domain;
    this.#locale = locale;
    this.reset(value);
  }

  /** Shows `d` as freshly formatted text, discarding whatever was typed. */
  reset(d: Dist): void {
    this.type = d.type;
    this.text = draftTexts(d, this.#domain, this.#locale);
  }

  /**
   * Follows the document: an outside change (undo, another control, another selection) replaces
   * the text; the echo of our own commit does not. A new language reformats valid text.
   */
  sync(value: Dist, locale: string): void {
    if (locale !== this.#locale) {
      const current = this.result.dist;
      this.#locale = locale;
      if (current) this.reset(current);
    }
    const current = this.result.dist;
    if (!current || !sameDist(current, value)) this.reset(value);
  }

  /** Records typed text; returns the distribution to commit, or null (invalid, or unchanged). */
  input(param: string, text: string, committed: Dist): Dist | null {
    this.text = { ...this.text, [param]: text };
    const d = this.result.dist;
    return d && !sameDist(d, committed) ? d : null;
  }

  /** Switches kind keeping the range and mean of what is shown (or of `committed` if it is invalid). */
  setType(to: DistType, committed: Dist): Dist {
    const next = convertDist(this.result.dist ?? committed, to, this.#domain);
    this.reset(next);
    return next;
  }

  /** Leaving the editor tidies valid text ("12.50" → "12.5"); invalid text stays for fixing. */
  tidy(): void {
    if (this.result.dist) this.reset(this.result.dist);
  }
}
