/**
 * The funnel editor in real Chromium: building a funnel with the mouse (palette drag-and-drop,
 * handle-to-handle connections), rates on edges, undo/redo, auto-layout, image export, share
 * links, keyboard use and an accessibility check.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { inflateRawSync } from 'node:zlib';

const canvas = (page: Page) => page.getByRole('region', { name: 'Funnel canvas' });
const nodes = (page: Page) => page.locator('.svelte-flow__node');
/** A node by its label (nodes are named "Kind: label" for assistive technology). */
const node = (page: Page, label: string) => page.locator(`.svelte-flow__node[aria-label$=": ${label}"]`);

/** Waits until the viewport stops moving (fit view and zoom animate). */
async function settle(page: Page) {
  const transform = () => page.locator('.svelte-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform);
  let last = '';
  await expect
    .poll(async () => {
      const now = await transform();
      const stable = now === last;
      last = now;
      return stable;
    }, { intervals: [120] })
    .toBe(true);
}

/** Clicks "Fit to view" and waits for the animation. */
async function fitView(page: Page) {
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await settle(page);
}

/** A fresh, empty design (local storage cleared). */
async function fresh(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start your funnel' })).toBeVisible();
}

/** Drags a palette entry onto the canvas at (x, y) relative to the canvas. */
async function dragEntry(page: Page, name: string, x: number, y: number) {
  await page.getByRole('button', { name }).dragTo(canvas(page), { targetPosition: { x, y } });
}

async function handle(n: Locator, type: 'source' | 'target') {
  const box = await n.locator(`.svelte-flow__handle.${type}`).boundingBox();
  if (!box) throw new Error(`no ${type} handle`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags from one node's output handle to another node's input handle with the mouse, and waits
 * for the new edge (its rate label) as a person would see it.
 */
async function connect(page: Page, from: string, to: string) {
  // Adding a node pans the view to show it (an animation): aim only once the view stands still,
  // or the drag lands where the handle was (under load the connection was silently missed).
  await settle(page);
  const a = await handle(node(page, from), 'source');
  const b = await handle(node(page, to), 'target');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + 20, { steps: 6 });
  await page.mouse.move(b.x, b.y, { steps: 6 });
  await page.mouse.up();
  await expect(rateButton(page, from, to)).toBeVisible();
}

const rateButton = (page: Page, from: string, to: string) => page.getByRole('button', { name: `Edit the rate of ${from} → ${to}` });

/** Builds SEO → Landing page → Lead magnet → Webinar → Won with the mouse only. */
async function buildFunnel(page: Page) {
  // Zoom out so five nodes fit side by side in the canvas.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await settle(page);
  const box = (await canvas(page).boundingBox())!;
  const step = (box.width - 160) / 4;
  const entries = ['Add SEO source', 'Add Landing page stage', 'Add Lead magnet stage', 'Add Webinar stage', 'Add Won outcome'];
  for (const [i, name] of entries.entries()) {
    await dragEntry(page, name, 80 + i * step, i % 2 === 0 ? 70 : 170);
    await expect(nodes(page)).toHaveCount(i + 1);
  }
  const chain = ['SEO', 'Landing page', 'Lead magnet', 'Webinar', 'Won'];
  for (let i = 0; i < chain.length - 1; i++) {
    await connect(page, chain[i], chain[i + 1]);
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(i + 1);
  }
}

test.describe('funnel editor', () => {
  test('build a five-node funnel with the mouse, edit a rate, undo, redo and tidy up', async ({ page }) => {
    await fresh(page);
    await buildFunnel(page);

    // Palette defaults are on the nodes: milestone badge, phase, expected numbers.
    await expect(node(page, 'Lead magnet').getByText('Lead', { exact: true })).toBeVisible();
    await expect(node(page, 'SEO')).toContainText('arrive');
    await expect(node(page, 'Won')).toContainText('customers');

    // Typical rates on the edges, from the presets.
    await expect(rateButton(page, 'SEO', 'Landing page')).toHaveText(/100\s?%/);
    await expect(rateButton(page, 'Landing page', 'Lead magnet')).toContainText(/5–15\s?%/);

    // Edit a rate in place: double-click the label, type a range.
    await rateButton(page, 'Lead magnet', 'Webinar').dblclick();
    const input = page.getByRole('textbox', { name: 'Rate of Lead magnet → Webinar' });
    await input.fill('20-35 %');
    await input.press('Enter');
    await expect(rateButton(page, 'Lead magnet', 'Webinar')).toContainText(/20–35\s?%/);

    // Nonsense is refused with a message and changes nothing.
    await rateButton(page, 'Webinar', 'Won').dblclick();
    const input2 = page.getByRole('textbox', { name: 'Rate of Webinar → Won' });
    await input2.fill('lots');
    await input2.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'Type a percentage' })).toBeVisible();
    await input2.press('Escape');
    await expect(rateButton(page, 'Webinar', 'Won')).toContainText(/25–40\s?%/);

    // Undo the rate edit, then redo it (the shell's tool bar buttons).
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(rateButton(page, 'Lead magnet', 'Webinar')).toContainText(/15–40\s?%/);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(rateButton(page, 'Lead magnet', 'Webinar')).toContainText(/20–35\s?%/);

    // Undo by keyboard removes the last connection; redo brings it back.
    await page.getByRole('button', { name: 'Undo' }).click(); // the rate edit
    await page.keyboard.press('Control+z'); // the last connection
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(3);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(4);

    // Auto-layout: one row, left to right in funnel order, as one undo step. Its code may still be
    // on its way (it is fetched on first use): wait for the notice that says it was done.
    await page.getByRole('button', { name: /Tidy up/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Laid out 5 nodes' })).toBeVisible();
    await settle(page);
    const boxes = await page.evaluate((labels) =>
      labels.map((l) => document.querySelector(`.svelte-flow__node[aria-label$=": ${l}"]`)!.getBoundingClientRect().toJSON() as DOMRect),
      ['SEO', 'Landing page', 'Lead magnet', 'Webinar', 'Won'],
    );
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].x).toBeGreaterThan(boxes[i - 1].x + boxes[i - 1].width);
    const ys = boxes.map((b) => b.y + b.height / 2);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(4);
    const before = await node(page, 'Won').boundingBox();
    await page.getByRole('button', { name: 'Undo' }).click();
    await settle(page);
    await expect.poll(async () => (await node(page, 'Won').boundingBox())!.y).not.toBeCloseTo(before!.y, 0);
    await page.getByRole('button', { name: 'Redo' }).click();

    // The design is valid: no problems reported.
    await expect(page.getByText('No problems')).toBeVisible();
  });

  test('tidy up whose code cannot be fetched says so, changes nothing, and works on a retry', async ({ page }) => {
    // The layout code (with dagre) is its own chunk; make every request for it fail.
    const chunk = /\/assets\/auto-layout-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort());
    await fresh(page);
    await buildFunnel(page);
    const labels = ['SEO', 'Landing page', 'Lead magnet', 'Webinar', 'Won'];
    // Flow positions (the nodes' transforms), independent of the viewport.
    const positions = () => page.evaluate((ls) => ls.map((l) => document.querySelector<HTMLElement>(`.svelte-flow__node[aria-label$=": ${l}"]`)!.style.transform), labels);
    const before = await positions();

    await page.getByRole('button', { name: /Tidy up/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load this part of the app' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('button', { name: /Tidy up/ })).not.toHaveAttribute('aria-busy', 'true');
    expect(await positions()).toEqual(before);
    await expect(page.getByRole('status').filter({ hasText: /Laid out/ })).toHaveCount(0);

    // Back online: "Try again" on the notice lays the funnel out.
    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Laid out 5 nodes' })).toBeVisible();
    await expect.poll(positions).not.toEqual(before);
    // One undo step puts every node back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(positions).toEqual(before);
  });

  test('tidy up waiting for its code says it is busy, keeps focus and ignores a second click', async ({ page }) => {
    // Hold the layout chunk (a slow network) until the test lets it through.
    const chunk = /\/assets\/auto-layout-[^/]+\.js$/;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(chunk, async (route) => {
      await released;
      await route.continue();
    });
    await fresh(page);
    await buildFunnel(page);
    const tidy = page.getByRole('button', { name: /Tidy up/ });
    await tidy.click();
    await expect(tidy).toHaveAttribute('aria-busy', 'true');
    // A second click (forced: Playwright itself waits while a button is aria-disabled) is ignored.
    await tidy.click({ force: true });
    release();
    await expect(page.getByRole('status').filter({ hasText: 'Laid out 5 nodes' })).toHaveCount(1);
    await expect(tidy).not.toHaveAttribute('aria-busy', 'true');
    await expect(tidy).toBeFocused();
  });

  test('rates out of a node above 100 % mark the node and its edges', async ({ page }) => {
    await fresh(page);
    await page.getByRole('button', { name: 'Add SEO source' }).click();
    await page.getByRole('button', { name: 'Add Landing page stage' }).click();
    await page.getByRole('button', { name: 'Add Lead magnet stage' }).click();
    await fitView(page);
    await connect(page, 'SEO', 'Landing page');
    await connect(page, 'SEO', 'Lead magnet');
    // Nothing was left for the second edge, so it got its typical 100 %; set it to 40 %: 140 % in all.
    await expect(rateButton(page, 'SEO', 'Lead magnet')).toBeVisible();
    await rateButton(page, 'SEO', 'Lead magnet').dblclick();
    await page.getByRole('textbox', { name: 'Rate of SEO → Lead magnet' }).fill('40');
    await page.keyboard.press('Enter');
    await expect(rateButton(page, 'SEO', 'Lead magnet')).toHaveClass(/overflow/);
    await expect(rateButton(page, 'SEO', 'Landing page')).toHaveClass(/overflow/);
    const seo = node(page, 'SEO');
    await expect(seo.locator('.frame')).toHaveClass(/error/);
    // The message is in the node's description (hover and keyboard focus show it).
    // (Hidden until hover or focus, so found by its role attribute rather than getByRole.)
    const tooltip = seo.locator('[role=tooltip]');
    await expect(tooltip).toContainText('140');
    await seo.hover();
    await expect(tooltip).toBeVisible();
    const describedBy = await seo.getAttribute('aria-describedby');
    expect(describedBy).toContain(await tooltip.getAttribute('id'));
  });

  test('reconnect an edge by dragging its end; refused connections say why', async ({ page }) => {
    await fresh(page);
    await page.getByRole('button', { name: 'Add SEO source' }).click();
    await page.getByRole('button', { name: 'Add Landing page stage' }).click();
    await page.getByRole('button', { name: 'Add Lead magnet stage' }).click();
    await fitView(page);
    await connect(page, 'SEO', 'Landing page');
    // Select the edge, then drag its arrow end onto another node.
    await rateButton(page, 'SEO', 'Landing page').click();
    const end = (await page.locator('.svelte-flow__edgeupdater-target').boundingBox())!;
    const to = await handle(node(page, 'Lead magnet'), 'target');
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x - 40, to.y + 30, { steps: 6 });
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await expect(rateButton(page, 'SEO', 'Lead magnet')).toBeVisible();
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(1);

    // A connection into a source is refused, with the reason.
    const from = await handle(node(page, 'Lead magnet'), 'source');
    const seo = (await node(page, 'SEO').boundingBox())!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(seo.x + seo.width / 2, seo.y + seo.height + 40, { steps: 6 });
    await page.mouse.move(seo.x + 40, seo.y + seo.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect(page.getByText('Cannot connect: sources take no incoming connections')).toBeVisible();
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(1);

    // Dropping a connection anywhere on a node's card connects to it.
    const lp = (await node(page, 'Landing page').boundingBox())!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(lp.x + lp.width / 2, lp.y + lp.height + 30, { steps: 6 });
    await page.mouse.move(lp.x + lp.width / 2, lp.y + lp.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect(rateButton(page, 'Lead magnet', 'Landing page')).toBeVisible();
  });

  test('keyboard: tab to a node, arrows move it, Enter opens the inspector, Delete deletes', async ({ page }) => {
    await fresh(page);
    await page.getByRole('button', { name: 'Add Webinar stage' }).press('Enter');
    await expect(nodes(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Add Demo stage' }).press('Enter');
    await expect(nodes(page)).toHaveCount(2);

    const webinar = page.getByRole('group', { name: 'Stage: Webinar' });
    await webinar.focus();
    await expect(webinar).toBeFocused();
    const start = (await webinar.boundingBox())!;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => (await webinar.boundingBox())!.x).toBeGreaterThan(start.x + 5);
    await expect.poll(async () => (await webinar.boundingBox())!.y).toBeGreaterThan(start.y + 30);
    // The whole nudge burst is one undo step.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => Math.round((await webinar.boundingBox())!.x)).toBe(Math.round(start.x));

    // Tab moves between nodes.
    await webinar.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('group', { name: 'Stage: Demo' })).toBeFocused();

    // Enter opens the node in the inspector with keyboard focus there.
    await webinar.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('inspector').locator(':focus')).toHaveCount(1);
    await expect(page.getByTestId('inspector')).toContainText('Webinar');

    // Delete and Backspace belong to text fields while typing…
    const search = page.getByRole('searchbox', { name: 'Search elements' });
    await search.fill('ab');
    await search.press('Backspace');
    await search.press('Delete');
    await expect(nodes(page)).toHaveCount(2);
    await search.fill('');
    // …and delete the selected node on the canvas.
    await webinar.focus();
    await page.keyboard.press('Delete');
    await expect(nodes(page)).toHaveCount(1);
    await expect(page.getByRole('group', { name: 'Stage: Demo' })).toBeVisible();
  });

  test('copy, paste, duplicate, select all and delete', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fresh(page);
    await page.getByRole('button', { name: 'Add Demo stage' }).click();
    await page.getByRole('button', { name: 'Add Proposal stage' }).click();
    await connect(page, 'Demo', 'Proposal');

    // Box selection with Shift+drag, then move both nodes together: one undo step.
    await fitView(page);
    const demo = page.getByRole('group', { name: 'Stage: Demo' });
    const proposal = page.getByRole('group', { name: 'Stage: Proposal' });
    const a = (await demo.boundingBox())!;
    const b = (await proposal.boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(Math.min(a.x, b.x) - 20, Math.min(a.y, b.y) - 20);
    await page.mouse.down();
    await page.mouse.move(Math.max(a.x + a.width, b.x + b.width) + 20, Math.max(a.y + a.height, b.y + b.height) + 20, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(page.locator('.svelte-flow__node.selected')).toHaveCount(2);
    await page.mouse.move(a.x + a.width / 2, a.y + 20);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 60, a.y + 80, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await demo.boundingBox())!.y).toBeGreaterThan(a.y + 30);
    await expect.poll(async () => (await proposal.boundingBox())!.y).toBeGreaterThan(b.y + 30);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => Math.round((await demo.boundingBox())!.y)).toBe(Math.round(a.y));
    await expect.poll(async () => Math.round((await proposal.boundingBox())!.y)).toBe(Math.round(b.y));

    // Escape clears the selection (and the box around it).
    await page.keyboard.press('Escape');
    await expect(page.locator('.svelte-flow__node.selected')).toHaveCount(0);
    await demo.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(text).format).toBe('funnel-lab-fragment');
    await page.keyboard.press('Control+v');
    await expect(nodes(page)).toHaveCount(4);
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(2);
    await page.keyboard.press('Control+d');
    await expect(nodes(page)).toHaveCount(6);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect(nodes(page)).toHaveCount(0);
    // Paste from "another tab": the clipboard text alone is enough.
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await canvas(page).click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('Control+v');
    await expect(nodes(page)).toHaveCount(2);
  });

  test('export a PNG and an SVG of the whole funnel', async ({ page }) => {
    await fresh(page);
    await buildFunnel(page);
    await page.getByRole('button', { name: 'Export image' }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('Untitled funnel.png');
    const buf = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
    expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(buf.length).toBeGreaterThan(20_000);
    // IHDR: width and height at bytes 16..23; the whole funnel at 2× is wider than it is tall.
    const width = buf.readUInt32BE(16);
    const height = buf.readUInt32BE(20);
    expect(width).toBeGreaterThan(1000);
    expect(width).toBeGreaterThan(height);

    await page.getByRole('button', { name: 'Export image' }).click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('Untitled funnel.svg');
    const svgText = (await (await svg.createReadStream()).toArray().then((c) => Buffer.concat(c))).toString('utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    expect(svgText).toContain('Lead magnet');
  });

  test('share link round trip: copy, open in a new page, confirm, same funnel', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fresh(page);
    await buildFunnel(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#d=[A-Za-z0-9_-]+$/);
    // The payload is the design, deflate-raw compressed.
    const payload = link.split('#d=')[1];
    const json = JSON.parse(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8'));
    expect(json.nodes).toHaveLength(5);

    const other = await context.newPage();
    await other.goto(link);
    const dialog = other.getByRole('dialog', { name: 'Open shared design?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Untitled funnel');
    await dialog.getByRole('button', { name: 'Open shared design' }).click();
    await expect(dialog).toBeHidden();
    await expect(other.locator('.svelte-flow__node')).toHaveCount(5);
    await expect(other.locator('.svelte-flow__edge')).toHaveCount(4);
    await expect(other.getByRole('button', { name: 'Edit the rate of Landing page → Lead magnet' })).toContainText(/5–15\s?%/);
    // The hash is gone, so a reload does not ask again.
    expect(new URL(other.url()).hash).toBe('');

    // A damaged link is refused with a message and changes nothing.
    await other.goto('/#d=bm90IGEgZGVzaWdu');
    await expect(other.getByText('This link does not contain a valid design')).toBeVisible();
    await expect(other.locator('.svelte-flow__node')).toHaveCount(5);
  });

  test('notes wrap and edit in place; phase bands sit behind nodes and resize', async ({ page }) => {
    await fresh(page);
    await dragEntry(page, 'Add Phase band', 200, 120);
    await dragEntry(page, 'Add Webinar stage', 200, 120);
    await dragEntry(page, 'Add Note', 650, 120);
    const note = page.locator('.svelte-flow__node-note');
    await note.dblclick();
    const text = 'Webinar dates are fixed for Q3 and the room has 100 seats, so registrations above that wait.';
    await canvas(page).getByRole('textbox', { name: 'Note text' }).fill(text);
    await page.keyboard.press('Escape');
    await expect(note).toContainText(text);
    // The text wraps inside the note instead of widening it.
    const nb = (await note.boundingBox())!;
    expect(nb.width).toBeLessThan(300);
    // One undo step takes the typing back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(note).not.toContainText('Webinar dates');

    // The band is drawn behind the stage on top of it, and can be clicked through to it.
    const band = page.locator('.svelte-flow__node-phase-band');
    const z = async (l: typeof band) => Number(await l.evaluate((e) => getComputedStyle(e).zIndex));
    expect(await z(band)).toBeLessThan(await z(node(page, 'Webinar')));
    await expect(band).toContainText('Top of the funnel');
    // Select the band and drag its bottom-right resize handle.
    const bb = (await band.boundingBox())!;
    await page.mouse.click(bb.x + bb.width - 40, bb.y + bb.height - 30);
    const corner = band.locator('.svelte-flow__resize-control.handle.bottom.right');
    await expect(corner).toBeVisible();
    const cb = (await corner.boundingBox())!;
    await page.mouse.move(cb.x + cb.width / 2, cb.y + cb.height / 2);
    await page.mouse.down();
    await page.mouse.move(cb.x + 80, cb.y + 20, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await band.boundingBox())!.width).toBeGreaterThan(bb.width + 40);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => Math.round((await band.boundingBox())!.width)).toBe(Math.round(bb.width));
  });

  test('shortcut sheet opens with ? and closes with Escape', async ({ page }) => {
    await fresh(page);
    await canvas(page).click({ position: { x: 40, y: 40 } });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Duplicate');
    await expect(sheet).toContainText('Auto-layout');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  test('palette search filters by name in the current language', async ({ page }) => {
    await fresh(page);
    const search = page.getByRole('searchbox', { name: 'Search elements' });
    await search.fill('webin');
    await expect(page.getByRole('button', { name: /^Add .* (source|stage|outcome)$/ })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Add Webinar stage' })).toBeVisible();
    await search.fill('zzz');
    await expect(page.getByText('Nothing matches')).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no serious accessibility violations, ${theme}; screenshot`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await fresh(page);
      await buildFunnel(page);
      await page.getByRole('button', { name: /Tidy up/ }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Laid out 5 nodes' })).toBeVisible();
      await page.getByRole('group', { name: 'Stage: Lead magnet' }).click();
      const results = await new AxeBuilder({ page }).include('.canvas').include('.palette').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `/tmp/canvas-${theme}.png` });
    });
  }
});
