/**
 * Teaching e2e (issue 7) in real Chromium: open a template from the gallery and see its stages;
 * switch to German and see German labels and number formats; take the tour (next … done; skip);
 * step through presentation mode with the keyboard; the glossary and the explanation card.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const nodes = (page: Page) => page.getByRole('main').locator('.svelte-flow__node');

async function openTemplate(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name: /^(Templates|Vorlagen)$/, exact: true }).click();
  const gallery = page.getByRole('dialog', { name: /Start from a template|Mit einer Vorlage beginnen/ });
  await expect(gallery).toBeVisible();
  await gallery.getByRole('button', { name }).click();
  await expect(gallery).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Design title' })).toBeVisible();
});

test('the welcome card offers the gallery; a template opens with its stages on the canvas', async ({ page }) => {
  const errors = watchErrors(page);
  const welcome = page.getByRole('region', { name: 'Welcome to Funnel Lab' });
  await expect(welcome).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-welcome.png' });
  await welcome.getByRole('button', { name: 'Browse templates' }).click();
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await expect(gallery).toBeVisible();
  await expect(gallery.getByRole('button')).toHaveCount(13); // close + 12 cards
  // Filter by category: the blank canvas stays, the pipeline templates remain.
  await gallery.getByRole('group', { name: 'Category' }).getByText('Sales pipeline').click();
  await expect(gallery.getByRole('button', { name: 'Seven-step sales process' })).toBeVisible();
  await expect(gallery.getByRole('button', { name: 'Webinar funnel' })).toBeHidden();
  await gallery.getByRole('group', { name: 'Category' }).getByText('All').click();
  await page.screenshot({ path: '/tmp/teach-gallery.png' });
  await gallery.getByRole('button', { name: 'AIDA sales funnel' }).click();
  await expect(gallery).toBeHidden();
  for (const label of ['Attention: ad seen', 'Interest: product page', 'Desire: added to cart', 'Action: checkout', 'Customer']) {
    await expect(nodes(page).filter({ hasText: label }).first()).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: 'Design title' })).toHaveValue('AIDA sales funnel');
  await expect(page.getByRole('status').filter({ hasText: 'Template “AIDA sales funnel” opened.' })).toBeVisible();
  // The welcome card stepped aside, and stays away after a reload.
  await expect(welcome).toBeHidden();
  await page.reload();
  await expect(nodes(page).filter({ hasText: 'Attention: ad seen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Welcome to Funnel Lab' })).toBeHidden();
  await page.waitForTimeout(400);
  await page.screenshot({ path: '/tmp/teach-aida.png' });
  // Undo brings back the empty design the template replaced.
  expect(errors).toEqual([]);
});

test('a second template opens as a new design and the first stays in the library', async ({ page }) => {
  // The empty canvas offers the gallery too.
  await page.getByRole('button', { name: /start from a template/i }).click();
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await gallery.getByRole('button', { name: 'Webinar funnel' }).click();
  await expect(gallery).toBeHidden();
  await expect(nodes(page).filter({ hasText: 'Live webinar' })).toBeVisible();
  await openTemplate(page, 'SaaS free trial');
  await expect(nodes(page).filter({ hasText: 'Paying customer' })).toBeVisible();
  await page.getByRole('button', { name: 'Designs' }).click();
  const designs = page.getByRole('dialog', { name: /Designs/ });
  await expect(designs.getByText('Webinar funnel')).toBeVisible();
  await expect(designs.getByText('SaaS free trial')).toBeVisible();
});

test('German: labels, template texts and number formats', async ({ page }) => {
  const errors = watchErrors(page);
  await page.getByLabel('Language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('Sprache')).toHaveValue('de');
  await expect(page.getByRole('button', { name: 'Vorlagen', exact: true })).toBeVisible();
  await openTemplate(page, 'Webinar-Funnel');
  for (const label of ['LinkedIn-Anzeigen', 'Anmeldeseite', 'Live-Webinar', 'Strategiegespräch']) {
    await expect(nodes(page).filter({ hasText: label }).first()).toBeVisible();
  }
  const canvas = page.getByRole('main');
  // German grouping ("52.000") and percent with a space ("33 %", written with a no-break space).
  await expect(canvas.getByText(/\d{1,3}\.\d{3}/).first()).toBeVisible();
  await expect(canvas.getByText(/\d+\s%/).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-german.png' });
  // The explanation card speaks German too.
  await nodes(page).filter({ hasText: 'Live-Webinar' }).first().click();
  const inspector = page.locator('[data-tour="inspector"]');
  await expect(inspector.getByRole('button', { name: 'Über diesen Schritt' })).toHaveAttribute('aria-expanded', 'true');
  await expect(inspector.getByText('Typische Taktiken')).toBeVisible();
  await expect(inspector.getByText(/Typische Konversion zum nächsten Schritt: 25–40\s%/)).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-german-card.png' });
  expect(errors).toEqual([]);
});

test('the tour walks palette → canvas → inspector → run → results, and can be skipped', async ({ page }) => {
  const welcome = page.getByRole('region', { name: 'Welcome to Funnel Lab' });
  await welcome.getByRole('button', { name: 'Take the tour' }).click();
  const titles = ['Building blocks', 'Your funnel', 'Numbers and explanations', 'Run the simulation', 'Read the results'];
  for (let i = 0; i < titles.length; i++) {
    const step = page.getByRole('dialog', { name: titles[i] });
    await expect(step).toBeVisible();
    await expect(step.getByText(`Step ${i + 1} of 5`)).toBeVisible();
    if (i === 0 || i === 2) await page.screenshot({ path: `/tmp/teach-tour-${i + 1}.png` });
    if (i === 2) {
      await step.getByRole('button', { name: 'Back' }).click();
      await expect(page.getByRole('dialog', { name: titles[1] })).toBeVisible();
      await page.getByRole('dialog', { name: titles[1] }).getByRole('button', { name: 'Next' }).click();
    }
    await step.getByRole('button', { name: i === titles.length - 1 ? 'Done' : 'Next' }).click();
  }
  await expect(page.getByRole('dialog', { name: titles[4] })).toBeHidden();
  // Restart from the Help menu, then skip.
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Take the tour' }).click();
  const first = page.getByRole('dialog', { name: titles[0] });
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: 'Skip tour' }).click();
  await expect(first).toBeHidden();
  // Escape skips too; the keyboard works inside the card.
  await page.getByRole('button', { name: 'Help' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Take the tour' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toBeVisible();
  // Focus moves into the card, so the arrow keys step through it.
  await expect(first.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: titles[1] })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: titles[1] })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Design title' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Welcome to Funnel Lab' })).toBeHidden();
});

test('presentation mode steps through the stages with the keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await openTemplate(page, 'Six-stage marketing funnel');
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: /Presentation/ });
  await expect(show).toBeVisible();
  await expect(show.getByRole('heading', { name: 'Six-stage marketing funnel', level: 2 })).toBeVisible();
  await expect(show.getByText('1 of 10')).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-present-overview.png' });
  const stages = ['Awareness', 'Interest', 'Consideration', 'Intent', 'Evaluation'];
  for (const [i, name] of stages.entries()) {
    await page.keyboard.press('ArrowRight');
    await expect(show.getByRole('heading', { name, level: 2 })).toBeVisible();
    await expect(show.getByText(`Step ${i + 1} of 8`)).toBeVisible();
  }
  await expect(show.getByText('Expected to enter')).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-present-stage.png' });
  await page.keyboard.press('ArrowLeft');
  await expect(show.getByRole('heading', { name: 'Intent', level: 2 })).toBeVisible();
  await page.keyboard.press('End');
  await expect(show.getByRole('button', { name: 'Go to Summary' })).toHaveAttribute('aria-current', 'step');
  await expect(show.getByText('Customers', { exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-present-summary.png' });
  await page.keyboard.press('Home');
  await expect(show.getByText('1 of 10')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  // The editing chrome is back.
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the glossary is searchable and explains terms from the explanation card', async ({ page }) => {
  await openTemplate(page, 'ToFu / MoFu / BoFu pipeline');
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Glossary' }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  await glossary.getByRole('searchbox', { name: 'Search the glossary' }).fill('cac');
  await expect(glossary.getByRole('heading', { name: 'CAC (customer acquisition cost)' })).toBeVisible();
  await expect(glossary.getByText('CAC = cost ÷ customers')).toBeVisible();
  await glossary.getByRole('searchbox', { name: 'Search the glossary' }).fill('xyzzy');
  await expect(glossary.getByText('No term matches “xyzzy”.')).toBeVisible();
  // The first Escape clears the search field (as search fields do), the second closes.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(glossary).toBeHidden();

  // A term next to the benchmark in the explanation card opens a popover, then the glossary.
  await nodes(page).filter({ hasText: 'SAL: sales accepts' }).first().click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByText('Assess and prioritise leads', { exact: false })).toBeVisible();
  await inspector.getByRole('button', { name: 'What is Conversion rate?' }).click();
  const pop = page.getByRole('dialog', { name: 'Conversion rate' });
  await expect(pop).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-card.png' });
  await pop.getByRole('button', { name: 'Open in the glossary' }).click();
  await expect(glossary).toBeVisible();
  await expect(glossary.getByRole('article', { name: 'Conversion rate' })).toBeFocused();
  await page.screenshot({ path: '/tmp/teach-glossary.png' });
  // The section collapses and stays collapsed.
  await page.keyboard.press('Escape');
  await inspector.getByRole('button', { name: 'About this step' }).click();
  await expect(inspector.getByText('Typical tactics')).toBeHidden();
  await page.reload();
  await nodes(page).filter({ hasText: 'SAL: sales accepts' }).first().click();
  await expect(page.getByRole('button', { name: 'About this step' })).toHaveAttribute('aria-expanded', 'false');
});

test('after a run: KPI cards explain their terms, presentation shows simulated medians and targets', async ({ page }) => {
  const errors = watchErrors(page);
  await openTemplate(page, 'Lead-magnet funnel');
  await page.getByRole('button', { name: 'Run', exact: true }).first().click();
  await expect(page.getByTestId('kpi-customers-p50')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'What is CAC (customer acquisition cost)?' }).click();
  const pop = page.getByRole('dialog', { name: 'CAC (customer acquisition cost)' });
  await expect(pop).toBeVisible();
  await expect(pop.getByText('CAC = cost ÷ customers')).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-kpi-term.png' });
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();

  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: /Presentation/ });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(show.getByText('Simulated median (P50)')).toBeVisible();
  await expect(show.getByText(/^P10–P90: [\d,]+ to [\d,]+$/)).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-present-simulated.png' });
  await page.keyboard.press('End');
  await expect(show.getByText(/Customers at least 120/)).toBeVisible();
  await expect(show.getByText(/reached in \d+% of runs/)).toBeVisible();
  await page.screenshot({ path: '/tmp/teach-present-targets.png' });
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`teaching surfaces pass axe checks (${theme}); Polish layout`, async ({ page }) => {
    // Seven axe analyses on two shared cores take their time.
    test.setTimeout(180_000);
    const serious = async (selector: string) => {
      const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    await page.emulateMedia({ colorScheme: theme });
    await page.getByLabel('Language').selectOption('pl');
    const welcome = page.getByRole('region', { name: 'Witaj w Funnel Lab' });
    await expect(welcome).toBeVisible();
    expect(await serious('section[aria-labelledby]:has(> h2)')).toEqual([]);
    await welcome.getByRole('button', { name: 'Przeglądaj szablony' }).click();
    await expect(page.getByRole('dialog', { name: 'Zacznij od szablonu' })).toBeVisible();
    expect(await serious('dialog[open]')).toEqual([]);
    await page.screenshot({ path: `/tmp/teach-gallery-pl-${theme}.png` });
    await page.getByRole('button', { name: 'Lejek ToFu / MoFu / BoFu' }).click();
    await page.getByRole('main').locator('.svelte-flow__node').filter({ hasText: 'SAL: sprzedaż przyjmuje' }).first().click();
    expect(await serious('[data-tour="inspector"]')).toEqual([]);
    await page.screenshot({ path: `/tmp/teach-card-pl-${theme}.png` });
    await page.getByRole('button', { name: 'Pomoc' }).click();
    expect(await serious('[role="menu"]')).toEqual([]);
    await page.getByRole('menuitem', { name: 'Słowniczek' }).click();
    expect(await serious('dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Pomoc' }).click();
    await page.getByRole('menuitem', { name: 'Rozpocznij przewodnik' }).click();
    await expect(page.getByRole('dialog', { name: 'Elementy' })).toBeVisible();
    expect(await serious('[role="dialog"][aria-modal="false"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Prezentuj' }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await serious('dialog[open]')).toEqual([]);
    await page.screenshot({ path: `/tmp/teach-present-pl-${theme}.png` });
  });
}
