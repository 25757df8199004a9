/** Event and trade-fair funnel (seeds 000, 001): one fair week and one own customer event feed a sales follow-up team with limited capacity. */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, finish, fixed, lost, pert, range, source, stage, won } from './build';

export function eventFair(t: Translate) {
  const k = 'teach.tpl.event-fair' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: [t('editor.preset.trade-fair'), t('editor.preset.event')],
    settings: { periodUnit: 'week', periods: 26, runs: 10_000, seed: 1 },
    nodes: [
      source('fair', t(`${k}.n.fair`), 'trade-fair', at(0, 0), pert(1500, 2500, 4000), {
        activeFrom: 8,
        activeTo: 8,
        fixedPerPeriod: pert(18_000, 25_000, 35_000),
        notes: t(`${k}.note.fair`),
      }),
      source('invites', t(`${k}.n.invites`), 'email', at(0, 1.6), fixed(800), { activeFrom: 14, activeTo: 14 }),
      stage('booth', t(`${k}.n.booth`), 'trade-fair', 'awareness', at(1, 0), {
        channels: ['trade-fair'],
        content: [{ type: 'demo', title: t(`${k}.c.demo`) }],
      }),
      stage('scanned', t(`${k}.n.scanned`), 'qualification', 'interest', at(2, 0), {
        milestone: 'lead',
        channels: ['trade-fair'],
        content: [{ type: 'lead-form', title: t(`${k}.c.scan`) }],
      }),
      stage('event', t(`${k}.n.event`), 'event', 'consideration', at(1, 1.6), {
        milestone: 'lead',
        channels: ['events', 'email'],
        content: [
          { type: 'report', title: t(`${k}.c.talk`) },
          { type: 'case-study', title: t(`${k}.c.case`) },
        ],
        perLead: range(80, 120),
      }),
      stage('followup', t(`${k}.n.followup`), 'sales-call', 'evaluation', at(3, 0.8), {
        milestone: 'sql',
        channels: ['direct', 'email'],
        delay: range(1, 2),
        capacity: { perPeriod: fixed(40), overflow: 'wait' },
        notes: t(`${k}.note.followup`),
      }),
      stage('proposal', t(`${k}.n.proposal`), 'proposal', 'intent', at(4, 0.8), {
        milestone: 'opportunity',
        channels: ['direct'],
        content: [{ type: 'offer', title: t(`${k}.c.offer`) }],
        delay: range(2, 4),
        perLead: range(150, 300),
      }),
      won('customer', t('teach.tpl.common.customer'), at(5, 0.2), pert(8000, 12_000, 20_000)),
      lost('lost', t('teach.tpl.common.lost'), at(5, 1.4)),
    ],
    edges: [
      edge('fair', 'booth', pert(0.05, 0.08, 0.12)),
      edge('booth', 'scanned', pert(0.5, 0.65, 0.8)),
      edge('invites', 'event', pert(0.15, 0.2, 0.3)),
      edge('scanned', 'followup', pert(0.3, 0.4, 0.5)),
      edge('event', 'followup', pert(0.2, 0.3, 0.4)),
      edge('followup', 'proposal', pert(0.25, 0.35, 0.45)),
      edge('proposal', 'customer', pert(0.2, 0.3, 0.4)),
      edge('proposal', 'lost', range(0.5, 0.6)),
    ],
    targets: [{ metric: 'roi', atLeast: 1 }],
  });
}
