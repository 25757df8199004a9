export * from './locales';
export * from './translate';
export type { MessageKey, Messages } from './messages';
export { getMessages, loadMessages, isMessageKey } from './messages';
