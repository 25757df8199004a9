/**
 * `npm run bench [-- --json] [-- --quick]`: the performance benchmark of DESIGN.md §5 on the
 * models in bench/models/, single-threaded in this process. Per model: runs, wall and CPU time,
 * runs per second, the speed-up over the naive reference (bench/naive.ts, run on fewer runs in
 * the same process), peak memory; then 100,000 runs of M1 for the memory target. Wall time is
 * what the targets are about; CPU time shows how much a busy machine inflated it.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '$lib/model/io/parse';
import type { FunnelDocument } from '$lib/model/schema';
import { compile } from '$lib/sim/compile';
import { Engine } from '$lib/sim/engine';
import { KPI_INDEX, type Plan } from '$lib/sim/plan';
import { allocRaw, defaultBandRuns, type RawResults } from '$lib/sim/raw';
import { summarizeRuns } from '$lib/sim/summarize';
import { expectedValues } from '$lib/sim/expected';
import { naiveSimulate } from './naive';

interface ModelSpec {
  key: string;
  file: string;
  runs: number;
  naiveRuns: number;
  /** Target wall time of `runs` runs (ms) and minimum speed-up over naive, if any. */
  targetMs: number;
  minSpeedup?: number;
}

const MODELS: ModelSpec[] = [
  { key: 'M1', file: 'm1-b2b-pipeline.funnel.json', runs: 10_000, naiveRuns: 60, targetMs: 1500, minSpeedup: 20 },
  { key: 'M2', file: 'm2-wide.funnel.json', runs: 10_000, naiveRuns: 8, targetMs: 5000 },
  { key: 'M3', file: 'm3-aida.funnel.json', runs: 1_000_000, naiveRuns: 20_000, targetMs: 3000 },
];
const HEAP_RUNS = 100_000;
const HEAP_LIMIT_MB = 600;
const SEED = 12345;

const MB = 1024 * 1024;

// A full collection before each measurement, so a model's peak does not include the previous
// model's garbage (the npm script cannot pass --expose-gc to node through tsx).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Peak of V8 heap and of heap + typed-array memory, sampled between slices of work. */
class MemoryPeak {
  heap = 0;
  total = 0;
  sample() {
    const m = process.memoryUsage();
    this.heap = Math.max(this.heap, m.heapUsed);
    this.total = Math.max(this.total, m.heapUsed + m.arrayBuffers);
  }
}

