/**
 * Seven-step sales process (seed 001): lead generation → qualification → needs analysis →
 * proposal → negotiation → closing → post-sale, with each step's goal, tactics and metrics in its notes.
 */
import type { Translate } from '$lib/i18n/translate';
import { at, edge, explainNotes, finish, fixed, lost, pert, range, source, stage, won, type StagePreset } from './build';

export function sevenStep(t: Translate) {
  const k = 'teach.tpl.seven-step' as const;
  const presetNotes = (p: StagePreset) => explainNotes(t, `teach.explain.preset.${p}.goal`, `teach.explain.preset.${p}.tactics`, `teach.explain.preset.${p}.metrics`);
  return finish({
    title: t(`${k}.title`),
    description: t(`${k}.desc`),
    tags: [t('teach.tpl.tag.sales')],
    settings: { periodUnit: 'week', periods: 52, runs: 10_000, seed: 1 },
    nodes: [
      source('outreach', t(`${k}.n.outreach`), 'cold-outreach', at(0, 0), pert(150, 250, 350), {
        perUnit: range(0.5, 1.5),
        fixedPerPeriod: fixed(1200),
        notes: t(`${k}.note.outreach`),
      }),
      source('fair', t(`${k}.n.fair`), 'trade-fair', at(0, 1), pert(100, 150, 250), {
        activeFrom: 20,
        activeTo: 20,
        fixedPerPeriod: pert(15_000, 20_000, 30_000),
      }),
      source('referrals', t(`${k}.n.referrals`), 'referral', at(0, 2), range(5, 15)),
      stage('leadgen', t(`${k}.n.leadgen`), 'custom', 'awareness', at(1, 0.5), {
        milestone: 'lead',
        channels: ['cold-outreach', 'trade-fair', 'events'],
        notes: explainNotes(t, `${k}.leadgen.goal`, `${k}.leadgen.tactics`, `${k}.leadgen.metrics`),
      }),
      stage('qualification', t('editor.preset.qualification'), 'qualification', 'interest', at(2, 1), {
        milestone: 'sql',
        channels: ['direct', 'email'],
        content: [{ type: 'checklist', title: t(`${k}.c.bant`) }],
        delay: range(0, 1),
        capacity: { perPeriod: fixed(60), overflow: 'wait' },
        notes: presetNotes('qualification'),
      }),
      stage('needs', t('editor.preset.needs-analysis'), 'needs-analysis', 'consideration', at(3, 1), {
        milestone: 'opportunity',
        channels: ['direct'],
        content: [{ type: 'checklist', title: t(`${k}.c.questions`) }],
        delay: range(1, 2),
        perLead: range(200, 400),
        notes: presetNotes('needs-analysis'),
      }),
      stage('proposal', t('editor.preset.proposal'), 'proposal', 'intent', at(4, 1), {
        channels: ['direct', 'email'],
        content: [
          { type: 'offer', title: t(`${k}.c.offer`) },
          { type: 'case-study', title: t(`${k}.c.references`) },
        ],
        delay: range(1, 2),
        perLead: range(300, 600),
        notes: presetNotes('proposal'),
      }),
      stage('negotiation', t('editor.preset.negotiation'), 'negotiation', 'evaluation', at(5, 1), {
        channels: ['direct'],
        delay: range(1, 3),
        fixedPerPeriod: fixed(3000),
        notes: `${presetNotes('negotiation')}\n${t(`${k}.note.team`)}`,
      }),
      stage('closing', t(`${k}.n.closing`), 'custom', 'purchase', at(6, 0.5), {
        channels: ['direct'],
        content: [{ type: 'offer', title: t(`${k}.c.contract`) }],
        notes: explainNotes(t, `${k}.closing.goal`, `${k}.closing.tactics`, `${k}.closing.metrics`),
      }),
      won('customer', t('teach.tpl.common.customer'), at(7, 0.5), pert(10_000, 15_000, 25_000)),
      lost('lost', t('teach.tpl.common.lost'), at(6, 1.8)),
      stage('postsale', t(`${k}.n.postsale`), 'upsell', 'retention', at(8, 0.5), {
        channels: ['email', 'direct'],
        content: [{ type: 'checklist', title: t(`${k}.c.onboarding`) }],
        delay: range(4, 8),
        revenuePerLead: pert(500, 1500, 4000),
        notes: explainNotes(t, `${k}.postsale.goal`, `${k}.postsale.tactics`, `${k}.postsale.metrics`),
      }),
    ],
    edges: [
      edge('outreach', 'leadgen', pert(0.05, 0.08, 0.12)),
      edge('fair', 'leadgen', pert(0.3, 0.4, 0.5)),
      edge('referrals', 'qualification', pert(0.6, 0.7, 0.8)),
      edge('leadgen', 'qualification', pert(0.5, 0.6, 0.7)),
      edge('qualification', 'needs', pert(0.3, 0.4, 0.5)),
      edge('needs', 'proposal', pert(0.5, 0.6, 0.7)),
      edge('proposal', 'negotiation', pert(0.4, 0.5, 0.6)),
      edge('proposal', 'lost', range(0.3, 0.4)),
      edge('negotiation', 'closing', pert(0.5, 0.6, 0.7)),
      edge('negotiation', 'lost', range(0.2, 0.3)),
      edge('closing', 'customer', pert(0.85, 0.92, 0.98)),
      edge('customer', 'postsale', fixed(1)),
      edge('postsale', 'qualification', pert(0.05, 0.1, 0.2), t(`${k}.e.referral`)),
    ],
    targets: [{ metric: 'revenue', atLeast: 750_000 }],
  });
}
