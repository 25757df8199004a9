/** Email newsletter / nurture-sequence funnel: sign-ups → welcome series → newsletter loop → offer emails → shop. */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, finish, fixed, pert, range, source, stage, won } from './build';

export function emailNurture(t: Translate) {
  const k = 'teach.tpl.email-nurture' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: [t('editor.channel.newsletter')],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      source('site', t(`${k}.n.site`), 'seo', at(0, 0), pert(3000, 4000, 6000), { noise: 0.1 }),
      source('social', t(`${k}.n.social`), 'social-organic', at(0, 1.2), range(500, 1500), { noise: 0.3 }),
      stage('signup', t(`${k}.n.signup`), 'landing-page', 'interest', at(1, 0.6), {
        milestone: 'lead',
        channels: ['seo', 'social-organic'],
        content: [{ type: 'lead-form', title: t(`${k}.c.form`) }],
      }),
      stage('welcome', t(`${k}.n.welcome`), 'email-sequence', 'interest', at(2, 0.6), {
        channels: ['email'],
        content: [{ type: 'newsletter', title: t(`${k}.c.welcome`) }],
        delay: fixed(1),
      }),
      stage('newsletter', t(`${k}.n.newsletter`), 'nurture', 'consideration', at(3, 0.6), {
        channels: ['newsletter'],
        content: [
          { type: 'newsletter', title: t(`${k}.c.newsletter`) },
          { type: 'blog-post', title: t(`${k}.c.tips`) },
        ],
        delay: range(1, 2),
        fixedPerPeriod: fixed(80),
        notes: t(`${k}.note.newsletter`),
      }),
      stage('stay', t(`${k}.n.stay`), 'nurture', 'consideration', at(4, 1.4), {
        channels: ['newsletter'],
        delay: range(1, 3),
        notes: t(`${k}.note.stay`),
      }),
      stage('offer', t(`${k}.n.offer`), 'email-sequence', 'intent', at(4, 0), {
        channels: ['email'],
        content: [{ type: 'offer', title: t(`${k}.c.offer`) }],
      }),
      stage('checkout', t(`${k}.n.checkout`), 'checkout', 'purchase', at(5, 0), {
        channels: ['direct'],
        content: [{ type: 'faq', title: t(`${k}.c.faq`) }],
      }),
      won('customer', t('teach.tpl.common.customer'), at(6, 0), pert(60, 90, 150)),
    ],
    edges: [
      edge('site', 'signup', pert(0.01, 0.02, 0.03)),
      edge('social', 'signup', pert(0.01, 0.02, 0.04)),
      edge('signup', 'welcome', range(0.9, 0.98)),
      edge('welcome', 'newsletter', range(0.85, 0.95)),
      edge('newsletter', 'offer', pert(0.02, 0.03, 0.05)),
      edge('newsletter', 'stay', range(0.93, 0.95)),
      edge('stay', 'newsletter', fixed(1)),
      edge('offer', 'checkout', pert(0.2, 0.3, 0.4)),
      edge('offer', 'newsletter', range(0.5, 0.6)),
      edge('checkout', 'customer', pert(0.5, 0.65, 0.8)),
    ],
    targets: [{ metric: 'customers', atLeast: 120 }],
  });
}
