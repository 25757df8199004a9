/**
 * What each stage preset and each phase is for (DESIGN.md §7, seeds 000–004): the data behind
 * the explanation cards and presentation mode. The words live in the i18n messages
 * (`teach.explain.*`); this file holds what is language-neutral — typical channels and content
 * (DESIGN.md §7.4 vocabulary), the part of the funnel a phase belongs to and, where published
 * figures exist (§7.3), the typical conversion to the next step.
 */
import type { MessageKey } from '$lib/i18n/messages';
import type { CHANNELS, CONTENT_TYPES, PHASES, STAGE_PRESETS } from '../schema';

type Phase = (typeof PHASES)[number];
type StagePreset = (typeof STAGE_PRESETS)[number];
type Channel = (typeof CHANNELS)[number];
type ContentType = (typeof CONTENT_TYPES)[number];

export type ExplainField = 'goal' | 'tactics' | 'metrics';
/** Top, middle or bottom of the funnel (seed 002), or after the purchase (seed 004). */
export type FunnelPart = 'tofu' | 'mofu' | 'bofu' | 'post';

export interface Explanation {
  channels: readonly Channel[];
  content: readonly ContentType[];
  /** Typical share moving on to the next step, as published (a hint, never the truth). */
  benchmark?: { low: number; high: number };
}

export const PRESET_EXPLANATIONS: Record<StagePreset, Explanation> = {
  'landing-page': { channels: ['paid-search', 'paid-social', 'seo', 'email'], content: ['landing-page', 'lead-form', 'testimonial'], benchmark: { low: 0.05, high: 0.15 } },
  'lead-magnet': { channels: ['seo', 'content-marketing', 'paid-social', 'social-organic'], content: ['checklist', 'template', 'e-book', 'whitepaper'], benchmark: { low: 0.15, high: 0.4 } },
  webinar: { channels: ['email', 'paid-social', 'partners', 'webinar'], content: ['webinar', 'landing-page', 'case-study'], benchmark: { low: 0.25, high: 0.4 } },
  'email-sequence': { channels: ['email', 'newsletter'], content: ['newsletter', 'case-study', 'offer'], benchmark: { low: 0.02, high: 0.05 } },
  event: { channels: ['events', 'email', 'pr', 'partners'], content: ['report', 'demo', 'case-study'] },
  'trade-fair': { channels: ['trade-fair', 'events', 'pr', 'cold-outreach'], content: ['demo', 'report', 'offer'] },
  content: { channels: ['content-marketing', 'seo', 'social-organic', 'podcast', 'video'], content: ['article', 'blog-post', 'podcast', 'video'], benchmark: { low: 0.01, high: 0.05 } },
  social: { channels: ['social-organic', 'paid-social', 'sponsored-posts', 'video'], content: ['video', 'blog-post', 'testimonial'] },
  demo: { channels: ['paid-search', 'email', 'direct'], content: ['demo', 'case-study', 'comparison', 'testimonial'], benchmark: { low: 0.3, high: 0.8 } },
  'free-trial': { channels: ['seo', 'paid-search', 'referral', 'direct'], content: ['free-trial', 'faq', 'testimonial'] },
  'sales-call': { channels: ['cold-outreach', 'direct', 'email'], content: ['case-study', 'offer', 'faq'], benchmark: { low: 0.3, high: 0.8 } },
  qualification: { channels: ['email', 'direct', 'cold-outreach'], content: ['lead-form', 'faq'], benchmark: { low: 0.12, high: 0.6 } },
  'needs-analysis': { channels: ['direct', 'email'], content: ['checklist', 'report'] },
  proposal: { channels: ['direct', 'email'], content: ['offer', 'case-study', 'comparison'], benchmark: { low: 0.1, high: 0.35 } },
  negotiation: { channels: ['direct'], content: ['offer', 'faq'] },
  checkout: { channels: ['direct', 'email', 'paid-search'], content: ['offer', 'faq', 'testimonial'] },
  tripwire: { channels: ['email', 'paid-social'], content: ['offer', 'landing-page'] },
  'order-bump': { channels: ['direct'], content: ['offer'] },
  upsell: { channels: ['email', 'direct'], content: ['offer', 'case-study'] },
  downsell: { channels: ['email', 'direct'], content: ['offer'] },
  onboarding: { channels: ['email', 'direct', 'video'], content: ['video', 'checklist', 'faq'] },
  nurture: { channels: ['newsletter', 'email', 'display', 'sponsored-posts'], content: ['newsletter', 'report', 'case-study', 'webinar'] },
  custom: { channels: [], content: [] },
};

export const PHASE_EXPLANATIONS: Record<Phase, Explanation & { part: FunnelPart }> = {
  awareness: { part: 'tofu', channels: ['content-marketing', 'seo', 'pr', 'events', 'trade-fair', 'social-organic', 'paid-social'], content: ['article', 'blog-post', 'podcast', 'video'] },
  interest: { part: 'tofu', channels: ['seo', 'content-marketing', 'newsletter', 'webinar'], content: ['blog-post', 'e-book', 'webinar', 'whitepaper'] },
  consideration: { part: 'mofu', channels: ['newsletter', 'social-organic', 'display', 'sponsored-posts'], content: ['report', 'webinar', 'case-study', 'e-book'] },
  intent: { part: 'mofu', channels: ['paid-search', 'email', 'direct'], content: ['offer', 'comparison', 'demo'] },
  evaluation: { part: 'bofu', channels: ['direct', 'email'], content: ['faq', 'testimonial', 'demo'] },
  purchase: { part: 'bofu', channels: ['paid-search', 'direct', 'email'], content: ['free-trial', 'testimonial', 'faq', 'offer'] },
  retention: { part: 'post', channels: ['email', 'newsletter'], content: ['newsletter', 'faq', 'video'] },
  advocacy: { part: 'post', channels: ['referral', 'social-organic', 'partners'], content: ['testimonial', 'case-study'] },
};

/** The message with a preset's goal, tactics or metrics. */
export const presetText = <P extends StagePreset, F extends ExplainField>(preset: P, field: F) =>
  `teach.explain.preset.${preset}.${field}` as const satisfies MessageKey;
/** The message with a phase's goal, tactics or metrics. */
export const phaseText = <P extends Phase, F extends ExplainField>(phase: P, field: F) =>
  `teach.explain.phase.${phase}.${field}` as const satisfies MessageKey;

/** Splits a tactics or metrics message ("a; b; c") into its items. */
export function listItems(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
