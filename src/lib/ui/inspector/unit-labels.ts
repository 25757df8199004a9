/** Unit texts shown next to fields, in the user's language and the design's currency and period. */
import type { AppState } from '$lib/state/app.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { currencySymbol } from '$lib/i18n/format';

export interface UnitLabels {
  /** "€" */
  money: string;
  /** "week" */
  period: string;
  /** "weeks" */
  periods: string;
  /** "people / week" */
  peoplePerPeriod: string;
  /** "€ / week" */
  moneyPerPeriod: string;
  /** "% / week" */
  percentPerPeriod: string;
}

export function unitLabels(app: AppState): UnitLabels {
  const t = app.t;
  const money = currencySymbol(app.doc.doc.meta.currency, app.i18n.locale);
  const unit = app.doc.doc.settings.periodUnit;
  const period = t(`inspector.period.${unit}` as MessageKey);
  return {
    money,
    period,
    periods: t(`inspector.periods.${unit}` as MessageKey),
    peoplePerPeriod: t('inspector.unit.peoplePer', { period }),
    moneyPerPeriod: t('inspector.unit.per', { unit: money, period }),
    percentPerPeriod: t('inspector.unit.per', { unit: '%', period }),
  };
}
