import { LOCALES, loadMessages } from '$lib/i18n';

/** Loads every language's messages (the app loads only the active one), for tests in all languages. */
export async function loadAllMessages(): Promise<void> {
  await Promise.all(LOCALES.map((locale) => loadMessages(locale)));
}
