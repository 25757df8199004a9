/**
 * Integrated marketing-to-sales hand-off (seeds 001, 002): a marketing lane and a sales lane,
 * an SDR team with limited capacity accepting MQLs, and feedback loops for rejected and lost leads.
 */
import type { Translate } from '$lib/i18n/translate';
import { at, band, edge, finish, fixed, logn, lost, pert, range, source, stage, won } from './build';

export function handoff(t: Translate) {
  const k = 'teach.tpl.handoff' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: [t('teach.tpl.tag.marketing'), t('teach.tpl.tag.sales')],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      band('marketing', t(`${k}.b.marketing`), 1, 4, 0, 1, undefined, t(`${k}.note.marketing`)),
      band('sales', t(`${k}.b.sales`), 4, 8, 2.4, 3.4, undefined, t(`${k}.note.sales`)),
      source('social', t(`${k}.n.social`), 'paid-social', at(0, 0), logn(600, 1400), { noise: 0.2, perUnit: range(1.5, 3) }),
      source('content', t(`${k}.n.content`), 'content-marketing', at(0, 1), pert(2500, 3500, 5000), {
        noise: 0.1,
        fixedPerPeriod: range(600, 1000),
      }),
      stage('hub', t(`${k}.n.hub`), 'content', 'awareness', at(1, 0.5), {
        channels: ['content-marketing', 'seo', 'paid-social'],
        content: [
          { type: 'blog-post', title: t(`${k}.c.blog`) },
          { type: 'podcast', title: t(`${k}.c.podcast`) },
        ],
      }),
      stage('webinar', t(`${k}.n.webinar`), 'webinar', 'interest', at(2, 0.5), {
        milestone: 'lead',
        channels: ['webinar', 'email'],
        content: [{ type: 'webinar', title: t(`${k}.c.webinar`) }],
        fixedPerPeriod: fixed(150),
      }),
      stage('scoring', t(`${k}.n.scoring`), 'email-sequence', 'consideration', at(3, 0.5), {
        milestone: 'mql',
        channels: ['email'],
        content: [{ type: 'case-study', title: t(`${k}.c.case`) }],
        delay: range(1, 2),
        notes: t(`${k}.note.scoring`),
      }),
      stage('renurture', t(`${k}.n.renurture`), 'nurture', 'consideration', at(4, 0.5), {
        channels: ['newsletter', 'display'],
        content: [{ type: 'newsletter', title: t(`${k}.c.newsletter`) }],
        delay: range(4, 8),
        notes: t(`${k}.note.renurture`),
      }),
      stage('accept', t(`${k}.n.accept`), 'qualification', 'consideration', at(4, 2.4), {
        milestone: 'sal',
        channels: ['direct'],
        capacity: { perPeriod: pert(50, 60, 70), overflow: 'wait' },
        fixedPerPeriod: fixed(1100),
        notes: t(`${k}.note.accept`),
      }),
      stage('discovery', t(`${k}.n.discovery`), 'sales-call', 'evaluation', at(5, 2.4), {
        milestone: 'sql',
        channels: ['direct'],
        delay: range(0, 1),
      }),
      stage('demo', t(`${k}.n.demo`), 'demo', 'evaluation', at(6, 2.4), {
        milestone: 'opportunity',
        channels: ['direct'],
        content: [{ type: 'demo', title: t(`${k}.c.demo`) }],
        delay: range(1, 2),
        perLead: range(100, 200),
      }),
      stage('proposal', t('editor.preset.proposal'), 'proposal', 'purchase', at(7, 2.4), {
        channels: ['direct'],
        content: [{ type: 'offer', title: t(`${k}.c.offer`) }],
        delay: range(1, 3),
        fixedPerPeriod: fixed(2000),
      }),
      won('customer', t('teach.tpl.common.customer'), at(8, 2.4), pert(10_000, 15_000, 25_000)),
      lost('lost', t('teach.tpl.common.lost'), at(8, 3.4)),
    ],
    edges: [
      edge('social', 'hub', fixed(1)),
      edge('content', 'hub', pert(0.1, 0.15, 0.2)),
      edge('hub', 'webinar', pert(0.02, 0.035, 0.05)),
      edge('webinar', 'scoring', pert(0.3, 0.4, 0.5)),
      edge('scoring', 'accept', pert(0.4, 0.55, 0.7), t(`${k}.e.handoff`)),
      edge('accept', 'discovery', pert(0.5, 0.6, 0.7)),
      edge('accept', 'renurture', range(0.2, 0.3), t(`${k}.e.feedback`)),
      edge('discovery', 'demo', pert(0.4, 0.5, 0.6)),
      edge('demo', 'proposal', pert(0.5, 0.6, 0.7)),
      edge('proposal', 'customer', pert(0.2, 0.3, 0.4)),
      edge('proposal', 'lost', range(0.5, 0.6)),
      edge('lost', 'renurture', pert(0.5, 0.7, 0.8), t(`${k}.e.recycled`)),
      edge('renurture', 'scoring', pert(0.15, 0.25, 0.35)),
    ],
    scenarios: [
      {
        id: 'faster-sla',
        name: t(`${k}.s.sdr`),
        overrides: [{ target: 'accept', field: 'capacity.perPeriod', value: pert(80, 90, 100) }],
      },
    ],
    targets: [{ metric: 'customers', atLeast: 25 }],
  });
}
