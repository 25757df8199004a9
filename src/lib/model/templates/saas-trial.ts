/** SaaS free trial with recurring revenue and churn: monthly periods, activation, sales assist and a re-trial loop. */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, finish, fixed, logn, pert, range, source, stage, won } from './build';

export function saasTrial(t: Translate) {
  const k = 'teach.tpl.saas-trial' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: ['SaaS', t('editor.preset.free-trial')],
    settings: { periodUnit: 'month', periods: 24, runs: 10_000, seed: 1 },
    nodes: [
      source('seo', t(`${k}.n.seo`), 'seo', at(0, 0), pert(8000, 12_000, 18_000), { noise: 0.1, fixedPerPeriod: range(3000, 5000) }),
      source('ads', t(`${k}.n.ads`), 'paid-search', at(0, 1), logn(2000, 4000), { noise: 0.15, perUnit: range(2, 4) }),
      source('referral', t(`${k}.n.referral`), 'referral', at(0, 2), range(300, 700), { noise: 0.2 }),
      stage('pricing', t(`${k}.n.pricing`), 'landing-page', 'interest', at(1, 1), {
        channels: ['seo', 'paid-search', 'referral'],
        content: [
          { type: 'landing-page', title: t(`${k}.c.pricing`) },
          { type: 'comparison', title: t(`${k}.c.compare`) },
        ],
      }),
      stage('trial', t(`${k}.n.trial`), 'free-trial', 'consideration', at(2, 1), {
        milestone: 'lead',
        channels: ['direct', 'email'],
        content: [{ type: 'free-trial', title: t(`${k}.c.trial`) }],
        delay: fixed(1),
        perLead: range(3, 6),
        notes: t(`${k}.note.trial`),
      }),
      stage('activated', t(`${k}.n.activated`), 'onboarding', 'evaluation', at(3, 0.5), {
        milestone: 'mql',
        channels: ['email', 'video'],
        content: [
          { type: 'video', title: t(`${k}.c.video`) },
          { type: 'checklist', title: t(`${k}.c.checklist`) },
        ],
        notes: t(`${k}.note.activated`),
      }),
      stage('assist', t(`${k}.n.assist`), 'demo', 'evaluation', at(4, 0), {
        milestone: 'sql',
        channels: ['direct'],
        content: [{ type: 'demo', title: t(`${k}.c.demo`) }],
        perLead: range(80, 150),
      }),
      stage('nurture', t(`${k}.n.nurture`), 'nurture', 'consideration', at(3, 1.8), {
        channels: ['email'],
        content: [{ type: 'case-study', title: t(`${k}.c.case`) }],
        delay: range(2, 4),
      }),
      won('customer', t(`${k}.n.customer`), at(5, 0.5), fixed(0), {
        recurring: { perPeriod: pert(49, 79, 149), churn: pert(0.02, 0.035, 0.06) },
        notes: t(`${k}.note.customer`),
      }),
    ],
    edges: [
      edge('seo', 'pricing', pert(0.02, 0.04, 0.06)),
      edge('ads', 'pricing', pert(0.3, 0.4, 0.5)),
      edge('referral', 'pricing', pert(0.4, 0.5, 0.6)),
      edge('pricing', 'trial', pert(0.08, 0.12, 0.18)),
      edge('trial', 'activated', pert(0.3, 0.4, 0.5)),
      edge('trial', 'nurture', range(0.3, 0.4)),
      edge('activated', 'customer', pert(0.15, 0.25, 0.35)),
      edge('activated', 'assist', pert(0.05, 0.1, 0.15)),
      edge('assist', 'customer', pert(0.3, 0.4, 0.5)),
      edge('nurture', 'trial', pert(0.03, 0.05, 0.08)),
    ],
    scenarios: [
      {
        id: 'annual-plans',
        name: t(`${k}.s.annual`),
        overrides: [{ target: 'customer', field: 'recurring.churn', value: pert(0.01, 0.018, 0.03) }],
      },
    ],
    targets: [{ metric: 'ltvToCac', atLeast: 3 }],
  });
}
