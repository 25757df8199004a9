/** E-commerce with an order bump, post-purchase loyalty emails, repeat purchases and a refer-a-friend loop (seed 004). */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, finish, fixed, logn, pert, range, source, stage, won } from './build';

export function ecommerce(t: Translate) {
  const k = 'teach.tpl.ecommerce' as const;
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: ['E-commerce'],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      source('social', t(`${k}.n.social`), 'paid-social', at(0, 0), logn(3000, 7000), { noise: 0.2, perUnit: range(0.3, 0.7) }),
      source('shopping', t(`${k}.n.shopping`), 'paid-search', at(0, 1), logn(1500, 3000), { noise: 0.1, perUnit: range(0.4, 0.9) }),
      source('influencer', t(`${k}.n.influencer`), 'sponsored-posts', at(0, 2), range(500, 2000), {
        activeFrom: 10,
        activeTo: 14,
        fixedPerPeriod: pert(1500, 2500, 4000),
      }),
      stage('product', t(`${k}.n.product`), 'landing-page', 'interest', at(1, 1), {
        channels: ['paid-social', 'paid-search', 'sponsored-posts', 'referral'],
        content: [
          { type: 'landing-page', title: t(`${k}.c.product`) },
          { type: 'testimonial', title: t(`${k}.c.reviews`) },
        ],
      }),
      stage('cart', t(`${k}.n.cart`), 'checkout', 'intent', at(2, 1), {
        channels: ['direct', 'email'],
        content: [{ type: 'offer', title: t(`${k}.c.shipping`) }],
      }),
      stage('checkout', t(`${k}.n.checkout`), 'checkout', 'purchase', at(3, 1), {
        channels: ['direct'],
        content: [{ type: 'faq', title: t(`${k}.c.faq`) }],
      }),
      stage('bump', t(`${k}.n.bump`), 'order-bump', 'purchase', at(4, 0.2), {
        channels: ['direct'],
        content: [{ type: 'offer', title: t(`${k}.c.bump`) }],
        revenuePerLead: pert(8, 12, 19),
      }),
      won('customer', t(`${k}.n.customer`), at(5, 1), pert(45, 65, 95)),
      stage('loyalty', t(`${k}.n.loyalty`), 'email-sequence', 'retention', at(6, 0.4), {
        channels: ['email', 'newsletter'],
        content: [
          { type: 'newsletter', title: t(`${k}.c.care`) },
          { type: 'offer', title: t(`${k}.c.members`) },
        ],
        delay: range(4, 8),
        fixedPerPeriod: fixed(60),
      }),
      stage('repeat', t(`${k}.n.repeat`), 'upsell', 'retention', at(7, 0.4), {
        channels: ['email'],
        revenuePerLead: pert(40, 60, 90),
        notes: t(`${k}.note.repeat`),
      }),
      stage('referral', t(`${k}.n.referral`), 'custom', 'advocacy', at(6, 1.8), {
        channels: ['referral'],
        content: [{ type: 'offer', title: t(`${k}.c.referral`) }],
        delay: range(2, 4),
        perLead: fixed(10),
        notes: t(`${k}.note.referral`),
      }),
    ],
    edges: [
      edge('social', 'product', fixed(1)),
      edge('shopping', 'product', fixed(1)),
      edge('influencer', 'product', fixed(1)),
      edge('product', 'cart', pert(0.04, 0.06, 0.09)),
      edge('cart', 'checkout', pert(0.45, 0.55, 0.65)),
      edge('checkout', 'bump', pert(0.15, 0.25, 0.35)),
      edge('checkout', 'customer', pert(0.45, 0.5, 0.6)),
      edge('bump', 'customer', fixed(1)),
      edge('customer', 'loyalty', pert(0.5, 0.6, 0.7)),
      edge('customer', 'referral', pert(0.05, 0.1, 0.15)),
      edge('loyalty', 'repeat', pert(0.1, 0.15, 0.25)),
      edge('loyalty', 'referral', pert(0.03, 0.05, 0.08)),
      edge('repeat', 'loyalty', pert(0.6, 0.7, 0.8), t(`${k}.e.again`)),
      edge('referral', 'product', pert(0.5, 0.7, 0.9), t(`${k}.e.friend`)),
    ],
    targets: [{ metric: 'profit', atLeast: 400_000 }],
  });
}
