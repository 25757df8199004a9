/**
 * Foundation e2e (issue 3 §6) in real Chromium: file import through the picker, export and
 * compare, a refused file, undo/redo by buttons and keys, autosave and restore after reload,
 * damaged saved data, the design library, drop to open, theme. Controls are found by role and
 * name, as a user finds them.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/lib/model/io';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const B2B = fixture('b2b-pipeline.funnel.json');
const BROKEN = fixture('broken-delay.funnel.json');
const b2b = JSON.parse(readFileSync(B2B, 'utf8')) as { meta: { title: string }; nodes: { label: string }[] };

/** Fails the test on any uncaught page error. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function importThroughPicker(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(file);
}

const title = (page: Page) => page.getByRole('textbox', { name: 'Design title' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(title(page)).toBeVisible();
});

test('imports a file through the picker, shows its nodes, and exports the same document', async ({ page }) => {
  const errors = watchErrors(page);
  await importThroughPicker(page, B2B);
  await expect(title(page)).toHaveValue(b2b.meta.title);
  const canvas = page.getByRole('main');
  for (const label of ['Paid search', 'Landing page', 'Opportunity', 'Nurture']) {
    await expect(canvas.locator('.svelte-flow__node').filter({ hasText: label }).first()).toBeVisible();
  }
  await expect(canvas.locator('.svelte-flow__node')).toHaveCount(b2b.nodes.length);
  // The untouched start-up design is not kept, so the notice just says what was opened.
  await expect(page.getByRole('status').filter({ hasText: `Opened “${b2b.meta.title}”.` })).toBeVisible();
  await page.screenshot({ path: '/tmp/shell-imported.png' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('B2B pipeline paid search and SEO.funnel.json');
  const exported = readFileSync(await file.path(), 'utf8');
  const a = parseDocument(readFileSync(B2B, 'utf8'));
  const b = parseDocument(exported);
  expect(a.ok && b.ok).toBe(true);
  if (a.ok && b.ok) expect(b.doc).toEqual(a.doc);
  expect(errors).toEqual([]);
});

test('a broken file is refused with a specific message and the current design stays', async ({ page }) => {
  await title(page).fill('Keep me');
  await title(page).press('Enter');
  await importThroughPicker(page, BROKEN);
  const alert = page.getByRole('alertdialog', { name: 'Couldn’t open “broken-delay.funnel.json”' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('your current design is unchanged');
  // Names the node and the field, with the values.
  await expect(alert.getByRole('listitem')).toHaveText(['Error: nodes[3] "Webinar": delay.low (5) must not exceed delay.high (1)']);
  await page.screenshot({ path: '/tmp/shell-import-error.png' });
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(alert).toBeHidden();
  await expect(title(page)).toHaveValue('Keep me');
  await page.getByRole('button', { name: 'Designs' }).click();
  const designs = page.getByRole('dialog', { name: 'Designs' });
  await expect(designs.getByRole('row')).toHaveCount(2); // header + the one design
});

test('undo and redo with the buttons and the keyboard', async ({ page }) => {
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  const original = await title(page).inputValue();

  // A typing burst is one step.
  await title(page).fill('');
  await title(page).pressSequentially('Spring campaign', { delay: 20 });
  await title(page).press('Enter');
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(title(page)).toHaveValue(original);
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(title(page)).toHaveValue('Spring campaign');

  // Keyboard, with focus outside text fields.
  await page.getByRole('toolbar', { name: 'Design toolbar' }).getByRole('button', { name: 'Designs' }).focus();
  await page.keyboard.press('Control+z');
  await expect(title(page)).toHaveValue(original);
  await page.keyboard.press('Control+Shift+z');
  await expect(title(page)).toHaveValue('Spring campaign');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(title(page)).toHaveValue('Spring campaign');

  // In a text field, Ctrl+Z belongs to the field, not to the design history.
  await title(page).click();
  await title(page).press('End');
  await title(page).pressSequentially(' 2');
  await title(page).press('Control+z');
  await title(page).press('Enter');
  await expect(redo).toBeDisabled();
});

test('the design is autosaved and restored after a reload', async ({ page }) => {
  await importThroughPicker(page, B2B);
  await expect(title(page)).toHaveValue(b2b.meta.title);
  await title(page).fill('Restored after reload');
  await title(page).press('Enter');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(title(page)).toHaveValue('Restored after reload');
  await expect(page.getByRole('main').locator('.svelte-flow__node')).toHaveCount(b2b.nodes.length);
  // A fresh session starts with an empty history.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('damaged saved data opens a recovery dialog, never a blank page', async ({ page }) => {
  const errors = watchErrors(page);
  const garbage = '{"format":"funnel-lab","version":1,"nodes":[{"id":"x" <<truncated';
  await title(page).fill('Before the damage');
  await title(page).press('Enter');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const id = await page.evaluate((text) => {
    const current = localStorage.getItem('funnel-lab:current')!;
    localStorage.setItem(`funnel-lab:design:${current}`, text);
    return current;
  }, garbage);
  await page.reload();
  const dialog = page.getByRole('alertdialog', { name: 'Your saved design could not be read' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nothing has been changed or deleted');
  await page.screenshot({ path: '/tmp/shell-recovery.png' });
  // Escape does not dismiss a choice that must be made.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  // Download keeps the damaged text as it was.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /Download the damaged data/ }).click();
  const file = await download;
  expect(readFileSync(await file.path(), 'utf8')).toBe(garbage);
  expect(await page.evaluate((k) => localStorage.getItem(k), `funnel-lab:design:${id}`)).toBe(garbage);

  // The previous save is the backup: restore it.
  await dialog.getByRole('button', { name: /Restore the previous save/ }).click();
  await expect(dialog).toBeHidden();
  await expect(title(page)).toHaveValue(/./);
  const stored = await page.evaluate((k) => localStorage.getItem(k), `funnel-lab:design:${id}`);
  expect(parseDocument(stored!).ok).toBe(true);
  expect(errors).toEqual([]);
});

test('damaged data without a backup: start a new design, the damaged one stays listed', async ({ page }) => {
  await page.evaluate(() => {
    const current = localStorage.getItem('funnel-lab:current')!;
    localStorage.removeItem(`funnel-lab:design:${current}:backup`);
    localStorage.setItem(`funnel-lab:design:${current}`, 'not json at all');
  });
  await page.reload();
  const dialog = page.getByRole('alertdialog', { name: 'Your saved design could not be read' });
  await expect(dialog.getByRole('button', { name: /Restore the previous save/ })).toBeDisabled();
  await dialog.getByRole('button', { name: /Start a new design/ }).click();
  await expect(dialog).toBeHidden();
  await expect(title(page)).toHaveValue('Untitled funnel');
  await page.getByRole('button', { name: 'Designs' }).click();
  await expect(page.getByRole('dialog', { name: 'Designs' }).getByRole('row')).toHaveCount(3);
});

test('the Designs library: new, rename, duplicate, open, delete and undo', async ({ page }) => {
  await importThroughPicker(page, B2B);
  await expect(title(page)).toHaveValue(b2b.meta.title);
  await page.getByRole('button', { name: 'Designs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Designs' });
  await expect(dialog.getByRole('row')).toHaveCount(2); // the untouched start-up design was dropped

  await dialog.getByRole('button', { name: `Duplicate “${b2b.meta.title}”` }).click();
  await expect(dialog.getByRole('button', { name: `Open “Copy of ${b2b.meta.title}”` })).toBeVisible();
  await dialog.getByRole('button', { name: `Rename “Copy of ${b2b.meta.title}”` }).click();
  const rename = dialog.getByRole('textbox', { name: `New title for “Copy of ${b2b.meta.title}”` });
  await rename.fill('Variant B');
  await rename.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Open “Variant B”' })).toBeVisible();
  await page.screenshot({ path: '/tmp/shell-designs.png' });

  await dialog.getByRole('button', { name: 'Open “Variant B”' }).click();
  await expect(dialog).toBeHidden();
  await expect(title(page)).toHaveValue('Variant B');
  await expect(page.getByRole('main').locator('.svelte-flow__node')).toHaveCount(b2b.nodes.length);

  await page.getByRole('button', { name: 'Designs' }).click();
  await dialog.getByRole('button', { name: 'Delete “Variant B”' }).click();
  await expect(dialog.getByRole('button', { name: 'Open “Variant B”' })).toHaveCount(0);
  await expect(title(page)).toHaveValue(b2b.meta.title);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Deleted “Variant B”' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(title(page)).toHaveValue('Variant B');

  // New design from the toolbar; the current design id survives a reload.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(title(page)).toHaveValue('Untitled funnel');
  await title(page).fill('Third');
  await title(page).press('Enter');
  await page.reload();
  await expect(title(page)).toHaveValue('Third');
});

test('a file dropped on the window opens as a new design', async ({ page }) => {
  const text = readFileSync(B2B, 'utf8');
  const data = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.funnel.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
  await expect(page.getByText('Drop the file to open it')).toBeVisible();
  await page.screenshot({ path: '/tmp/shell-drop.png' });
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
  await expect(page.getByText('Drop the file to open it')).toBeHidden();
  await expect(title(page)).toHaveValue(b2b.meta.title);
});

test('theme toggle cycles system, light, dark and is remembered', async ({ page }) => {
  const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  expect(await theme()).toBeNull();
  await page.getByRole('button', { name: 'Theme: System' }).click();
  expect(await theme()).toBe('light');
  await page.getByRole('button', { name: 'Theme: Light' }).click();
  expect(await theme()).toBe('dark');
  await importThroughPicker(page, B2B);
  await expect(page.getByRole('main').locator('.svelte-flow__node')).toHaveCount(b2b.nodes.length);
  await page.screenshot({ path: '/tmp/shell-dark.png' });
  await page.reload();
  expect(await theme()).toBe('dark');
  await page.getByRole('button', { name: 'Theme: Dark' }).click();
  expect(await theme()).toBeNull();
});

test('a full storage shows a notice and editing goes on', async ({ page }) => {
  // Fill the origin's storage to the brim with a filler key.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let filler = '';
    for (;;) {
      try {
        localStorage.setItem('filler', filler + chunk);
        filler += chunk;
      } catch {
        if (chunk.length <= 64) break;
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await title(page).fill('x'.repeat(200));
  await title(page).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Browser storage is full' })).toBeVisible();
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/shell-quota.png' });
  await page.evaluate(() => localStorage.removeItem('filler'));
  await title(page).fill('Saved again');
  await title(page).press('Enter');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Browser storage is full' })).toBeHidden();
});

test('the problems list counts problems and takes you to the node', async ({ page }) => {
  await importThroughPicker(page, B2B);
  await expect(title(page)).toHaveValue(b2b.meta.title);
  const bar = page.getByRole('region', { name: 'Problems' });
  await expect(bar).toContainText('No problems');

  // The same design with both edges into the landing page removed: the rest is unreachable.
  const raw = JSON.parse(readFileSync(B2B, 'utf8')) as { meta: { title: string }; edges: { target: string }[] };
  raw.meta.title = 'Cut off';
  raw.edges = raw.edges.filter((e) => e.target !== 'landing-page');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles({ name: 'cut-off.funnel.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(raw)) });
  await expect(title(page)).toHaveValue('Cut off');
  await expect(bar).toContainText(/Warnings: [1-9]/);
  await bar.getByRole('button', { name: /Problems/ }).click();
  const item = bar.getByRole('button', { name: /Landing page/ }).first();
  await expect(item).toBeVisible();
  await page.screenshot({ path: '/tmp/shell-problems.png' });
  await item.click();
  await expect(page.getByRole('main').locator('.svelte-flow__node.selected').filter({ hasText: 'Landing page' })).toHaveCount(1);
});

test('the shell passes axe checks (toolbar, problems bar, dialogs) in light and dark', async ({ page }) => {
  const serious = async (selector: string) => {
    const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    expect(await serious('header')).toEqual([]);
    expect(await serious('footer')).toEqual([]);
    await page.getByRole('button', { name: 'Designs' }).click();
    await expect(page.getByRole('dialog', { name: 'Designs' })).toBeVisible();
    expect(await serious('dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');
    await importThroughPicker(page, BROKEN);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await serious('dialog[open]')).toEqual([]);
    await page.getByRole('button', { name: 'OK' }).click();
  }
  await page.evaluate(() => {
    const current = localStorage.getItem('funnel-lab:current')!;
    localStorage.setItem(`funnel-lab:design:${current}`, '{');
  });
  await page.reload();
  await expect(page.getByRole('alertdialog', { name: 'Your saved design could not be read' })).toBeVisible();
  expect(await serious('dialog[open]')).toEqual([]);
});
