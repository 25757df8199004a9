/**
 * Inspector e2e (issue 5 §4) in real Chromium: open a design, select nodes and edges on the
 * canvas, edit a volume and a rate range in the inspector and see the canvas follow, undo, an
 * impossible value that stays out of the document, the published benchmark hint, a German
 * decimal comma, keyboard use, and an axe check of the panel in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';

const B2B = fileURLToPath(new URL('../fixtures/b2b-pipeline.funnel.json', import.meta.url));

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function openB2b(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(B2B);
  await expect(page.getByRole('main').locator('.svelte-flow__node')).toHaveCount(11);
  await page.getByRole('button', { name: 'Fit to view' }).click();
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const canvasNode = (page: Page, label: string) => page.getByRole('main').locator('.svelte-flow__node').filter({ hasText: label }).first();
const edgeChip = (page: Page, from: string, to: string) => page.getByRole('button', { name: `Edit the rate of ${from} → ${to}` });
/** Selects an edge through its rate label (dispatched: after "fit view" a handle may overlap it). */
const selectEdge = (page: Page, from: string, to: string) => edgeChip(page, from, to).dispatchEvent('click');

async function screenshot(page: Page, name: string) {
  await page.getByTestId('inspector').evaluate((e) => e.parentElement?.scrollTo(0, 0));
  await inspector(page).screenshot({ path: `/tmp/inspector-${name}.png` });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(inspector(page).getByRole('heading', { name: 'Design settings' })).toBeVisible();
});

test('edits a volume and a rate range, the canvas follows, undo restores', async ({ page }) => {
  const errors = watchErrors(page);
  await openB2b(page);
  const panel = inspector(page);

  // A source: its volume range.
  await canvasNode(page, 'Paid search').click();
  await expect(panel.getByText('Source · Paid search')).toBeVisible();
  const low = panel.getByRole('textbox', { name: 'Volume low' });
  await expect(low).toHaveValue('800');
  await low.fill('900');
  await expect(canvasNode(page, 'Paid search')).toContainText('900–1,200 / week');
  await expect(panel.getByText('P10–P90 930 – 1,170')).toBeVisible();

  // An edge: its rate range, with the published range for landing page → lead.
  await selectEdge(page, 'Landing page', 'Lead magnet');
  await expect(panel.getByText('Landing page → lead')).toBeVisible();
  const hint = panel.getByRole('complementary', { name: 'Typical published range' });
  await expect(hint).toContainText('5–15%');
  await expect(hint).toContainText('Your mean, 11.5%, is within the published range.');
  await panel.getByRole('textbox', { name: 'Rate low' }).fill('10');
  await panel.getByRole('textbox', { name: 'Rate high' }).fill('20');
  await expect(edgeChip(page, 'Landing page', 'Lead magnet')).toContainText('10–20%');
  await expect(hint).toContainText('Your mean, 15%, is within the published range.');
  await screenshot(page, 'edge-light');

  // Switching kind keeps the range: PERT with the midpoint as most likely.
  await panel.getByRole('combobox', { name: 'Rate: kind of estimate' }).selectOption('pert');
  await expect(panel.getByRole('textbox', { name: 'Rate most likely' })).toHaveValue('15');
  await expect(edgeChip(page, 'Landing page', 'Lead magnet')).toContainText('10–20%');

  // Undo steps back through the kind switch and the typing burst in "high", then "low".
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(panel.getByRole('combobox', { name: 'Rate: kind of estimate' })).toHaveValue('uniform');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(panel.getByRole('textbox', { name: 'Rate high' })).toHaveValue('15');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(panel.getByRole('textbox', { name: 'Rate low' })).toHaveValue('8');
  await expect(edgeChip(page, 'Landing page', 'Lead magnet')).toContainText('8–15%');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await canvasNode(page, 'Paid search').click();
  await expect(panel.getByRole('textbox', { name: 'Volume low' })).toHaveValue('800');
  expect(errors).toEqual([]);
});

test('an impossible value shows a message and never reaches the document', async ({ page }) => {
  await openB2b(page);
  const panel = inspector(page);
  await selectEdge(page, 'Opportunity', 'Won');
  const low = panel.getByRole('textbox', { name: 'Rate low' });
  await low.fill('40');
  await expect(low).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('Low (40 %) must not be above high (30 %).').first()).toBeVisible();
  await expect(low).toHaveAccessibleDescription(/must not be above high/);
  // The canvas and the undo history still have the valid range.
  await expect(edgeChip(page, 'Opportunity', 'Won')).toContainText('20–30%');
  await screenshot(page, 'invalid-light');
  await low.fill('25');
  await expect(low).not.toHaveAttribute('aria-invalid');
  await expect(edgeChip(page, 'Opportunity', 'Won')).toContainText('25–30%');

  await panel.getByRole('textbox', { name: 'Rate high' }).fill('140');
  await expect(panel.getByText('High cannot be more than 100 %.').first()).toBeVisible();
  await expect(edgeChip(page, 'Opportunity', 'Won')).toContainText('25–30%');
});

