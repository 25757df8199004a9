/**
 * Writes the benchmark designs of DESIGN.md §5 to bench/models/ (run with
 * `npx tsx bench/make-models.ts`). The files are committed; this script documents how they were
 * made and checks them against the schema.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FunnelDocument, type Dist, type FunnelDocumentInput } from '$lib/model/schema';
import { serializeDocument } from '$lib/model/io/serialize';

const fixed = (value: number): Dist => ({ type: 'fixed', value });
const uniform = (low: number, high: number): Dist => ({ type: 'uniform', low, high });
const pert = (low: number, mode: number, high: number): Dist => ({ type: 'pert', low, mode, high });
const lognormal = (low: number, high: number): Dist => ({ type: 'lognormal', low, high });
const normal = (low: number, high: number): Dist => ({ type: 'normal', low, high });
const beta = (successes: number, trials: number): Dist => ({ type: 'beta', successes, trials });

type NodeIn = FunnelDocumentInput['nodes'][number];
type EdgeIn = FunnelDocumentInput['edges'][number];

class Builder {
  nodes: NodeIn[] = [];
  edges: EdgeIn[] = [];
  private x = 0;
  at(col: number, row: number) {
    return { x: col * 260, y: row * 140 };
  }
  node(n: NodeIn) {
    this.nodes.push(n);
    this.x++;
    return n.id;
  }
  edge(source: string, target: string, rate: Dist, label?: string) {
    this.edges.push({ id: `${source}--${target}`, source, target, rate, ...(label ? { label } : {}) });
  }
}

/** M1: the B2B pipeline of DESIGN.md §5 (2 sources, MQL → SAL → SQL, loop through nurture). */
export function m1(): FunnelDocumentInput {
  const b = new Builder();
  b.node({
    id: 'paid-search', kind: 'source', label: 'Paid search', position: b.at(0, 0), channel: 'paid-search',
    volume: lognormal(1500, 2500), cost: { perUnit: pert(1.5, 2.2, 3.5), fixedPerPeriod: fixed(0) },
  });
  b.node({
    id: 'seo', kind: 'source', label: 'SEO content', position: b.at(0, 1), channel: 'seo',
    volume: normal(800, 1400), volumeNoise: 0.25, cost: { perUnit: fixed(0), fixedPerPeriod: fixed(1500) },
  });
  b.node({ id: 'landing', kind: 'stage', label: 'Landing page', position: b.at(1, 0), preset: 'landing-page', phase: 'awareness' });
  b.node({ id: 'magnet', kind: 'stage', label: 'Lead magnet', position: b.at(2, 0), preset: 'lead-magnet', phase: 'interest', milestone: 'lead' });
  b.node({
    id: 'mql', kind: 'stage', label: 'MQL', position: b.at(3, 0), preset: 'email-sequence', phase: 'consideration', milestone: 'mql',
    delay: uniform(0, 2), cost: { perLead: fixed(5), fixedPerPeriod: fixed(0) },
  });
  b.node({
    id: 'sal', kind: 'stage', label: 'SAL', position: b.at(4, 0), preset: 'qualification', phase: 'intent', milestone: 'sal',
    delay: fixed(1), cost: { perLead: pert(15, 20, 30), fixedPerPeriod: fixed(0) },
  });
  b.node({
    id: 'sql', kind: 'stage', label: 'SQL', position: b.at(5, 0), preset: 'needs-analysis', phase: 'evaluation', milestone: 'sql',
    delay: fixed(1), cost: { perLead: fixed(0), fixedPerPeriod: fixed(2000) },
  });
  b.node({
    id: 'opportunity', kind: 'stage', label: 'Opportunity', position: b.at(6, 0), preset: 'proposal', phase: 'evaluation', milestone: 'opportunity',
    delay: uniform(2, 6), cost: { perLead: uniform(100, 200), fixedPerPeriod: fixed(0) },
  });
  b.node({
    id: 'won', kind: 'outcome', label: 'Closed won', position: b.at(7, 0), result: 'won',
    value: lognormal(8000, 20000), recurring: { perPeriod: uniform(300, 600), churn: uniform(0.01, 0.03) },
  });
  b.node({ id: 'lost', kind: 'outcome', label: 'Closed lost', position: b.at(7, 1), result: 'lost' });
  b.node({ id: 'nurture', kind: 'stage', label: 'Nurture', position: b.at(5, 2), preset: 'nurture', phase: 'consideration', delay: uniform(4, 12), cost: { perLead: fixed(1), fixedPerPeriod: fixed(0) } });
  b.edge('paid-search', 'landing', fixed(1));
  b.edge('seo', 'landing', fixed(1));
  b.edge('landing', 'magnet', uniform(0.05, 0.12));
  b.edge('magnet', 'mql', pert(0.15, 0.25, 0.4));
  b.edge('mql', 'sal', uniform(0.6, 0.9));
  b.edge('sal', 'sql', beta(45, 100));
  b.edge('sql', 'opportunity', uniform(0.3, 0.8));
  b.edge('opportunity', 'won', pert(0.15, 0.22, 0.35));
  b.edge('opportunity', 'lost', uniform(0.6, 0.8));
  b.edge('lost', 'nurture', fixed(0.5));
  b.edge('nurture', 'mql', uniform(0.1, 0.3));
  return {
    format: 'funnel-lab', version: 1,
    meta: { title: 'M1 B2B pipeline', description: 'Benchmark M1 (DESIGN.md §5): two sources, MQL → SAL → SQL → opportunity → won/lost, lost leads nurtured back to MQL.', currency: 'EUR', tags: ['benchmark'] },
    settings: { periodUnit: 'week', periods: 52, runs: 10000, seed: 1 },
    nodes: b.nodes, edges: b.edges,
    targets: [{ metric: 'customers', atLeast: 150 }, { metric: 'roi', atLeast: 0 }],
  };
}

