/**
 * Interface languages load one at a time (src/lib/i18n/messages/index.ts): English is bundled,
 * every other language is its own chunk fetched only when it is the interface language. These
 * tests run the production build: a saved language shows on the very first paint (no flash of
 * English), the language menu loads then switches, and a failed download keeps the language.
 */
import { expect, test, type Page } from '@playwright/test';

const LANGUAGE_CHUNK = /\/assets\/(de|it|pl|nl)-[\w-]+\.js$/;

/** The language chunks the page requests, in order ('de', 'nl', …). */
function watchLanguageChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = LANGUAGE_CHUNK.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]);
  });
  return seen;
}

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('a saved language other than English is on screen from the first paint after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('toolbar', { name: 'Design toolbar' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('funnel-lab:locale', 'nl'));
  // Snapshot what the app draws first: the toolbar's name and the text of the first render.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const app = document.getElementById('app');
      if (!app?.children.length) return;
      const w = window as unknown as { firstPaint: { toolbar: string | null; text: string } };
      w.firstPaint = { toolbar: app.querySelector('[role="toolbar"]')?.getAttribute('aria-label') ?? null, text: app.textContent ?? '' };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const chunks = watchLanguageChunks(page);
  await page.reload();

  await expect(page.getByRole('toolbar', { name: 'Werkbalk van het ontwerp' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sjablonen', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bestand openen' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Taal' })).toHaveValue('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('button', { name: 'Templates', exact: true })).toHaveCount(0);

  const first = await page.evaluate(() => (window as unknown as { firstPaint?: { toolbar: string | null; text: string } }).firstPaint);
  expect(first?.toolbar).toBe('Werkbalk van het ontwerp');
  expect(first?.text).toContain('Sjablonen');
  expect(first?.text).not.toContain('Templates');
  // Only Dutch was fetched, not the other languages.
  expect(chunks).toEqual(['nl']);
  expect(errors).toEqual([]);
});

test('English loads no other language; the language menu loads German, then switches, and it is kept', async ({ page }) => {
  const errors = watchErrors(page);
  const chunks = watchLanguageChunks(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Templates', exact: true })).toBeVisible();
  expect(chunks).toEqual([]);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('button', { name: 'Vorlagen', exact: true })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Werkzeugleiste des Entwurfs' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(chunks).toEqual(['de']);

  // Back to English needs no download; German again is already loaded.
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Templates', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('button', { name: 'Vorlagen', exact: true })).toBeVisible();
  expect(chunks).toEqual(['de']);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Vorlagen', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a language that fails to download keeps the current one and says so', async ({ page }) => {
  await page.route(/\/assets\/it-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const menu = page.getByRole('combobox', { name: 'Language' });
  await expect(menu).toHaveValue('en');

  await menu.selectOption('it');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load Italiano' })).toBeVisible();
  // Still English everywhere, and the menu shows it again.
  await expect(menu).toHaveValue('en');
  await expect(page.getByRole('button', { name: 'Templates', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => localStorage.getItem('funnel-lab:locale'))).toBeNull();
});
