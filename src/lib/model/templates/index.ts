/**
 * The template registry: ready-made designs for the gallery (issue 7). Each template is a
 * function of the translator, so its labels, notes and content titles come in the user's
 * language; the numbers are the same in every language.
 */
import type { Translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/messages';
import type { FunnelDocument } from '../schema';
import type { Phase } from './build';
import { aida } from './aida';
import { blank } from './blank';
import { ecommerce } from './ecommerce';
import { emailNurture } from './email-nurture';
import { eventFair } from './event-fair';
import { handoff } from './handoff';
import { leadMagnet } from './lead-magnet';
import { saasTrial } from './saas-trial';
import { sevenStep } from './seven-step';
import { sixStage } from './six-stage';
import { tofuMofuBofu } from './tofu-mofu-bofu';
import { webinar } from './webinar';

export const TEMPLATE_CATEGORIES = ['lead-gen', 'models', 'sales', 'business'] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number] | 'start';

export const TEMPLATE_IDS = [
  'blank', 'lead-magnet', 'webinar', 'email-nurture', 'event-fair', 'aida', 'six-stage', 'tofu-mofu-bofu',
  'seven-step', 'handoff', 'saas-trial', 'ecommerce',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  id: TemplateId;
  title: MessageKey;
  description: MessageKey;
  category: TemplateCategory;
  /** The phase colour that tints the gallery card (thumbnail hint). */
  accent: Phase;
  build: (t: Translate) => FunnelDocument;
}

const info = (id: TemplateId, category: TemplateCategory, accent: Phase, build: (t: Translate) => FunnelDocument): TemplateInfo => ({
  id,
  // `satisfies` makes a template without its title or summary message a type error.
  title: `teach.tpl.${id}.title` as const satisfies MessageKey,
  description: `teach.tpl.${id}.summary` as const satisfies MessageKey,
  category,
  accent,
  build,
});

/** In gallery order: the blank canvas first, then from simple lead generation to whole pipelines. */
export const TEMPLATES: readonly TemplateInfo[] = [
  info('blank', 'start', 'awareness', blank),
  info('lead-magnet', 'lead-gen', 'interest', leadMagnet),
  info('webinar', 'lead-gen', 'consideration', webinar),
  info('email-nurture', 'lead-gen', 'consideration', emailNurture),
  info('event-fair', 'lead-gen', 'awareness', eventFair),
  info('aida', 'models', 'awareness', aida),
  info('six-stage', 'models', 'intent', sixStage),
  info('tofu-mofu-bofu', 'models', 'evaluation', tofuMofuBofu),
  info('seven-step', 'sales', 'evaluation', sevenStep),
  info('handoff', 'sales', 'intent', handoff),
  info('saas-trial', 'business', 'retention', saasTrial),
  info('ecommerce', 'business', 'purchase', ecommerce),
];

export function templateById(id: string): TemplateInfo | undefined {
  return TEMPLATES.find((x) => x.id === id);
}
