// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Dist } from '$lib/model/schema';
import type { DistDomain } from '$lib/model/dist-check';
import DistHost from './DistHost.svelte';
import { makeApp } from './helpers';
import { loadAllMessages } from '../../unit/load-messages';

// Languages other than English load on demand, as in the app (main.ts loads before mounting).
beforeAll(loadAllMessages);

function setup(initial: Dist, domain: DistDomain, label: string, locale = 'en', external?: Dist) {
  const onchange = vi.fn<(d: Dist) => void>();
  const app = makeApp(locale);
  render(DistHost, { props: { app, initial, domain, label, onchange, external } });
  return { onchange, last: () => onchange.mock.calls.at(-1)?.[0] };
}
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const kind = (quantity: string) => screen.getByRole('combobox', { name: `${quantity}: kind of estimate` }) as HTMLSelectElement;
const type = (name: string, text: string) => fireEvent.input(box(name), { target: { value: text } });

describe('DistEditor: units', () => {
  it('shows rates in percent and commits fractions', async () => {
    const { onchange, last } = setup({ type: 'uniform', low: 0.08, high: 0.15 }, 'rate', 'Rate');
    expect(box('Rate low').value).toBe('8');
    expect(box('Rate high').value).toBe('15');
    await type('Rate high', '17.5');
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(last()).toEqual({ type: 'uniform', low: 0.08, high: 0.175 });
  });

  it('reads the decimal comma in German and keeps what was typed', async () => {
    const { last } = setup({ type: 'fixed', value: 0.125 }, 'rate', 'Rate', 'de');
    expect(box('Rate').value).toBe('12,5');
    await type('Rate', '2,5');
    expect(last()).toEqual({ type: 'fixed', value: 0.025 });
    // Mid-typing text is not rewritten by the echo of the commit.
    await type('Rate', '2,');
    expect(box('Rate').value).toBe('2,');
    expect(last()).toEqual({ type: 'fixed', value: 0.02 });
    // Leaving the editor tidies it.
    await fireEvent.focusOut(box('Rate'), { relatedTarget: screen.getByRole('button', { name: 'elsewhere' }) });
    expect(box('Rate').value).toBe('2');
  });

  it('commits money and volumes as typed, without percent scaling', async () => {
    const { last } = setup({ type: 'fixed', value: 100 }, 'count', 'Volume', 'de');
    await type('Volume', '1.500');
    expect(last()).toEqual({ type: 'fixed', value: 1500 });
    await type('Volume', '2,5');
    expect(last()).toEqual({ type: 'fixed', value: 2.5 });
  });

  it('names every field by quantity and parameter', () => {
    setup({ type: 'pert', low: 0.1, mode: 0.2, high: 0.4 }, 'rate', 'Rate');
    for (const name of ['Rate low', 'Rate most likely', 'Rate high']) expect(box(name)).toBeInTheDocument();
    expect(kind('Rate')).toHaveValue('pert');
  });
});

describe('DistEditor: switching kinds', () => {
  it('keeps the range and the mean', async () => {
    const { last } = setup({ type: 'uniform', low: 0.08, high: 0.15 }, 'rate', 'Rate');
    await fireEvent.change(kind('Rate'), { target: { value: 'pert' } });
    expect(last()).toEqual({ type: 'pert', low: 0.08, mode: 0.115, high: 0.15 });
    expect([box('Rate low').value, box('Rate most likely').value, box('Rate high').value]).toEqual(['8', '11.5', '15']);

    await fireEvent.change(kind('Rate'), { target: { value: 'normal' } });
    expect(last()).toEqual({ type: 'normal', low: 0.08, high: 0.15 });

    await fireEvent.change(kind('Rate'), { target: { value: 'fixed' } });
    expect(last()).toEqual({ type: 'fixed', value: 0.115 });
    expect(box('Rate').value).toBe('11.5');

    // A single number becoming a range gets a ±20 % spread around it.
    await fireEvent.change(kind('Rate'), { target: { value: 'uniform' } });
    expect(last()).toEqual({ type: 'uniform', low: 0.092, high: 0.138 });
  });

  it('turns a rate into "observed s of n" with whole counts of about the same mean', async () => {
    const { last } = setup({ type: 'uniform', low: 0.2, high: 0.4 }, 'rate', 'Rate');
    await fireEvent.change(kind('Rate'), { target: { value: 'beta' } });
    const d = last()!;
    expect(d.type).toBe('beta');
    if (d.type !== 'beta') return;
    expect((d.successes + 1) / (d.trials + 2)).toBeCloseTo(0.3, 2);
    expect(box('Rate converted').value).toBe(String(d.successes));
    expect(box('Rate observed').value).toBe(String(d.trials));
    await type('Rate converted', '2.5');
    expect(box('Rate converted')).toHaveAccessibleDescription('Converted (s) must be a whole number.');
  });

  it('offers "observed s of n" only for rates', () => {
    setup({ type: 'fixed', value: 10 }, 'money', 'Value');
    const options = [...kind('Value').options].map((o) => o.value);
    expect(options).toEqual(['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal']);
  });
});