/**
 * M2: a wide design of 100 flow nodes — 5 sources, each with its own 15-stage channel funnel
 * (with a side offer and capacity-limited events), merging into a shared 14-stage pipeline with
 * three products, two lost outcomes and a nurture loop.
 */
export function m2(): FunnelDocumentInput {
  const b = new Builder();
  const channels = ['paid-search', 'paid-social', 'seo', 'events', 'partners'] as const;
  const shared = 'pipe-0';
  channels.forEach((ch, k) => {
    const src = `src-${ch}`;
    b.node({
      id: src, kind: 'source', label: `Source ${ch}`, position: b.at(0, k * 3), channel: ch,
      volume: lognormal(300 + 100 * k, 600 + 150 * k), volumeNoise: 0.1 * (k % 3),
      activeFrom: k === 3 ? 4 : 0, activeTo: k === 3 ? 40 : null,
      cost: { perUnit: uniform(0.5 + k * 0.2, 1.5 + k * 0.3), fixedPerPeriod: fixed(200 * k) },
    });
    let prev = src;
    for (let s = 0; s < 15; s++) {
      const id = `${ch}-${s}`;
      b.node({
        id, kind: 'stage', label: `${ch} step ${s + 1}`, position: b.at(1 + s, k * 3), preset: 'custom', phase: 'interest',
        milestone: s === 2 ? 'lead' : undefined,
        delay: s % 4 === 3 ? uniform(0, 2) : fixed(0),
        cost: { perLead: fixed(s % 3 === 0 ? 0.5 : 0), fixedPerPeriod: fixed(s === 5 ? 100 : 0) },
        ...(s === 6 ? { capacity: { perPeriod: pert(120, 180, 260), overflow: k % 2 ? 'drop' : 'wait' } } : {}),
        ...(s === 8 ? { revenuePerLead: uniform(5, 15) } : {}),
      } as NodeIn);
      b.edge(prev, id, s === 0 ? fixed(1) : uniform(0.75, 0.98));
      prev = id;
    }
    b.edge(prev, shared, uniform(0.5, 0.8));
    // A side path skipping ahead.
    b.edge(`${ch}-3`, `${ch}-7`, uniform(0.02, 0.08));
  });
  const milestones = ['mql', 'sal', 'sql', 'opportunity'] as const;
  for (let s = 0; s < 14; s++) {
    const id = `pipe-${s}`;
    b.node({
      id, kind: 'stage', label: `Pipeline ${s + 1}`, position: b.at(17 + s, 6), preset: 'custom', phase: 'evaluation',
      milestone: s < 4 ? milestones[s] : undefined,
      delay: s % 3 === 1 ? uniform(1, 3) : fixed(0),
      cost: { perLead: uniform(1, 5), fixedPerPeriod: fixed(0) },
      ...(s === 9 ? { capacity: { perPeriod: uniform(10, 20), overflow: 'wait' } } : {}),
    } as NodeIn);
    if (s > 0) b.edge(`pipe-${s - 1}`, id, uniform(0.7, 0.95));
  }
  for (let p = 0; p < 3; p++) {
    b.node({
      id: `won-${p}`, kind: 'outcome', label: `Product ${p + 1}`, position: b.at(32, 4 + p), result: 'won',
      value: lognormal(2000 * (p + 1), 6000 * (p + 1)),
      ...(p === 0 ? { recurring: { perPeriod: uniform(20, 40), churn: uniform(0.02, 0.05) } } : {}),
    } as NodeIn);
    b.edge('pipe-13', `won-${p}`, uniform(0.1, 0.2));
  }
  b.node({ id: 'lost-0', kind: 'outcome', label: 'Lost (no budget)', position: b.at(32, 8), result: 'lost' });
  b.node({ id: 'lost-1', kind: 'outcome', label: 'Lost (competitor)', position: b.at(32, 9), result: 'lost' });
  b.edge('pipe-13', 'lost-0', uniform(0.2, 0.3));
  b.edge('pipe-13', 'lost-1', uniform(0.1, 0.2));
  b.node({ id: 'nurture', kind: 'stage', label: 'Nurture', position: b.at(20, 10), preset: 'nurture', phase: 'consideration', delay: uniform(3, 8) });
  b.edge('lost-0', 'nurture', fixed(0.4));
  b.edge('lost-1', 'nurture', fixed(0.2));
  b.edge('nurture', 'pipe-0', uniform(0.1, 0.25));
  const flow = b.nodes.length;
  if (flow !== 100) throw new Error(`M2 should have 100 flow nodes, has ${flow}`);
  return {
    format: 'funnel-lab', version: 1,
    meta: { title: 'M2 wide', description: 'Benchmark M2 (DESIGN.md §5): 100 nodes, 5 sources, parallel funnels merging into one pipeline.', currency: 'EUR', tags: ['benchmark'] },
    settings: { periodUnit: 'week', periods: 52, runs: 10000, seed: 2 },
    nodes: b.nodes, edges: b.edges,
  };
}

