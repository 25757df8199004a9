// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Inspector from '$lib/ui/inspector/Inspector.svelte';
import type { AppState } from '$lib/state/app.svelte';
import type { FunnelDocumentInput, StageNode, SourceNode } from '$lib/model/schema';
import Host from './Host.svelte';
import { makeApp } from './helpers';

const f = (value: number) => ({ type: 'fixed', value }) as const;
const pos = { x: 0, y: 0 };
const DOC: Partial<FunnelDocumentInput> = {
  nodes: [
    { id: 'ads', kind: 'source', label: 'Ads', position: pos, channel: 'paid-search', volume: f(100) },
    { id: 'lead', kind: 'stage', label: 'Lead', position: pos, milestone: 'lead', channels: ['seo'] },
    { id: 'mql', kind: 'stage', label: 'MQL', position: pos, milestone: 'mql' },
    { id: 'sql', kind: 'stage', label: 'SQL', position: pos, milestone: 'sql', phase: 'evaluation' },
    { id: 'won', kind: 'outcome', label: 'Won', position: pos, result: 'won', value: f(5000) },
  ],
  edges: [
    { id: 'e1', source: 'ads', target: 'lead', rate: f(0.03) },
    { id: 'e2', source: 'lead', target: 'mql', rate: f(0.3) },
    { id: 'e3', source: 'mql', target: 'sql', rate: { type: 'uniform', low: 0.2, high: 0.4 } },
    { id: 'e4', source: 'mql', target: 'won', rate: f(0.1) },
  ],
};

function open(select?: { nodes?: string[]; edges?: string[] }): AppState {
  const app = makeApp('en', DOC);
  if (select) app.ui.select(select);
  render(Host, { props: { app, component: Inspector } });
  return app;
}
const node = <T,>(app: AppState, id: string) => app.doc.doc.nodes.find((n) => n.id === id) as T;
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('Inspector: design settings', () => {
  it('shows the settings with nothing selected and edits them through the store', async () => {
    const app = open();
    expect(screen.getByRole('heading', { name: 'Design settings' })).toBeInTheDocument();
    await type(box('Title'), 'Q3 plan');
    expect(app.doc.doc.meta.title).toBe('Q3 plan');
    await type(box('Runs'), '0');
    expect(box('Runs')).toHaveAccessibleDescription('Enter a number from 1 to 1,000,000.');
    expect(app.doc.doc.settings.runs).toBe(10_000);
    await type(box('Runs'), '5000');
    expect(app.doc.doc.settings.runs).toBe(5000);
  });

  it('offers common currencies and takes any ISO code', async () => {
    const app = open();
    const currency = screen.getByRole('combobox', { name: 'Currency' });
    await fireEvent.change(currency, { target: { value: 'PLN' } });
    expect(app.doc.doc.meta.currency).toBe('PLN');
    await fireEvent.change(currency, { target: { value: '__other__' } });
    const code = box('Currency code (ISO 4217)');
    await type(code, 'mx');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(app.doc.doc.meta.currency).toBe('PLN');
    await type(code, 'mxn');
    expect(app.doc.doc.meta.currency).toBe('MXN');
  });

  it('draws a new seed', async () => {
    const app = open();
    await fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(app.doc.doc.settings.seed).not.toBe(1);
    expect(Number.isSafeInteger(app.doc.doc.settings.seed)).toBe(true);
  });
});

describe('Inspector: source', () => {
  it('edits the volume as one undo step per typing burst', async () => {
    const app = open({ nodes: ['ads'] });
    expect(screen.getByText('Source · Paid search')).toBeInTheDocument();
    const volume = box('Volume');
    await type(volume, '1');
    await type(volume, '12');
    await type(volume, '120');
    expect(node<SourceNode>(app, 'ads').volume).toEqual(f(120));
    app.doc.undo();
    flushSync();
    expect(node<SourceNode>(app, 'ads').volume).toEqual(f(100));
    expect(box('Volume').value).toBe('100');
  });

  it('takes the variation in percent and the activity window in 1-based periods', async () => {
    const app = open({ nodes: ['ads'] });
    await type(box('Variation'), '30');
    expect(node<SourceNode>(app, 'ads').volumeNoise).toBe(0.3);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Until the end' }));
    expect(node<SourceNode>(app, 'ads').activeTo).toBe(51);
    await type(box('Active to week'), '10');
    expect(node<SourceNode>(app, 'ads').activeTo).toBe(9);
    await type(box('Active from week'), '12');
    expect(box('Active from week')).toHaveAccessibleDescription('Enter a number from 1 to 10.');
    expect(node<SourceNode>(app, 'ads').activeFrom).toBe(0);
  });
});

