/** Lead-magnet funnel (seed 000): blog and social ads → opt-in page → checklist → welcome emails → tripwire → core offer. */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, finish, fixed, logn, pert, range, source, stage, won } from './build';

export function leadMagnet(t: Translate) {
  const k = 'teach.tpl.lead-magnet' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: [t('editor.preset.lead-magnet')],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      source('blog', t(`${k}.n.blog`), 'seo', at(0, 0), pert(1500, 2500, 4000), {
        noise: 0.15,
        fixedPerPeriod: range(200, 400),
        notes: t(`${k}.note.blog`),
      }),
      source('ads', t(`${k}.n.ads`), 'paid-social', at(0, 1.2), logn(600, 1400), { noise: 0.2, perUnit: range(0.4, 0.9) }),
      stage('landing', t(`${k}.n.landing`), 'landing-page', 'interest', at(1, 0.6), {
        channels: ['seo', 'paid-social'],
        content: [{ type: 'landing-page', title: t(`${k}.c.landing`) }],
      }),
      stage('optin', t(`${k}.n.optin`), 'lead-magnet', 'interest', at(2, 0.6), {
        milestone: 'lead',
        channels: ['email'],
        content: [{ type: 'checklist', title: t(`${k}.c.checklist`) }],
      }),
      stage('welcome', t(`${k}.n.welcome`), 'email-sequence', 'consideration', at(3, 0.6), {
        milestone: 'mql',
        channels: ['email'],
        content: [
          { type: 'newsletter', title: t(`${k}.c.welcome`) },
          { type: 'case-study', title: t(`${k}.c.story`) },
        ],
        delay: range(1, 2),
        fixedPerPeriod: fixed(40),
      }),
      stage('tripwire', t(`${k}.n.tripwire`), 'tripwire', 'intent', at(4, 0), {
        channels: ['email'],
        content: [{ type: 'offer', title: t(`${k}.c.tripwire`) }],
        revenuePerLead: fixed(27),
        notes: t(`${k}.note.tripwire`),
      }),
      stage('checkout', t(`${k}.n.checkout`), 'checkout', 'purchase', at(5, 0.6), {
        channels: ['email', 'direct'],
        content: [
          { type: 'offer', title: t(`${k}.c.course`) },
          { type: 'testimonial', title: t(`${k}.c.testimonials`) },
        ],
      }),
      won('customer', t('teach.tpl.common.customer'), at(6, 0.6), pert(297, 397, 497)),
    ],
    edges: [
      edge('blog', 'landing', range(0.04, 0.08)),
      edge('ads', 'landing', fixed(1)),
      edge('landing', 'optin', pert(0.08, 0.14, 0.22)),
      edge('optin', 'welcome', range(0.85, 0.95)),
      edge('welcome', 'tripwire', pert(0.03, 0.05, 0.08)),
      edge('welcome', 'checkout', pert(0.01, 0.02, 0.03)),
      edge('tripwire', 'checkout', pert(0.1, 0.15, 0.25)),
      edge('checkout', 'customer', pert(0.55, 0.7, 0.8)),
    ],
    targets: [{ metric: 'customers', atLeast: 120 }],
  });
}
