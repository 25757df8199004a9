/** Small designs and statistics for the engine tests. */
import { FunnelDocument, type Dist, type FunnelDocumentInput } from '$lib/model/schema';
import { compile } from '$lib/sim/compile';
import { simulate } from '$lib/sim/engine';
import type { Plan } from '$lib/sim/plan';
import type { RawResults } from '$lib/sim/raw';

export const fixed = (value: number): Dist => ({ type: 'fixed', value });
export const uniform = (low: number, high: number): Dist => ({ type: 'uniform', low, high });
export const pert = (low: number, mode: number, high: number): Dist => ({ type: 'pert', low, mode, high });
export const triangular = (low: number, mode: number, high: number): Dist => ({ type: 'triangular', low, mode, high });
export const beta = (successes: number, trials: number): Dist => ({ type: 'beta', successes, trials });
export const normal = (low: number, high: number): Dist => ({ type: 'normal', low, high });
export const lognormal = (low: number, high: number): Dist => ({ type: 'lognormal', low, high });

type NodeIn = FunnelDocumentInput['nodes'][number];
const pos = { x: 0, y: 0 };

export const source = (id: string, volume: Dist, extra: Record<string, unknown> = {}): NodeIn =>
  ({ id, kind: 'source', label: id, position: pos, channel: 'seo', volume, ...extra }) as NodeIn;
export const stage = (id: string, extra: Record<string, unknown> = {}): NodeIn =>
  ({ id, kind: 'stage', label: id, position: pos, ...extra }) as NodeIn;
export const won = (id: string, extra: Record<string, unknown> = {}): NodeIn =>
  ({ id, kind: 'outcome', result: 'won', label: id, position: pos, ...extra }) as NodeIn;
export const lost = (id: string, extra: Record<string, unknown> = {}): NodeIn =>
  ({ id, kind: 'outcome', result: 'lost', label: id, position: pos, ...extra }) as NodeIn;
export const edge = (source: string, target: string, rate: Dist, id = `${source}->${target}`) => ({ id, source, target, rate });

export function design(
  nodes: NodeIn[],
  edges: ReturnType<typeof edge>[],
  settings: Partial<FunnelDocumentInput['settings']> = {},
  extra: Partial<FunnelDocumentInput> = {},
): FunnelDocument {
  return FunnelDocument.parse({
    format: 'funnel-lab',
    version: 1,
    settings: { periods: 10, runs: 1000, seed: 7, ...settings },
    nodes,
    edges,
    ...extra,
  });
}

/** Compile and simulate runs 0 … runs−1 in one call. */
export function run(doc: FunnelDocument, runs: number, seed = 1, scenarioId: string | null = null): { plan: Plan; raw: RawResults } {
  const plan = compile(doc, scenarioId);
  return { plan, raw: simulate(plan, seed, 0, runs) };
}

/** Column c of a per-run array as plain numbers. */
export function col(raw: RawResults, a: Float64Array | Float32Array | Uint8Array, c: number): number[] {
  return Array.from(a.subarray(c * raw.stride, c * raw.stride + raw.count));
}

export const nodeIndex = (plan: Plan, id: string) => {
  const i = plan.ids.indexOf(id);
  if (i < 0) throw new Error(`no node ${id}`);
  return i;
};
export const edgeIndex = (plan: Plan, id: string) => {
  const e = plan.edgeIds.indexOf(id);
  if (e < 0) throw new Error(`no edge ${id}`);
  return e;
};

export function meanSe(xs: number[]): { mean: number; se: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(v / n) };
}

/** |mean − expected| ≤ k standard errors (with a tiny absolute slack for exact zeros). */
export function expectWithinSe(xs: number[], expected: number, k = 4): void {
  const { mean, se } = meanSe(xs);
  const ok = Math.abs(mean - expected) <= k * se + 1e-9 * Math.max(1, Math.abs(expected));
  if (!ok) throw new Error(`mean ${mean} differs from ${expected} by ${((mean - expected) / se).toFixed(2)} SE (SE ${se})`);
}

/** Every number reachable in a JSON-able value is finite. */
export function allFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => allFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => allFinite(v, `${path}.${k}`));
  return [];
}

/**
 * Per-run conservation: every person who arrived is in exactly one place at the end — retained
 * at an outcome, dropped out somewhere, or in progress. Also per node: what reached it equals
 * what left by its edges plus its drop-off, in-progress and (outcomes) retained people.
 * Returns the first violation found, or null.
 */
export function conservationViolation(plan: Plan, raw: RawResults): string | null {
  const s = raw.stride;
  for (let j = 0; j < raw.count; j++) {
    const inflow = new Float64Array(plan.n);
    const outflow = new Float64Array(plan.n);
    for (let e = 0; e < plan.m; e++) {
      const f = raw.flow[e * s + j];
      inflow[plan.edgeTarget[e]] += f;
      outflow[plan.edgeSource[e]] += f;
    }
    let arrivals = 0;
    let ends = 0;
    for (let i = 0; i < plan.n; i++) {
      const entered = raw.entered[i * s + j];
      const drop = raw.dropOff[i * s + j];
      const prog = raw.inProgress[i * s + j];
      const kind = plan.kind[i];
      if (kind === 0) {
        arrivals += entered;
        inflow[i] = entered;
      }
      const retained = kind >= 2 ? entered - outflow[i] : 0;
      if (retained < 0) return `run ${j}: more left outcome ${plan.ids[i]} than entered`;
      if (inflow[i] !== outflow[i] + drop + prog + retained) {
        return `run ${j}: node ${plan.ids[i]} received ${inflow[i]} but accounts for ${outflow[i]} out + ${drop} dropped + ${prog} in progress + ${retained} retained`;
      }
      if (kind <= 1 && entered > inflow[i]) return `run ${j}: node ${plan.ids[i]} admitted more than arrived`;
      ends += drop + prog + retained;
    }
    if (arrivals !== ends) return `run ${j}: ${arrivals} arrived but ${ends} are accounted for`;
  }
  return null;
}
