/**
 * Formatting shared by the slides of presentation mode: counts with one decimal only while they
 * are small, the horizon as a duration, the "per week" label of the design's period, and the
 * editor icon of a channel or preset when there is one.
 */
import type { FunnelDocument } from '$lib/model/schema';
import { formatDuration, formatNumber } from '$lib/i18n/format';
import { isIconName, type IconName } from '$lib/ui/nodes/icons';

export function slideNumber(x: number | null | undefined, locale: string): string {
  return formatNumber(x, locale, { digits: x !== null && x !== undefined && Math.abs(x) < 10 ? 1 : 0 });
}

export function slideHorizon(doc: FunnelDocument, locale: string): string {
  return formatDuration(doc.settings.periods, doc.settings.periodUnit, locale);
}

export function perPeriodKey(doc: FunnelDocument) {
  return `teach.per.${doc.settings.periodUnit}` as const;
}

export function slideIcon(name: string): IconName | null {
  return isIconName(name) ? name : null;
}
