/**
 * What each KPI is, for display: its unit, whether more is better, why a ratio can be undefined,
 * and which KPI cards a design shows (milestone counts only where a stage carries that milestone).
 */
import type { FunnelDocument, KpiName } from '$lib/model/schema';

export type KpiUnit = 'count' | 'money' | 'percent' | 'multiple' | 'ratio' | 'periods';

export interface KpiMeta {
  unit: KpiUnit;
  /** True when a higher value is the better one (costs and CAC: lower is better). */
  higherIsBetter: boolean;
  /** Why a run can leave this KPI undefined (a message key suffix), when it can. */
  undefinedReason?: 'noCost' | 'noAcquisitionCost' | 'noLeads' | 'noCustomers' | 'noArrivals' | 'neverPaidBack' | 'noWonValue';
  /** Stages with this milestone must exist for the KPI to mean anything. */
  milestone?: 'lead' | 'mql' | 'sal' | 'sql' | 'opportunity';
}

export const KPI_META: Record<KpiName, KpiMeta> = {
  arrivals: { unit: 'count', higherIsBetter: true },
  leads: { unit: 'count', higherIsBetter: true, milestone: 'lead' },
  mqls: { unit: 'count', higherIsBetter: true, milestone: 'mql' },
  sals: { unit: 'count', higherIsBetter: true, milestone: 'sal' },
  sqls: { unit: 'count', higherIsBetter: true, milestone: 'sql' },
  opportunities: { unit: 'count', higherIsBetter: true, milestone: 'opportunity' },
  customers: { unit: 'count', higherIsBetter: true },
  revenue: { unit: 'money', higherIsBetter: true },
  cost: { unit: 'money', higherIsBetter: false },
  acquisitionCost: { unit: 'money', higherIsBetter: false },
  profit: { unit: 'money', higherIsBetter: true },
  roi: { unit: 'percent', higherIsBetter: true, undefinedReason: 'noCost' },
  roas: { unit: 'multiple', higherIsBetter: true, undefinedReason: 'noAcquisitionCost' },
  cpl: { unit: 'money', higherIsBetter: false, undefinedReason: 'noLeads', milestone: 'lead' },
  cac: { unit: 'money', higherIsBetter: false, undefinedReason: 'noCustomers' },
  conversion: { unit: 'percent', higherIsBetter: true, undefinedReason: 'noArrivals' },
  revenuePerArrival: { unit: 'money', higherIsBetter: true, undefinedReason: 'noArrivals' },
  ltv: { unit: 'money', higherIsBetter: true, undefinedReason: 'noWonValue' },
  ltvToCac: { unit: 'ratio', higherIsBetter: true, undefinedReason: 'noCustomers' },
  paybackPeriod: { unit: 'periods', higherIsBetter: false, undefinedReason: 'neverPaidBack' },
  inProgress: { unit: 'count', higherIsBetter: true },
};

/** The cards of the summary, in reading order: volume, money, efficiency, pipeline. */
const CARD_ORDER: KpiName[] = [
  'customers', 'revenue', 'cost', 'profit', 'roi', 'roas', 'cpl', 'cac', 'conversion', 'ltvToCac',
  'paybackPeriod', 'revenuePerArrival', 'inProgress', 'arrivals', 'leads', 'mqls', 'sals', 'sqls',
  'opportunities',
];

/** Milestones present on the design's stages. */
export function milestonesIn(doc: FunnelDocument): Set<string> {
  const found = new Set<string>();
  for (const n of doc.nodes) if (n.kind === 'stage' && n.milestone) found.add(n.milestone);
  return found;
}

/** KPIs that mean something for this design (milestone counts only where the milestone exists). */
export function kpisFor(doc: FunnelDocument, order: readonly KpiName[] = CARD_ORDER): KpiName[] {
  const milestones = milestonesIn(doc);
  return order.filter((k) => !KPI_META[k].milestone || milestones.has(KPI_META[k].milestone!));
}

export const CARD_KPIS = CARD_ORDER;
