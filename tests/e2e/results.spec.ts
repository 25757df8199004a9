/**
 * Results end to end in real Chromium: open a design, run (button and Ctrl+Enter), progress and
 * KPI cards, cancel, same seed → same numbers, stale mark after an edit, scenarios compared with
 * common random numbers, CSV checked against the CLI, charts rendered and exported, the report.
 * Run counts are small: the machines are shared and the engine is checked by its own tests.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/ui/results/shape/csv';

const FIXTURE = 'tests/fixtures/b2b-pipeline.funnel.json';
const SLOW = 240_000;

async function openFixture(page: Page) {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(FIXTURE);
  await expect(page.getByRole('button', { name: 'Edit the rate of Lost → Nurture' })).toBeVisible();
}

async function setRunsAndSeed(page: Page, runs: number, seed?: number) {
  const r = page.getByRole('spinbutton', { name: 'Runs', exact: true });
  await r.fill(String(runs));
  await r.press('Tab');
  if (seed !== undefined) {
    const s = page.getByRole('spinbutton', { name: 'Seed', exact: true });
    await s.fill(String(seed));
    await s.press('Tab');
  }
}

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Simulation progress' });

async function waitDone(page: Page) {
  await expect(progress(page)).toHaveCount(0, { timeout: SLOW });
  await expect(page.getByText('Up to date', { exact: true }).first()).toBeVisible();
}

const kpi = (page: Page, name: string) => page.getByTestId(`kpi-${name}-p50`);

/** Opens an edge's rate in the inspector from its chip on the canvas, by keyboard (the chip may sit under the minimap). */
async function openRate(page: Page, edge: string) {
  const chip = page.getByRole('button', { name: `Edit the rate of ${edge}` });
  await chip.focus();
  await page.keyboard.press('Enter');
}

