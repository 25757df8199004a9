/**
 * Six-stage marketing funnel (seeds 001, 003): awareness → interest → consideration → intent →
 * evaluation → purchase, each stage carrying its goal, tactics and metrics in its notes.
 */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, explainNotes, finish, fixed, logn, lost, pert, range, source, stage, won, type Phase } from './build';

export function sixStage(t: Translate) {
  const k = 'teach.tpl.six-stage' as const;
  const notes = (p: Phase) => explainNotes(t, `teach.explain.phase.${p}.goal`, `teach.explain.phase.${p}.tactics`, `teach.explain.phase.${p}.metrics`);
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: [t('teach.tpl.tag.marketing')],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      source('seo', t(`${k}.n.seo`), 'seo', at(0, 0), pert(2000, 3000, 4500), { noise: 0.1, fixedPerPeriod: range(500, 900) }),
      source('ads', t(`${k}.n.ads`), 'paid-search', at(0, 1), logn(300, 700), { perUnit: range(2, 4) }),
      source('social', t(`${k}.n.social`), 'social-organic', at(0, 2), range(300, 700), { noise: 0.3 }),
      stage('awareness', t('editor.phase.awareness'), 'content', 'awareness', at(1, 1), {
        channels: ['content-marketing', 'seo', 'social-organic', 'paid-search'],
        content: [
          { type: 'article', title: t(`${k}.c.guide`) },
          { type: 'podcast', title: t(`${k}.c.podcast`) },
        ],
        notes: notes('awareness'),
      }),
      stage('interest', t('editor.phase.interest'), 'lead-magnet', 'interest', at(2, 1), {
        milestone: 'lead',
        channels: ['content-marketing', 'email'],
        content: [
          { type: 'e-book', title: t(`${k}.c.ebook`) },
          { type: 'whitepaper', title: t(`${k}.c.whitepaper`) },
        ],
        notes: notes('interest'),
      }),
      stage('consideration', t('editor.phase.consideration'), 'webinar', 'consideration', at(3, 1), {
        milestone: 'mql',
        channels: ['email', 'webinar'],
        content: [
          { type: 'webinar', title: t(`${k}.c.webinar`) },
          { type: 'case-study', title: t(`${k}.c.case`) },
        ],
        delay: range(1, 3),
        notes: notes('consideration'),
      }),
      stage('intent', t('editor.phase.intent'), 'demo', 'intent', at(4, 1), {
        milestone: 'sql',
        channels: ['direct', 'email'],
        content: [
          { type: 'demo', title: t(`${k}.c.demo`) },
          { type: 'comparison', title: t(`${k}.c.pricing`) },
        ],
        perLead: range(50, 100),
        notes: notes('intent'),
      }),
      stage('evaluation', t('editor.phase.evaluation'), 'sales-call', 'evaluation', at(5, 1), {
        milestone: 'opportunity',
        channels: ['direct'],
        content: [
          { type: 'faq', title: t(`${k}.c.faq`) },
          { type: 'testimonial', title: t(`${k}.c.references`) },
        ],
        delay: range(1, 4),
        perLead: range(200, 400),
        notes: notes('evaluation'),
      }),
      stage('purchase', t('editor.phase.purchase'), 'checkout', 'purchase', at(6, 0.6), {
        channels: ['direct'],
        content: [{ type: 'offer', title: t(`${k}.c.offer`) }],
        notes: notes('purchase'),
      }),
      won('customer', t('teach.tpl.common.customer'), at(7, 0.6), pert(6000, 9000, 15_000)),
      lost('lost', t('teach.tpl.common.lost'), at(6, 1.8)),
    ],
    edges: [
      edge('seo', 'awareness', fixed(1)),
      edge('ads', 'awareness', fixed(1)),
      edge('social', 'awareness', fixed(1)),
      edge('awareness', 'interest', pert(0.01, 0.025, 0.05)),
      edge('interest', 'consideration', pert(0.15, 0.25, 0.4)),
      edge('consideration', 'intent', pert(0.12, 0.25, 0.45)),
      edge('intent', 'evaluation', pert(0.3, 0.5, 0.8)),
      edge('evaluation', 'purchase', pert(0.2, 0.3, 0.4)),
      edge('evaluation', 'lost', range(0.5, 0.6)),
      edge('purchase', 'customer', pert(0.7, 0.85, 0.95)),
    ],
    targets: [{ metric: 'revenue', atLeast: 300_000 }],
  });
}