describe('Inspector: stage', () => {
  it('adds channels from suggestions by keyboard, as free text, and removes them', async () => {
    const app = open({ nodes: ['lead'] });
    const add = screen.getByRole('combobox', { name: 'Add channel' });
    await type(add, 'webin');
    await fireEvent.keyDown(add, { key: 'ArrowDown' });
    expect(add).toHaveAttribute('aria-activedescendant');
    await fireEvent.keyDown(add, { key: 'Enter' });
    expect(node<StageNode>(app, 'lead').channels).toEqual(['seo', 'webinar']);
    await type(add, 'Podcast guests');
    await fireEvent.keyDown(add, { key: 'Enter' });
    expect(node<StageNode>(app, 'lead').channels).toEqual(['seo', 'webinar', 'Podcast guests']);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Podcast guests' }));
    expect(node<StageNode>(app, 'lead').channels).toEqual(['seo', 'webinar']);
  });

  it('adds, edits, reorders and removes content; refuses links that are not web addresses', async () => {
    const app = open({ nodes: ['lead'] });
    const content = () => node<StageNode>(app, 'lead').content;
    await fireEvent.click(screen.getByRole('button', { name: 'Add content' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add content' }));
    expect(content()).toHaveLength(2);
    await type(box('Content 1 title'), 'B2B checklist');
    await type(box('Content 2 title'), 'Pricing webinar');

    const link = box('Content 1 link');
    await type(link, 'javascript:alert(1)');
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(link).toHaveAccessibleDescription('Links must start with http:// or https://');
    expect(content()[0].url).toBeUndefined();
    await type(link, 'https://example.com/checklist');
    expect(content()[0].url).toBe('https://example.com/checklist');

    await fireEvent.click(screen.getByRole('button', { name: 'Move content 2 up' }));
    expect(content().map((c) => c.title)).toEqual(['Pricing webinar', 'B2B checklist']);
    expect(screen.getByRole('button', { name: 'Move content 1 up' })).toBeDisabled();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove content 1' }));
    expect(content().map((c) => c.title)).toEqual(['B2B checklist']);
  });

  it('switches optional capacity and revenue on and off', async () => {
    const app = open({ nodes: ['mql'] });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Limited capacity' }));
    expect(node<StageNode>(app, 'mql').capacity).toEqual({ perPeriod: f(100), overflow: 'wait' });
    await fireEvent.click(screen.getByRole('radio', { name: 'are lost' }));
    expect(node<StageNode>(app, 'mql').capacity?.overflow).toBe('drop');
    await type(box('Capacity'), '40');
    expect(node<StageNode>(app, 'mql').capacity?.perPeriod).toEqual(f(40));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Limited capacity' }));
    expect(node<StageNode>(app, 'mql').capacity).toBeUndefined();

    await fireEvent.click(screen.getByRole('checkbox', { name: 'Earns money from each person entering' }));
    await type(box('Revenue per person'), '49');
    expect(node<StageNode>(app, 'mql').revenuePerLead).toEqual(f(49));
  });

  it('sets the milestone and back to none', async () => {
    const app = open({ nodes: ['mql'] });
    const milestone = screen.getByRole('combobox', { name: 'Milestone' });
    await fireEvent.change(milestone, { target: { value: '' } });
    expect(node<StageNode>(app, 'mql').milestone).toBeUndefined();
    await fireEvent.change(milestone, { target: { value: 'sal' } });
    expect(node<StageNode>(app, 'mql').milestone).toBe('sal');
  });
});

describe('Inspector: edge', () => {
  it('shows the published MQL → SQL range with the medians by source and where the rate sits', () => {
    open({ edges: ['e3'] });
    const hint = screen.getByRole('complementary', { name: 'Typical published range' });
    expect(within(hint).getByText('12–60%')).toBeInTheDocument();
    // Upstream are paid search (paid lead forms) and SEO (content downloads): both are marked.
    const marked = within(hint).getAllByText('your sources').map((tag) => tag.closest('li')?.textContent);
    expect(marked).toEqual([expect.stringContaining('Content downloads, webinar sign-ups'), expect.stringContaining('Paid lead forms')]);
    expect(within(hint).getByText('Inbound demo requests').closest('li')).not.toHaveTextContent('your sources');
    expect(within(hint).getByText('Your mean, 30%, is within the published range.')).toBeInTheDocument();
    expect(within(hint).getByText(/disagree by a factor of 4–5/)).toBeInTheDocument();
    expect(screen.getByText('Of the people leaving “MQL”: 30% take this connection, 10% the others, 60% drop out.')).toBeInTheDocument();
  });

  it('edits the rate in percent and shows no hint where nothing is published', async () => {
    const app = open({ edges: ['e4'] });
    expect(screen.queryByRole('complementary', { name: 'Typical published range' })).toBeNull();
    await type(box('Rate'), '12');
    expect(app.doc.doc.edges.find((e) => e.id === 'e4')?.rate).toEqual(f(0.12));
  });

  it('warns when the rates out of a node add up to more than 100 %', async () => {
    open({ edges: ['e4'] });
    await type(box('Rate'), '90');
    expect(screen.getByText('The rates out of “MQL” add up to 120%: more than 100 %.')).toBeInTheDocument();
  });
});

describe('Inspector: several selected', () => {
  it('sets the phase of all selected stages in one undo step and deletes the selection', async () => {
    const app = open({ nodes: ['lead', 'mql', 'sql'], edges: ['e2'] });
    expect(screen.getByText('Nodes: 3 · Connections: 1')).toBeInTheDocument();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Phase' }), { target: { value: 'intent' } });
    expect(['lead', 'mql', 'sql'].map((id) => node<StageNode>(app, id).phase)).toEqual(['intent', 'intent', 'intent']);
    app.doc.undo();
    expect(['lead', 'mql', 'sql'].map((id) => node<StageNode>(app, id).phase)).toEqual(['awareness', 'awareness', 'evaluation']);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete selection (4)' }));
    expect(app.doc.doc.nodes.map((n) => n.id)).toEqual(['ads', 'won']);
    expect(app.doc.doc.edges).toEqual([]);
  });
});

describe('Inspector: keyboard focus', () => {
  it('focuses the name of a node opened from the canvas by keyboard', async () => {
    const app = open();
    app.ui.openInInspector({ nodeId: 'mql' });
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(box('Name'));
    expect(app.ui.inspectorFocusRequest).toBeNull();
  });
});
