/**
 * Headless simulation: `npm run simulate -- <file.json> [--runs N] [--seed S] [--scenario ID]
 * [--json]`. The same parse, compile, engine and summary code as the app, on one thread.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '$lib/model/io/parse';
import type { Problem } from '$lib/model/problem';
import { compile, CompileError } from '$lib/sim/compile';
import { simulate } from '$lib/sim/engine';
import { summarizeRuns } from '$lib/sim/summarize';
import { parseArgs, USAGE } from './args';
import { jsonReport, textReport } from './format';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
}

const problemLine = (p: Problem) => `  ${p.severity}: ${p.message}${p.path.length ? ` (at ${p.path.join('.')})` : ''}`;

/** Runs the CLI; returns the exit status. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (parsed.ok === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (!parsed.ok) {
    io.err(`error: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const { file, runs, seed, scenario, json } = parsed.args;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.err(`error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const result = parseDocument(text);
  if (!result.ok) {
    io.err(`${file}: not a valid Funnel Lab design\n${result.problems.map(problemLine).join('\n')}\n`);
    return 2;
  }
  const doc = result.doc;
  let plan;
  try {
    plan = compile(doc, scenario ?? null);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    io.err(`${file}: the design cannot be simulated\n${e.problems.map(problemLine).join('\n')}\n`);
    return 2;
  }
  const n = runs ?? doc.settings.runs;
  const s = seed ?? doc.settings.seed;
  const summary = summarizeRuns(simulate(plan, s, 0, n), plan, doc);
  io.out(json ? JSON.stringify(jsonReport(summary, doc), null, 2) + '\n' : textReport(summary, doc));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const code = runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  process.exitCode = code;
}