function load(file: string): FunnelDocument {
  const text = readFileSync(fileURLToPath(new URL(`./models/${file}`, import.meta.url)), 'utf8');
  const r = parseDocument(text);
  if (!r.ok) throw new Error(`${file}: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.doc;
}

/** Simulates `runs` runs into one block in slices, sampling memory between slices. */
function simulateMeasured(plan: Plan, runs: number, mem: MemoryPeak): { raw: RawResults; wallMs: number; cpuMs: number } {
  const engine = new Engine(plan);
  const raw = allocRaw(plan, SEED, 0, runs, defaultBandRuns(plan, runs));
  const slice = Math.max(1, Math.ceil(runs / 50));
  mem.sample();
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let r = 0; r < runs; r += slice) {
    engine.run(SEED, r, Math.min(slice, runs - r), raw);
    mem.sample();
  }
  return { raw, wallMs: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

function mean(a: Float64Array | Float32Array, from: number, count: number): { mean: number; se: number } {
  let s = 0;
  for (let i = 0; i < count; i++) s += a[from + i];
  const mu = s / count;
  let v = 0;
  for (let i = 0; i < count; i++) v += (a[from + i] - mu) ** 2;
  return { mean: mu, se: Math.sqrt(v / (count - 1) / count) };
}

export interface ModelResult {
  model: string;
  file: string;
  nodes: number;
  edges: number;
  periods: number;
  runs: number;
  wallMs: number;
  cpuMs: number;
  runsPerSecond: number;
  summarizeMs: number;
  /** Expected-value mode (compile included): CPU time per evaluation, mean of 50. */
  expectedValuesMs: number;
  naive: { runs: number; wallMs: number; runsPerSecond: number };
  speedup: number;
  peakHeapMB: number;
  peakHeapPlusArraysMB: number;
  check: { customersEngine: number; customersNaive: number; differenceInSE: number };
  targetMs: number;
  meetsTime: boolean;
  meetsSpeedup: boolean | null;
}

function benchModel(spec: ModelSpec, quick: boolean): ModelResult {
  const doc = load(spec.file);
  const plan = compile(doc);
  const runs = quick ? Math.ceil(spec.runs / 10) : spec.runs;
  // Warm up the JIT on a few runs of this model.
  new Engine(plan).run(SEED, 0, Math.min(200, runs), allocRaw(plan, SEED, 0, Math.min(200, runs), 0));
  gc();
  const mem = new MemoryPeak();
  const sim = simulateMeasured(plan, runs, mem);
  const t1 = performance.now();
  summarizeRuns(sim.raw, plan, doc);
  const summarizeMs = performance.now() - t1;
  mem.sample();

  gc();
  for (let k = 0; k < 20; k++) expectedValues(doc);
  const c3 = cpuMs();
  for (let k = 0; k < 50; k++) expectedValues(doc);
  const expectedValuesMs = (cpuMs() - c3) / 50;

  const naiveRuns = quick ? Math.ceil(spec.naiveRuns / 4) : spec.naiveRuns;
  naiveSimulate(plan, SEED, Math.min(5, naiveRuns));
  const t2 = performance.now();
  const naive = naiveSimulate(plan, SEED, naiveRuns);
  const naiveMs = performance.now() - t2;

  const k = KPI_INDEX.customers * sim.raw.stride;
  const e = mean(sim.raw.kpi, k, runs);
  const nv = mean(naive.customers, 0, naiveRuns);
  const runsPerSecond = runs / (sim.wallMs / 1000);
  const naiveRps = naiveRuns / (naiveMs / 1000);
  const speedup = runsPerSecond / naiveRps;
  return {
    model: spec.key,
    file: spec.file,
    nodes: plan.n,
    edges: plan.m,
    periods: plan.periods,
    runs,
    wallMs: Math.round(sim.wallMs),
    cpuMs: Math.round(sim.cpuMs),
    runsPerSecond: Math.round(runsPerSecond),
    summarizeMs: Math.round(summarizeMs),
    expectedValuesMs: Math.round(expectedValuesMs * 100) / 100,
    naive: { runs: naiveRuns, wallMs: Math.round(naiveMs), runsPerSecond: Math.round(naiveRps * 10) / 10 },
    speedup: Math.round(speedup * 10) / 10,
    peakHeapMB: Math.round(mem.heap / MB),
    peakHeapPlusArraysMB: Math.round(mem.total / MB),
    check: {
      customersEngine: Math.round(e.mean * 100) / 100,
      customersNaive: Math.round(nv.mean * 100) / 100,
      differenceInSE: Math.round(((e.mean - nv.mean) / Math.hypot(e.se, nv.se)) * 100) / 100,
    },
    targetMs: quick ? spec.targetMs / 10 : spec.targetMs,
    meetsTime: sim.wallMs <= (quick ? spec.targetMs / 10 : spec.targetMs),
    meetsSpeedup: spec.minSpeedup === undefined ? null : speedup >= spec.minSpeedup,
  };
}

function heapCheck(quick: boolean) {
  const doc = load(MODELS[0].file);
  const plan = compile(doc);
  const runs = quick ? HEAP_RUNS / 10 : HEAP_RUNS;
  gc();
  const mem = new MemoryPeak();
  const sim = simulateMeasured(plan, runs, mem);
  const t0 = performance.now();
  summarizeRuns(sim.raw, plan, doc);
  const summarizeMs = performance.now() - t0;
  mem.sample();
  return {
    model: 'M1',
    runs,
    wallMs: Math.round(sim.wallMs),
    summarizeMs: Math.round(summarizeMs),
    peakHeapMB: Math.round(mem.heap / MB),
    peakHeapPlusArraysMB: Math.round(mem.total / MB),
    limitMB: HEAP_LIMIT_MB,
    meets: mem.total / MB <= HEAP_LIMIT_MB,
  };
}

function machine() {
  const c = cpus();
  return { cpu: c[0]?.model ?? 'unknown', nproc: c.length, node: process.version, platform: `${process.platform} ${process.arch}` };
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  const only = args.find((a) => /^M[123]$/i.test(a))?.toUpperCase();
  const log = (s: string) => {
    if (!json) console.log(s);
  };
  const m = machine();
  log(`Funnel Lab benchmark — ${m.cpu}, ${m.nproc} cores, Node ${m.node}${quick ? ' (quick: a tenth of the runs)' : ''}`);
  const results: ModelResult[] = [];
  for (const spec of MODELS) {
    if (only && spec.key !== only) continue;
    const r = benchModel(spec, quick);
    results.push(r);
    log(
      `${r.model} ${r.file}: ${r.nodes} nodes, ${r.edges} edges, ${r.periods} periods — ${r.runs.toLocaleString('en-US')} runs in ${r.wallMs} ms ` +
        `(CPU ${r.cpuMs} ms), ${r.runsPerSecond.toLocaleString('en-US')} runs/s, target ≤ ${r.targetMs} ms ${r.meetsTime ? 'met' : 'MISSED'}; ` +
        `naive ${r.naive.runsPerSecond} runs/s → ${r.speedup}× faster${r.meetsSpeedup === null ? '' : r.meetsSpeedup ? ' (≥ 20× met)' : ' (≥ 20× MISSED)'}; ` +
        `summary ${r.summarizeMs} ms; expected values ${r.expectedValuesMs} ms CPU; peak heap ${r.peakHeapMB} MB (+ typed arrays ${r.peakHeapPlusArraysMB} MB); ` +
        `customers engine ${r.check.customersEngine} vs naive ${r.check.customersNaive} (${r.check.differenceInSE} SE)`,
    );
  }
  let heap = null;
  if (!only || only === 'M1') {
    heap = heapCheck(quick);
    log(
      `M1 × ${heap.runs.toLocaleString('en-US')} runs: ${heap.wallMs} ms + summary ${heap.summarizeMs} ms, peak heap ${heap.peakHeapMB} MB, ` +
        `heap + typed arrays ${heap.peakHeapPlusArraysMB} MB (limit ${heap.limitMB} MB ${heap.meets ? 'met' : 'MISSED'})`,
    );
  }
  if (json) console.log(JSON.stringify({ machine: m, quick, models: results, heap }, null, 2));
}

main();
