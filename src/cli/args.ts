/** Command-line arguments of `npm run simulate`. */

export const USAGE = `Usage: npm run simulate -- <file.json> [--runs N] [--seed S] [--scenario ID] [--json]

Runs the Monte Carlo simulation of a Funnel Lab design and prints its KPIs.

  <file.json>      a Funnel Lab design (.funnel.json)
  --runs N         number of runs, 1 … 1000000 (default: the design's settings)
  --seed S         integer seed, 0 … 9007199254740991 (default: the design's settings)
  --scenario ID    simulate this scenario instead of the base design
  --json           print one JSON object instead of a table
  --help           show this help

Exit status: 0 on success, 2 for bad arguments or a design that cannot be simulated.`;

export interface CliArgs {
  file: string;
  runs?: number;
  seed?: number;
  scenario?: string;
  json: boolean;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; error: string } | { ok: 'help' };

const MAX_RUNS = 1_000_000;

function intArg(name: string, text: string | undefined, min: number, max: number): number | string {
  if (text === undefined || text.startsWith('--')) return `${name} needs a value`;
  if (!/^\d+$/.test(text)) return `${name} must be a whole number, not "${text}"`;
  const v = Number(text);
  if (!Number.isSafeInteger(v) || v < min || v > max) return `${name} must be between ${min} and ${max}, not ${text}`;
  return v;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: Partial<CliArgs> = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    // --name=value is accepted as well as --name value.
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (name) {
      case '--help':
      case '-h':
        return { ok: 'help' };
      case '--json':
        if (inline !== undefined) return { ok: false, error: '--json takes no value' };
        out.json = true;
        break;
      case '--runs':
      case '--seed': {
        const v = intArg(name, value(), name === '--runs' ? 1 : 0, name === '--runs' ? MAX_RUNS : Number.MAX_SAFE_INTEGER);
        if (typeof v === 'string') return { ok: false, error: v };
        if (name === '--runs') out.runs = v;
        else out.seed = v;
        break;
      }
      case '--scenario': {
        const v = value();
        if (v === undefined || v === '' || v.startsWith('--')) return { ok: false, error: '--scenario needs a scenario id' };
        out.scenario = v;
        break;
      }
      default:
        if (a.startsWith('-')) return { ok: false, error: `unknown option ${a}` };
        if (out.file !== undefined) return { ok: false, error: `only one file can be simulated (got "${out.file}" and "${a}")` };
        out.file = a;
    }
  }
  if (out.file === undefined) return { ok: false, error: 'no design file given' };
  return { ok: true, args: out as CliArgs };
}
