import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n/translate';
import { KPI_NAMES } from '$lib/model/schema';
import { TEMPLATES, templateById } from '$lib/model/templates';
import { compile } from '$lib/sim/compile';
import { simulate } from '$lib/sim/engine';
import { summarizeRuns } from '$lib/sim/summarize';
import { expectedValues } from '$lib/sim/expected';

const en = createTranslator('en');

describe.each(TEMPLATES.filter((x) => x.id !== 'blank').map((x) => x.id))('template %s', (id) => {
  const doc = templateById(id)!.build(en);

  it('simulates to finite, plausible results', () => {
    const plan = compile(doc);
    const runs = 300;
    const summary = summarizeRuns(simulate(plan, doc.settings.seed, 0, runs), plan, doc);
    const ev = expectedValues(doc);
    for (const k of KPI_NAMES) {
      const s = summary.kpis[k];
      for (const v of [s.mean, s.p10, s.p50, s.p90]) expect(Number.isFinite(v), `${k}`).toBe(true);
    }
    const customers = summary.kpis.customers;
    expect(customers.p10).toBeGreaterThan(0);
    expect(summary.kpis.revenue.p10).toBeGreaterThan(0);
    expect(summary.kpis.cost.mean).toBeGreaterThan(0);
    // The Monte Carlo mean is near the expected-value mode (they differ only through capacity
    // limits, rounding of delays and nonlinear ratios, never by a factor of two).
    const evCustomers = ev.kpis.customers!;
    expect(customers.mean).toBeGreaterThan(evCustomers * 0.6);
    expect(customers.mean).toBeLessThan(evCustomers * 1.5);
    // Targets are neither hopeless nor certain in the expected case: each is within reach.
    for (const target of summary.targets) {
      expect(target.probability, `${target.metric}`).toBeGreaterThan(0.05);
    }
  });
});
