/**
 * The user's units for each kind of quantity. Documents store rates as fractions (0.12); people
 * type and read percent (12). Money, volumes and delays are stored as typed; "observed s of n"
 * counts are always plain whole numbers.
 */
import type { DistDomain } from '$lib/model/dist-check';
import { clean } from './number-format';

/** How many display units one stored unit is, for a parameter of a distribution in `domain`. */
export function displayScale(domain: DistDomain, param?: string): number {
  if (param === 'successes' || param === 'trials') return 1;
  return domain === 'rate' ? 100 : 1;
}

export const toDisplay = (x: number, domain: DistDomain, param?: string): number => clean(x * displayScale(domain, param));
export const fromDisplay = (x: number, domain: DistDomain, param?: string): number => clean(x / displayScale(domain, param));

/** Parameters that only take whole numbers. */
export const isWholeParam = (param: string): boolean => param === 'successes' || param === 'trials';

/** Currencies offered in the settings picker; any other ISO 4217 code can be typed. */
export const COMMON_CURRENCIES = [
  'EUR', 'USD', 'GBP', 'CHF', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'CAD', 'AUD', 'JPY', 'CNY', 'INR', 'BRL',
] as const;

/** The currency's name in the locale ("Euro", "US-Dollar"), falling back to the code. */
export function currencyName(currency: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}