describe('DistEditor: impossible values', () => {
  it('shows the message, marks the field and does not commit', async () => {
    const { onchange, last } = setup({ type: 'uniform', low: 0.08, high: 0.15 }, 'rate', 'Rate');
    await type('Rate low', '20');
    expect(onchange).not.toHaveBeenCalled();
    const low = box('Rate low');
    expect(low).toHaveAttribute('aria-invalid', 'true');
    // The unit and the message describe the field; the message is shown (not only announced).
    expect(low).toHaveAccessibleDescription('% Low (20 %) must not be above high (15 %).');
    const ids = low.getAttribute('aria-describedby')!.split(' ');
    const message = document.getElementById(ids.at(-1)!)!;
    expect(message).toHaveTextContent('Low (20 %) must not be above high (15 %).');
    expect(message).toBeVisible();
    expect(low.value).toBe('20');

    await type('Rate low', '10');
    expect(last()).toEqual({ type: 'uniform', low: 0.1, high: 0.15 });
    expect(low).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/must not be above/)).toBeNull();
    expect(low).toHaveAccessibleDescription('%');
  });

  it('refuses rates above 100 %, negative numbers, text and empty fields', async () => {
    const { onchange } = setup({ type: 'fixed', value: 0.5 }, 'rate', 'Rate');
    const says = (text: string) => expect(box('Rate')).toHaveAccessibleDescription(`% ${text}`);
    await type('Rate', '150');
    says('Value cannot be more than 100 %.');
    await type('Rate', '-3');
    says('Value must not be negative.');
    await type('Rate', 'abc');
    says('“abc” is not a number.');
    await type('Rate', '');
    says('Enter a number for Value.');
    expect(onchange).not.toHaveBeenCalled();
    // Leaving the editor keeps the impossible text for fixing.
    await fireEvent.focusOut(box('Rate'), { relatedTarget: screen.getByRole('button', { name: 'elsewhere' }) });
    expect(box('Rate').value).toBe('');
  });

  it('asks for a positive low in a lognormal range', async () => {
    const { onchange } = setup({ type: 'lognormal', low: 10, high: 100 }, 'money', 'Value');
    await type('Value low', '0');
    expect(box('Value low')).toHaveAccessibleDescription('Low must be above 0 for a lognormal range.');
    expect(onchange).not.toHaveBeenCalled();
  });

  it('follows an outside change (undo) and drops text that was never committed', async () => {
    setup({ type: 'uniform', low: 0.08, high: 0.15 }, 'rate', 'Rate', 'en', { type: 'fixed', value: 0.3 });
    await type('Rate low', '99');
    await fireEvent.click(screen.getByRole('button', { name: 'outside change' }));
    expect(kind('Rate')).toHaveValue('fixed');
    expect(box('Rate').value).toBe('30');
    expect(screen.queryByText(/must not be above/)).toBeNull();
  });
});

describe('DistEditor: density curve', () => {
  it('describes P10–P90 and the mean', () => {
    setup({ type: 'uniform', low: 0.1, high: 0.2 }, 'rate', 'Rate');
    const img = screen.getByRole('img');
    expect(img).toHaveAccessibleName('Distribution of Rate: 80 % between 11% – 19%, mean 15%');
    expect(screen.getByText('P10–P90 11% – 19%')).toBeInTheDocument();
  });
  it('draws no curve for a fixed number', () => {
    setup({ type: 'fixed', value: 3 }, 'delay', 'Delay');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
