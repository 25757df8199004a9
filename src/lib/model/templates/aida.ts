/** AIDA four-stage sales funnel (seeds 000, 003, 004): attention → interest → desire → action, for an online shop. */
import type { Translate } from '$lib/i18n/translate';
import { at, band, edge, explainNotes, finish, fixed, logn, pert, range, source, stage, won } from './build';

export function aida(t: Translate) {
  const k = 'teach.tpl.aida' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: ['AIDA'],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      band('band-a', t(`${k}.b.attention`), 1, 1, 0, 1.2, 'awareness'),
      band('band-i', t(`${k}.b.interest`), 2, 2, 0, 1.2, 'interest'),
      band('band-d', t(`${k}.b.desire`), 3, 3, 0, 1.2, 'intent'),
      band('band-a2', t(`${k}.b.action`), 4, 5, 0, 1.2, 'purchase'),
      source('social', t(`${k}.n.social`), 'paid-social', at(0, 0), logn(15_000, 30_000), {
        noise: 0.15,
        perUnit: range(0.005, 0.01),
        notes: t(`${k}.note.social`),
      }),
      source('search', t(`${k}.n.search`), 'paid-search', at(0, 1.2), logn(400, 900), { perUnit: range(0.5, 1.2) }),
      stage('attention', t(`${k}.n.attention`), 'social', 'awareness', at(1, 0), {
        channels: ['paid-social'],
        content: [{ type: 'video', title: t(`${k}.c.video`) }],
        notes: t(`${k}.note.attention`),
      }),
      stage('interest', t(`${k}.n.interest`), 'landing-page', 'interest', at(2, 0.6), {
        channels: ['paid-social', 'paid-search'],
        content: [
          { type: 'landing-page', title: t(`${k}.c.product`) },
          { type: 'comparison', title: t(`${k}.c.compare`) },
        ],
        notes: t(`${k}.note.interest`),
      }),
      stage('desire', t(`${k}.n.desire`), 'custom', 'intent', at(3, 0.6), {
        channels: ['email', 'direct'],
        content: [
          { type: 'testimonial', title: t(`${k}.c.reviews`) },
          { type: 'offer', title: t(`${k}.c.shipping`) },
        ],
        notes: t(`${k}.note.desire`),
      }),
      stage('action', t(`${k}.n.action`), 'checkout', 'purchase', at(4, 0.6), {
        channels: ['direct'],
        content: [{ type: 'faq', title: t(`${k}.c.faq`) }],
        notes: explainNotes(t, 'teach.explain.preset.checkout.goal', 'teach.explain.preset.checkout.tactics', 'teach.explain.preset.checkout.metrics'),
      }),
      won('customer', t('teach.tpl.common.customer'), at(5, 0.6), pert(39, 59, 89)),
    ],
    edges: [
      edge('social', 'attention', fixed(1)),
      edge('attention', 'interest', pert(0.006, 0.01, 0.015), t(`${k}.e.ctr`)),
      edge('search', 'interest', fixed(1)),
      edge('interest', 'desire', pert(0.05, 0.08, 0.12), t(`${k}.e.cart`)),
      edge('desire', 'action', pert(0.4, 0.5, 0.6)),
      edge('action', 'customer', pert(0.6, 0.7, 0.8)),
    ],
    targets: [{ metric: 'roas', atLeast: 2 }],
  });
}