/** M3: single-period AIDA, 4 stages (per-run overhead). */
export function m3(): FunnelDocumentInput {
  const b = new Builder();
  b.node({ id: 'ads', kind: 'source', label: 'Display ads', position: b.at(0, 0), channel: 'display', volume: uniform(8000, 12000), cost: { perUnit: uniform(0.2, 0.4), fixedPerPeriod: fixed(0) } });
  b.node({ id: 'attention', kind: 'stage', label: 'Attention', position: b.at(1, 0), preset: 'landing-page', phase: 'awareness' });
  b.node({ id: 'interest', kind: 'stage', label: 'Interest', position: b.at(2, 0), preset: 'content', phase: 'interest', milestone: 'lead' });
  b.node({ id: 'desire', kind: 'stage', label: 'Desire', position: b.at(3, 0), preset: 'demo', phase: 'consideration' });
  b.node({ id: 'action', kind: 'stage', label: 'Action', position: b.at(4, 0), preset: 'checkout', phase: 'purchase' });
  b.node({ id: 'customer', kind: 'outcome', label: 'Customer', position: b.at(5, 0), result: 'won', value: pert(40, 60, 100) });
  b.edge('ads', 'attention', pert(0.3, 0.4, 0.6));
  b.edge('attention', 'interest', uniform(0.1, 0.2));
  b.edge('interest', 'desire', uniform(0.2, 0.4));
  b.edge('desire', 'action', uniform(0.3, 0.5));
  b.edge('action', 'customer', uniform(0.6, 0.8));
  return {
    format: 'funnel-lab', version: 1,
    meta: { title: 'M3 single-period AIDA', description: 'Benchmark M3 (DESIGN.md §5): attention → interest → desire → action in one period.', currency: 'EUR', tags: ['benchmark'] },
    settings: { periodUnit: 'month', periods: 1, runs: 1000000, seed: 3 },
    nodes: b.nodes, edges: b.edges,
  };
}

export const MODELS = { m1, m2, m3 } as const;
export const FILES = { m1: 'm1-b2b-pipeline.funnel.json', m2: 'm2-wide.funnel.json', m3: 'm3-aida.funnel.json' } as const;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [key, make] of Object.entries(MODELS)) {
    const doc = FunnelDocument.parse(make());
    const file = new URL(`./models/${FILES[key as keyof typeof FILES]}`, import.meta.url);
    writeFileSync(file, serializeDocument(doc));
    console.log(`wrote ${fileURLToPath(file)}: ${doc.nodes.length} nodes, ${doc.edges.length} edges`);
  }
}
