/**
 * ToFu / MoFu / BoFu with the lead pipeline (seed 002): MQL → SAL → SQL → opportunity →
 * closed won / closed lost, rejected and lost leads recycled into nurturing (with a delay).
 */
import type { Translate } from '$lib/i18n/translate';
import { at, band, edge, finish, fixed, logn, lost, pert, range, source, stage, won } from './build';

export function tofuMofuBofu(t: Translate) {
  const k = 'teach.tpl.tofu-mofu-bofu' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: ['ToFu', 'MoFu', 'BoFu', 'MQL', 'SQL'],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      band('tofu', t(`${k}.b.tofu`), 1, 2, 0, 0, 'awareness', t(`${k}.note.tofu`)),
      band('mofu', t(`${k}.b.mofu`), 3, 4, 0, 1.3, 'consideration', t(`${k}.note.mofu`)),
      band('bofu', t(`${k}.b.bofu`), 5, 7, 0, 1.3, 'purchase', t(`${k}.note.bofu`)),
      source('search', t(`${k}.n.search`), 'paid-search', at(0, 0), logn(500, 1200), { noise: 0.15, perUnit: range(1.5, 3.5) }),
      source('seo', t(`${k}.n.seo`), 'seo', at(0, 1.3), pert(2000, 3000, 5000), { noise: 0.1, fixedPerPeriod: range(400, 800) }),
      stage('landing', t(`${k}.n.landing`), 'landing-page', 'awareness', at(1, 0), {
        channels: ['paid-search', 'seo'],
        content: [{ type: 'landing-page', title: t(`${k}.c.landing`) }],
      }),
      stage('download', t(`${k}.n.download`), 'lead-magnet', 'interest', at(2, 0), {
        milestone: 'lead',
        channels: ['content-marketing'],
        content: [{ type: 'whitepaper', title: t(`${k}.c.whitepaper`) }],
      }),
      stage('mql', t(`${k}.n.mql`), 'email-sequence', 'consideration', at(3, 0), {
        milestone: 'mql',
        channels: ['email'],
        content: [{ type: 'case-study', title: t(`${k}.c.case`) }],
        delay: range(0, 2),
        notes: t(`${k}.note.mql`),
      }),
      stage('sal', t(`${k}.n.sal`), 'qualification', 'consideration', at(4, 0), {
        milestone: 'sal',
        channels: ['direct'],
        perLead: range(20, 40),
        notes: t(`${k}.note.sal`),
      }),
      stage('sql', t(`${k}.n.sql`), 'sales-call', 'evaluation', at(5, 0), {
        milestone: 'sql',
        channels: ['direct'],
        content: [{ type: 'demo', title: t(`${k}.c.demo`) }],
        delay: range(0, 1),
        perLead: range(50, 100),
        notes: t(`${k}.note.sql`),
      }),
      stage('opportunity', t(`${k}.n.opportunity`), 'proposal', 'purchase', at(6, 0), {
        milestone: 'opportunity',
        channels: ['direct'],
        content: [{ type: 'offer', title: t(`${k}.c.offer`) }],
        delay: range(2, 6),
        perLead: range(150, 300),
      }),
      won('won', t(`${k}.n.won`), at(7, 0), pert(8000, 12_000, 20_000), { notes: t(`${k}.note.won`) }),
      lost('lost', t(`${k}.n.lost`), at(7, 1.3)),
      stage('nurture', t(`${k}.n.nurture`), 'nurture', 'consideration', at(4, 1.3), {
        channels: ['newsletter', 'display'],
        content: [
          { type: 'newsletter', title: t(`${k}.c.newsletter`) },
          { type: 'report', title: t(`${k}.c.report`) },
        ],
        delay: range(4, 12),
        notes: t(`${k}.note.nurture`),
      }),
    ],
    edges: [
      edge('search', 'landing', fixed(1)),
      edge('seo', 'landing', pert(0.03, 0.05, 0.08)),
      edge('landing', 'download', pert(0.05, 0.1, 0.15)),
      edge('download', 'mql', pert(0.15, 0.25, 0.4)),
      edge('mql', 'sal', pert(0.5, 0.7, 0.85)),
      edge('sal', 'sql', pert(0.3, 0.45, 0.6)),
      edge('sal', 'nurture', range(0.2, 0.3), t(`${k}.e.rejected`)),
      edge('sql', 'opportunity', pert(0.3, 0.5, 0.8)),
      edge('opportunity', 'won', pert(0.1, 0.2, 0.35)),
      edge('opportunity', 'lost', range(0.6, 0.65)),
      edge('lost', 'nurture', pert(0.6, 0.8, 0.9), t(`${k}.e.recycled`)),
      edge('nurture', 'mql', pert(0.1, 0.2, 0.3)),
    ],
    targets: [
      { metric: 'customers', atLeast: 35 },
      { metric: 'ltvToCac', atLeast: 2 },
    ],
  });
}