test.describe('results', () => {
  test.describe.configure({ timeout: SLOW * 2 });

  test('run shows progress and KPI cards; the same seed gives identical numbers', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 3000, 5);
    await page.getByRole('button', { name: 'Run', exact: true }).first().click();
    const bar = progress(page);
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuemax', '3000');
    await expect(page.getByText(/of 3,000 runs/)).toBeVisible();
    await waitDone(page);
    await expect(page.getByText('3,000 runs · seed 5')).toBeVisible();
    for (const name of ['customers', 'revenue', 'cost', 'profit', 'roi', 'roas', 'cpl', 'cac', 'conversion', 'ltvToCac', 'paybackPeriod', 'revenuePerArrival', 'inProgress', 'leads', 'mqls', 'sals', 'sqls', 'opportunities']) {
      await expect(kpi(page, name), name).toHaveText(/\d/);
    }
    await expect(kpi(page, 'revenue')).toHaveText(/€/);
    await expect(page.getByText(/Payback period undefined in [\d,]+ runs?: never paid back/)).toBeVisible();
    await expect(page.getByTestId('target-0-chance')).toHaveText(/\d+(\.\d)?% chance to reach/);
    const first = { customers: await kpi(page, 'customers').textContent(), revenue: await kpi(page, 'revenue').textContent(), cac: await kpi(page, 'cac').textContent() };

    await page.getByRole('button', { name: 'Run', exact: true }).first().click();
    await expect(progress(page)).toBeVisible();
    await waitDone(page);
    const second = { customers: await kpi(page, 'customers').textContent(), revenue: await kpi(page, 'revenue').textContent(), cac: await kpi(page, 'cac').textContent() };
    expect(second).toEqual(first);

    // Another seed: another sample (revenue in full euros differs).
    await setRunsAndSeed(page, 3000, 6);
    await expect(page.getByTestId('stale-mark')).toBeVisible();
    await page.keyboard.press('Control+Enter');
    await waitDone(page);
    expect(await kpi(page, 'revenue').textContent()).not.toEqual(first.revenue);
  });

  test('cancel stops a long run and keeps the previous results', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 1500, 3);
    await page.keyboard.press('Control+Enter');
    await waitDone(page);
    const before = await kpi(page, 'customers').textContent();
    await setRunsAndSeed(page, 1_000_000);
    await page.getByRole('button', { name: 'Run', exact: true }).first().click();
    const bar = progress(page);
    await expect(bar).toBeVisible();
    await expect(page.getByText(/of 1,000,000 runs/)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(bar).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Run', exact: true }).first()).toBeVisible();
    expect(await kpi(page, 'customers').textContent()).toBe(before);
    // The shown results are for 1,500 runs while the design asks for a million: stale.
    await expect(page.getByTestId('stale-mark')).toBeVisible();
  });

  test('changing a rate marks the results stale; one click runs again', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 1500, 2);
    await page.keyboard.press('Control+Enter');
    await waitDone(page);
    await expect(page.getByTestId('stale-mark')).toHaveCount(0);

    await openRate(page, 'Lost → Nurture');
    const rate = page.locator('aside.inspector').getByRole('textbox', { name: 'Rate', exact: true });
    await expect(rate).toHaveValue('60');
    await rate.fill('100');
    await rate.press('Tab');
    await expect(page.getByTestId('stale-mark')).toBeVisible();
    await expect(page.getByText('The design changed since this run.')).toBeVisible();
    // Moving back to the value of the run: the results fit the design again.
    await rate.fill('60');
    await rate.press('Tab');
    await expect(page.getByTestId('stale-mark')).toHaveCount(0);
    await rate.fill('100');
    await rate.press('Tab');
    await page.getByRole('button', { name: 'Run again', exact: true }).click();
    await waitDone(page);
    await expect(page.getByTestId('stale-mark')).toHaveCount(0);
    expect(await kpi(page, 'customers').textContent()).toMatch(/\d/);
  });

  test('scenarios: run all with common random numbers and compare side by side', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 1500, 4);
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    await expect(page.getByText('Run the base design and at least one scenario')).toBeVisible();
    await page.getByRole('button', { name: 'Run all scenarios' }).first().click();
    await expect(progress(page)).toHaveAttribute('aria-valuemax', '3000');
    await expect(progress(page)).toHaveCount(0, { timeout: SLOW });
    const table = page.getByRole('table', { name: /Scenarios side by side/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Base design' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /Double paid budget/ })).toBeVisible();
    // Twice the paid budget: more arrivals in every paired run.
    await table.getByRole('button', { name: 'Arrivals' }).click();
    await expect(page.getByTestId('beat-chance')).toHaveText(/Double paid budget beats the base design on Arrivals in 100(\.0)?% of runs/);
    await table.getByRole('button', { name: 'Cost', exact: true }).click();
    await expect(page.getByTestId('beat-chance')).toHaveText(/on Cost in 0(\.0)?% of runs/);
    await page.screenshot({ path: '/tmp/results-scenarios.png' });

    // The manager: add, rename, duplicate, delete.
    const manager = page.getByRole('region', { name: 'Scenarios' });
    await manager.getByRole('button', { name: '+ New scenario' }).click();
    const name = manager.getByRole('textbox', { name: 'Scenario name' });
    await name.fill('Webinar push');
    await name.press('Enter');
    await expect(manager.getByText('Webinar push', { exact: true })).toBeVisible();
    await manager.getByRole('button', { name: 'Duplicate Webinar push' }).click();
    await expect(manager.getByText('Webinar push (2)', { exact: true })).toBeVisible();
    await manager.getByRole('button', { name: 'Delete Webinar push (2)' }).click();
    await manager.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(manager.getByText('Webinar push (2)', { exact: true })).toHaveCount(0);
    await manager.getByRole('button', { name: 'Rename Webinar push' }).click();
    await manager.getByRole('textbox', { name: 'Scenario name' }).fill('Webinar boost');
    await manager.getByRole('textbox', { name: 'Scenario name' }).press('Enter');
    await expect(manager.getByText('Webinar boost', { exact: true })).toBeVisible();
  });

  test('the CSV holds the same numbers as the CLI for the same file and seed', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 1200, 7);
    await page.keyboard.press('Control+Enter');
    await waitDone(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/-results\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
    const head = rows[0];
    const cell = (section: string, id: string, measure: string, col: string) => {
      const row = rows.find((r) => r[head.indexOf('section')] === section && r[head.indexOf('id')] === id && r[head.indexOf('measure')] === measure && r[head.indexOf('period')] === '');
      return Number(row![head.indexOf(col)]);
    };
    const cli = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/simulate.ts', FIXTURE, '--json', '--runs', '1200', '--seed', '7'], { encoding: 'utf8', timeout: SLOW }));
    expect(cli.runs).toBe(1200);
    for (const k of ['customers', 'revenue', 'cost', 'cac']) {
      for (const p of ['p10', 'p50', 'p90', 'mean']) expect(cell('kpi', k, k, p), `${k} ${p}`).toBeCloseTo(cli.kpis[k][p], 6);
    }
    expect(cell('node', 'mql', 'entered', 'p50')).toBeCloseTo(cli.nodes.mql.entered.p50, 6);
  });

  test('every chart renders with a table alternative and exports PNG and SVG', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 1500, 1);
    await page.keyboard.press('Control+Enter');
    await waitDone(page);
    await page.screenshot({ path: '/tmp/results-summary.png' });
    const tabs: [string, string[]][] = [
      ['Distribution', ['Distribution of Revenue']],
      ['Over time', ['Over time', 'Cumulative revenue and cost']],
      ['Flow', ['Flow through the funnel']],
      ['Drivers', ['What matters most']],
    ];
    for (const [tab, titles] of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      for (const title of titles) {
        const frame = page.getByRole('figure', { name: title });
        await expect(frame.locator('svg.chart')).toBeVisible();
        await frame.screenshot({ path: `/tmp/results-chart-${title.toLowerCase().replace(/\W+/g, '-')}.png` });
      }
    }
    // Labelled axes and break-even mark.
    await page.getByRole('tab', { name: 'Over time' }).click();
    await expect(page.getByRole('figure', { name: 'Cumulative revenue and cost' }).getByText(/Break-even: Week \d+/)).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Over time' }).locator('text.axis-label', { hasText: 'Week' })).toBeVisible();

    // Table alternative.
    await page.getByRole('tab', { name: 'Drivers' }).click();
    const drivers = page.getByRole('figure', { name: 'What matters most' });
    await drivers.getByRole('button', { name: 'Show as table' }).click();
    await expect(drivers.getByRole('columnheader', { name: 'Assumption' })).toBeVisible();
    await expect(drivers.getByRole('cell', { name: /→ .*: rate/ }).first()).toBeVisible();
    await drivers.getByRole('button', { name: 'Show as chart' }).click();

    // Downloads.
    await page.getByRole('tab', { name: 'Flow' }).click();
    const flow = page.getByRole('figure', { name: 'Flow through the funnel' });
    const [svg] = await Promise.all([page.waitForEvent('download'), flow.getByRole('button', { name: /as SVG/ }).click()]);
    expect(svg.suggestedFilename()).toMatch(/-flow\.svg$/);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<\?xml/);
    expect(svgText).toContain('<svg');
    expect(svgText).not.toContain('var(--');
    const [png] = await Promise.all([page.waitForEvent('download'), flow.getByRole('button', { name: /as PNG/ }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  test('the printable report shows the funnel, results and assumptions', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 1000, 1);
    await page.keyboard.press('Control+Enter');
    await waitDone(page);
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const report = page.getByRole('dialog', { name: 'B2B pipeline: paid search and SEO' });
    await expect(report).toBeVisible();
    await expect(report.getByRole('heading', { name: 'Key results' })).toBeVisible();
    await expect(report.getByRole('heading', { name: 'Assumptions' })).toBeVisible();
    await expect(report.getByRole('img', { name: /Picture of the funnel/ })).toBeVisible();
    await expect(report.getByRole('cell', { name: 'Opportunity → Won' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/results-report-print.png', fullPage: true });
    await expect(page.locator('.app')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await expect(report).toHaveCount(0);
  });

  test('change only in scenario: the inspector edits an override, the base stays', async ({ page }) => {
    await openFixture(page);
    await openRate(page, 'Lost → Nurture');
    const inspector = page.locator('aside.inspector');
    const rate = inspector.getByRole('textbox', { name: 'Rate', exact: true });
    await expect(rate).toHaveValue('60');
    await inspector.getByLabel('Change rate only in a scenario').click();
    await inspector.getByRole('button', { name: 'Double paid budget' }).click();
    await expect(inspector.getByRole('status').filter({ hasText: 'Editing scenario “Double paid budget”' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Scenario whose results are shown' })).toHaveValue('double-paid');
    await rate.fill('80');
    await rate.press('Tab');
    await expect(inspector.getByRole('button', { name: 'Reset rate in Double paid budget to the base value' })).toBeVisible();
    await inspector.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(rate).toHaveValue('60');
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    const changes = page.getByRole('list', { name: 'Changes in Double paid budget' });
    await expect(changes.getByText(/Lost → Nurture: rate = 80\s?%/)).toBeVisible();
    await changes.getByRole('button', { name: /Remove change Lost → Nurture: rate/ }).click();
    await expect(changes.getByText(/Lost → Nurture/)).toHaveCount(0);
  });

  test('quick preview re-runs about 2,000 runs after an edit', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 20_000, 1);
    await page.getByRole('checkbox', { name: 'Quick preview' }).check();
    // Switched on without a result: a preview of 2,000 runs starts by itself.
    await expect(page.getByText('2,000 runs · seed 1')).toBeVisible({ timeout: SLOW });
    await expect(page.getByText('Preview', { exact: true })).toBeVisible();
    await openRate(page, 'Lost → Nurture');
    const rate = page.locator('aside.inspector').getByRole('textbox', { name: 'Rate', exact: true });
    await rate.fill('90');
    await rate.press('Tab');
    // The edit makes the preview stale, and a new one follows without pressing Run.
    await expect(page.getByTestId('stale-mark')).toBeVisible();
    await expect(page.getByTestId('stale-mark')).toHaveCount(0, { timeout: SLOW });
    await expect(page.getByText('Preview', { exact: true })).toBeVisible();
  });

  test('results panel: no serious accessibility violations, light and dark, and German labels', async ({ page }) => {
    await openFixture(page);
    await setRunsAndSeed(page, 800, 1);
    await page.keyboard.press('Control+Enter');
    await waitDone(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const tab of ['Summary', 'Distribution', 'Over time', 'Flow', 'Drivers', 'Scenarios']) {
        await page.getByRole('tab', { name: tab }).click();
        const result = await new AxeBuilder({ page }).include('.results-panel').analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${tab} ${scheme}`).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => localStorage.setItem('funnel-lab:locale', 'de'));
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Übersicht' })).toBeVisible();
    await page.getByRole('button', { name: 'Simulieren', exact: true }).first().click();
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: SLOW });
    await expect(page.getByTestId('kpi-revenue-p50')).toHaveText(/\d\s?€$/);
    await expect(page.getByText('Kunden', { exact: true }).first()).toBeVisible();
    await page.screenshot({ path: '/tmp/results-german.png' });
  });

  test('a design with errors is refused with the first problem named and a way to it', async ({ page }) => {
    await openFixture(page);
    // Opportunity → Won is 20–30 %; with 80–90 % to Lost the shares add up to more than 100 %.
    await openRate(page, 'Opportunity → Lost');
    const panel = page.locator('aside.inspector');
    await panel.getByRole('textbox', { name: 'Rate high' }).fill('90');
    await panel.getByRole('textbox', { name: 'Rate high' }).press('Tab');
    await panel.getByRole('textbox', { name: 'Rate low' }).fill('80');
    await panel.getByRole('textbox', { name: 'Rate low' }).press('Tab');
    await page.keyboard.press('Control+Enter');
    const bar = page.locator('.results-panel');
    await expect(bar.getByRole('alert').filter({ hasText: 'Cannot run' })).toBeVisible();
    await expect(bar.getByText(/Opportunity/).first()).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Show', exact: true })).toBeVisible();
    await page.screenshot({ path: '/tmp/results-error.png' });
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByTestId('kpi-customers-p50')).toHaveCount(0);
  });
});
