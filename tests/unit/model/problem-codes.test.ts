/**
 * Every problem code the code base can produce has an English message (and through the i18n
 * test, one in every language). Found by scanning the sources, so a new rule without a message
 * fails here even before any test triggers it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasProblemMessage, problem, englishMessage } from '$lib/model/problem';

const root = fileURLToPath(new URL('../../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

function codesIn(text: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bproblem\(\s*'(?:error|warning)',\s*'([\w.]+)'/g, // problem('error', 'import.tooLarge', …)
    /\berr\(\s*'((?:import|dist)\.[\w.]+)'/g, // io/issues.ts
    /\brefuse\(\s*'([\w.]+)'/g, // io/parse.ts
    /params: \{ code: '([\w.]+)'/g, // schema.ts custom issues
    /\| '(dist\.\w+)'/g, // DistProblemCode
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1]);
  // Template codes: deadEnd.${n.kind} for sources and stages.
  if (text.includes('`deadEnd.${n.kind}`')) ['deadEnd.source', 'deadEnd.stage'].forEach((c) => found.add(c));
  return [...found];
}

describe('problem codes', () => {
  const all = files(root).flatMap((f) => codesIn(readFileSync(f, 'utf8')).map((code) => ({ code, file: f.slice(root.length + 1) })));

  it('the scan finds the model codes', () => {
    const codes = new Set(all.map((c) => c.code));
    for (const c of ['rates.over100', 'loop.noDelay', 'import.tooLarge', 'import.newerVersion', 'dist.order', 'import.duplicateId', 'deadEnd.stage']) {
      expect(codes, c).toContain(c);
    }
  });

  it('every code has a message in the problems area', () => {
    const missing = all.filter(({ code }) => !hasProblemMessage(code)).map(({ code, file }) => `${file}: ${code}`);
    expect(missing).toEqual([]);
  });

  it('an unknown code still yields a readable message instead of throwing', () => {
    expect(englishMessage('no.such.code', { detail: 'details here' })).toBe('details here');
    expect(problem('error', 'no.such.code', {}, []).message).toBe('no.such.code');
  });
});
