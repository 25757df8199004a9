import { mount } from 'svelte';
import App from './App.svelte';
import { loadMessages } from '$lib/i18n';
import { browserStorage } from '$lib/state/persistence';
import { preferredLocale } from '$lib/state/i18n.svelte';
import './app.css';

// Only English is bundled. When the user's language is another one, fetch its messages (one
// small local chunk) before the first paint, so the interface never flashes English first. If
// that fails the app still starts: I18nState shows English, retries and reports the failure.
const locale = preferredLocale(browserStorage(), navigator.languages);
const ready = locale === 'en' ? Promise.resolve() : loadMessages(locale).catch((error: unknown) => console.error(error));
void ready.then(() => mount(App, { target: document.getElementById('app')! }));
