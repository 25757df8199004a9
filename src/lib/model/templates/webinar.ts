/** Webinar funnel (seed 000): registrations → about one third attends live (seats limited) → replay → strategy call. */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, finish, fixed, logn, pert, range, source, stage, won, lost } from './build';

export function webinar(t: Translate) {
  const k = 'teach.tpl.webinar' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: [t('editor.preset.webinar')],
    settings: { periodUnit: 'week', periods: 26, runs: 10_000, seed: 1 },
    nodes: [
      source('linkedin', t(`${k}.n.linkedin`), 'paid-social', at(0, 0), logn(400, 900), { noise: 0.2, perUnit: range(3, 6) }),
      source('list', t(`${k}.n.list`), 'email', at(0, 1), pert(1500, 2000, 2500), { fixedPerPeriod: fixed(40), notes: t(`${k}.note.list`) }),
      source('partner', t(`${k}.n.partner`), 'partners', at(0, 2), range(100, 300), {
        activeFrom: 4,
        activeTo: 12,
        fixedPerPeriod: fixed(500),
      }),
      stage('register', t(`${k}.n.register`), 'landing-page', 'interest', at(1, 1), {
        channels: ['paid-social', 'email', 'partners'],
        content: [{ type: 'landing-page', title: t(`${k}.c.page`) }],
      }),
      stage('registered', t(`${k}.n.registered`), 'webinar', 'interest', at(2, 1), {
        milestone: 'lead',
        channels: ['email'],
        content: [{ type: 'newsletter', title: t(`${k}.c.reminders`) }],
        delay: fixed(1),
        notes: t(`${k}.note.registered`),
      }),
      stage('live', t(`${k}.n.live`), 'webinar', 'consideration', at(3, 0.4), {
        milestone: 'mql',
        channels: ['webinar'],
        content: [
          { type: 'webinar', title: t(`${k}.c.webinar`) },
          { type: 'case-study', title: t(`${k}.c.case`) },
        ],
        capacity: { perPeriod: fixed(100), overflow: 'drop' },
        fixedPerPeriod: fixed(60),
        notes: t(`${k}.note.live`),
      }),
      stage('replay', t(`${k}.n.replay`), 'email-sequence', 'consideration', at(3, 1.6), {
        channels: ['email'],
        content: [{ type: 'video', title: t(`${k}.c.replay`) }],
        delay: fixed(1),
      }),
      stage('call', t(`${k}.n.call`), 'demo', 'evaluation', at(4, 1), {
        milestone: 'sql',
        channels: ['direct'],
        content: [{ type: 'demo', title: t(`${k}.c.call`) }],
        delay: range(0, 1),
        perLead: range(40, 80),
      }),
      won('customer', t('teach.tpl.common.customer'), at(5, 0.4), pert(1500, 2400, 4000)),
      lost('notnow', t(`${k}.n.notnow`), at(5, 1.6)),
    ],
    edges: [
      edge('linkedin', 'register', fixed(1)),
      edge('list', 'register', pert(0.02, 0.03, 0.05)),
      edge('partner', 'register', fixed(1)),
      edge('register', 'registered', pert(0.2, 0.3, 0.4)),
      edge('registered', 'live', pert(0.25, 0.33, 0.4)),
      edge('registered', 'replay', range(0.35, 0.5)),
      edge('live', 'call', pert(0.08, 0.12, 0.2)),
      edge('replay', 'call', pert(0.02, 0.04, 0.06)),
      edge('call', 'customer', pert(0.15, 0.25, 0.35)),
      edge('call', 'notnow', range(0.55, 0.65)),
    ],
    scenarios: [
      {
        id: 'double-ads',
        name: t(`${k}.s.double`),
        overrides: [{ target: 'linkedin', field: 'volume', value: logn(800, 1800) }],
      },
    ],
    targets: [{ metric: 'revenue', atLeast: 150_000 }],
  });
}