test('edits a stage: channels by keyboard, content with a checked link, milestone', async ({ page }) => {
  await openB2b(page);
  const panel = inspector(page);
  await canvasNode(page, 'Lead magnet').click();
  await expect(panel.getByText('Stage · Lead magnet')).toBeVisible();

  const add = panel.getByRole('combobox', { name: 'Add channel' });
  await add.fill('web');
  await add.press('ArrowDown');
  await add.press('Enter');
  await expect(panel.getByRole('list', { name: 'Channels' })).toContainText('Webinar');
  await expect(canvasNode(page, 'Lead magnet')).toContainText('Webinar');

  await panel.getByRole('button', { name: 'Add content' }).click();
  const items = await panel.getByRole('textbox', { name: /^Content \d+ title$/ }).count();
  const title = panel.getByRole('textbox', { name: `Content ${items} title` });
  await expect(title).toBeFocused();
  await title.fill('Lead scoring checklist');
  const link = panel.getByRole('textbox', { name: `Content ${items} link` });
  await link.fill('ftp://example.com/file');
  await expect(link).toHaveAccessibleDescription('Links must start with http:// or https://');
  await link.fill('https://example.com/checklist');
  await expect(panel.getByRole('link', { name: `Open link of content ${items}` })).toHaveAttribute('href', 'https://example.com/checklist');

  await panel.getByRole('combobox', { name: 'Milestone' }).selectOption('mql');
  await expect(canvasNode(page, 'Lead magnet')).toContainText('MQL');
  await screenshot(page, 'stage-light');
});

test('starts from an empty canvas with the palette and edits the new node', async ({ page }) => {
  await page.getByRole('button', { name: 'Add Webinar stage' }).click();
  const panel = inspector(page);
  await expect(panel.getByText('Stage · Webinar')).toBeVisible();
  await panel.getByRole('textbox', { name: 'Name' }).fill('Pricing webinar');
  await expect(canvasNode(page, 'Pricing webinar')).toBeVisible();
  const delay = panel.getByRole('combobox', { name: 'Time in stage: kind of estimate' });
  await delay.selectOption('uniform');
  await expect(panel.getByRole('textbox', { name: 'Time in stage low' })).toBeVisible();
});

test('takes a German decimal comma and shows German labels', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('funnel-lab:locale', 'de'));
  await page.reload();
  await openB2bGerman(page);
  const panel = page.getByTestId('inspector');
  await canvasNode(page, 'Paid search').click();
  const noise = panel.getByRole('textbox', { name: 'Schwankung' });
  await noise.fill('12,5');
  await noise.blur();
  await expect(noise).toHaveValue('12,5');
  await page.getByRole('button', { name: /^Rückgängig/ }).click();
  await expect(noise).toHaveValue('0');
});

async function openB2bGerman(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Datei öffnen' }).click();
  await (await chooser).setFiles(B2B);
  await expect(page.getByRole('main').locator('.svelte-flow__node')).toHaveCount(11);
}

test('is usable by keyboard and passes axe in light and dark', async ({ page }) => {
  await openB2b(page);
  const panel = inspector(page);
  await selectEdge(page, 'SQL', 'Opportunity');
  // Tab moves through the panel's controls in order; each has a name.
  await panel.getByRole('textbox', { name: 'Rate low' }).focus();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('textbox', { name: 'Rate most likely' })).toBeFocused();
  await page.keyboard.type('6');
  await expect(edgeChip(page, 'SQL', 'Opportunity')).toContainText('40–70%');

  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    for (const [select, name] of [
      [() => canvasNode(page, 'Paid search').click(), 'source'],
      [() => canvasNode(page, 'Won').click(), 'won'],
      [() => selectEdge(page, 'MQL', 'SAL'), 'edge'],
    ] as const) {
      await select();
      await expect(panel.getByRole('button', { name: /^Delete/ }).first()).toBeVisible();
      const result = await new AxeBuilder({ page }).include('[data-testid="inspector"]').analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${name} ${theme}`).toEqual([]);
      await screenshot(page, `${name}-${theme}`);
    }
  }
});
