/**
 * The headless CLI: spawned as users run it (exit codes, stdout/stderr), plus its argument
 * handling in-process. Fixture designs are written to a temporary folder.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KPI_NAMES } from '$lib/model/schema';
import { serializeDocument } from '$lib/model/io/serialize';
import { parseArgs } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/simulate';
import { design, edge, fixed, source, stage, uniform, won } from '../sim/engine/helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir = '';
let good = '';

const doc = design(
  [source('ads', uniform(40, 60), { cost: { perUnit: fixed(1), fixedPerPeriod: fixed(0) } }), stage('lp', { milestone: 'lead' }), won('w', { value: fixed(200) })],
  [edge('ads', 'lp', uniform(0.2, 0.4), 'e1'), edge('lp', 'w', uniform(0.05, 0.15), 'e2')],
  { periods: 8, runs: 500, seed: 3 },
  { scenarios: [{ id: 'cheap', name: 'Cheap', overrides: [{ target: 'w', field: 'value', value: fixed(100) }] }], targets: [{ metric: 'customers', atLeast: 10 }] },
);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'funnel-cli-'));
  good = join(dir, 'good.funnel.json');
  writeFileSync(good, serializeDocument(doc));
  writeFileSync(join(dir, 'broken.json'), '{ "format": "funnel-lab", ');
  writeFileSync(join(dir, 'nosource.json'), serializeDocument(design([stage('a')], [])));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run simulate (spawned)', () => {
  it('prints one JSON object with the KPIs, nodes, edges, targets and undefined ratios', () => {
    const r = cli(good, '--runs', '300', '--seed', '5', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.runs).toBe(300);
    expect(out.seed).toBe(5);
    expect(Object.keys(out.kpis)).toEqual([...KPI_NAMES]);
    expect(Object.keys(out.kpis.customers)).toEqual(['mean', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95']);
    expect(out.nodes.lp.entered.p50).toBeGreaterThan(0);
    expect(out.edges.e2.flow.mean).toBeGreaterThan(0);
    expect(out.targets[0]).toMatchObject({ metric: 'customers', atLeast: 10 });
    expect(out.undefinedRatios).toHaveProperty('cac');
    // Same engine and seed in-process: the same numbers.
    let text = '';
    expect(runCli([good, '--runs', '300', '--seed', '5', '--json'], { out: (t) => (text += t), err: () => {}, readFile: (p) => readFileSync(p, 'utf8') })).toBe(0);
    expect(JSON.parse(text)).toEqual(out);
  });

  it('prints a readable table by default, with the design settings as defaults', () => {
    const r = cli(good);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/500 runs, seed 3, 8 weeks/);
    expect(r.out).toMatch(/KPI\s+mean\s+P10\s+P50\s+P90/);
    expect(r.out).toMatch(/Customers\s+[\d.,]+/);
    expect(r.out).toMatch(/Targets\n\s+Customers ≥ 10: [\d.]+ % of runs/);
  });

  it('exits 2 with the specific problems of an invalid file', () => {
    const broken = cli(join(dir, 'broken.json'));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/not a valid Funnel Lab design/);
    expect(broken.err).toMatch(/error: /);
  });

  it('exits 2 with the usage for bad arguments', () => {
    const r = cli(good, '--runs', 'many');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--runs must be a whole number/);
    expect(r.err).toMatch(/Usage: npm run simulate/);
    expect(r.out).toBe('');
  });
});

describe('CLI in-process', () => {
  const io = () => {
    const o = { out: '', err: '' };
    return { o, io: { out: (t: string) => (o.out += t), err: (t: string) => (o.err += t), readFile: (p: string) => readFileSync(p, 'utf8') } };
  };

  it('simulates a scenario: same flows, other money', () => {
    const a = io();
    const b = io();
    expect(runCli([good, '--json', '--runs', '200'], a.io)).toBe(0);
    expect(runCli([good, '--json', '--runs', '200', '--scenario', 'cheap'], b.io)).toBe(0);
    const x = JSON.parse(a.o.out);
    const y = JSON.parse(b.o.out);
    expect(y.scenario).toBe('cheap');
    expect(y.kpis.customers).toEqual(x.kpis.customers);
    expect(y.kpis.revenue.mean).toBeCloseTo(x.kpis.revenue.mean / 2, 6);
  });

  it('refuses a design with semantic errors with its problems and status 2', () => {
    const a = io();
    expect(runCli([join(dir, 'nosource.json')], a.io)).toBe(2);
    expect(a.o.err).toMatch(/cannot be simulated/);
    expect(a.o.err).toMatch(/source/i);
    expect(a.o.out).toBe('');
  });

  it('refuses an unknown scenario and a missing file with status 2', () => {
    const a = io();
    expect(runCli([good, '--scenario', 'nope'], a.io)).toBe(2);
    expect(a.o.err).toMatch(/no scenario with id "nope"/);
    const b = io();
    expect(runCli([join(dir, 'missing.json')], b.io)).toBe(2);
    expect(b.o.err).toMatch(/cannot read/);
  });

  it('parses arguments strictly', () => {
    expect(parseArgs(['f.json', '--runs=20', '--seed', '0', '--json', '--scenario', 's1'])).toEqual({
      ok: true,
      args: { file: 'f.json', runs: 20, seed: 0, scenario: 's1', json: true },
    });
    expect(parseArgs(['--help'])).toEqual({ ok: 'help' });
    for (const bad of [[], ['f.json', '--runs', '0'], ['f.json', '--runs', '1000001'], ['f.json', '--runs'], ['f.json', '--seed', '-1'], ['f.json', '--seed', '1.5'], ['f.json', '--frobnicate'], ['a.json', 'b.json'], ['f.json', '--scenario'], ['f.json', '--json=yes']]) {
      expect(parseArgs(bad).ok, bad.join(' ')).toBe(false);
    }
  });
});
