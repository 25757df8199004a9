import { expect, test } from '@playwright/test';

test('the app loads without script errors and shows its name and main regions', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Funnel Lab', exact: true })).toBeAttached();
  await expect(page.getByRole('button', { name: /^Open file/ })).toBeVisible();
  for (const region of ['palette', 'canvas', 'inspector', 'results']) await expect(page.locator(`[data-tour="${region}"]`)).toBeAttached();
  expect(errors).toEqual([]);
});
