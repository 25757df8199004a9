/** Names of vocabulary items in the user's language; free text typed by users stays as it is. */
import type { MessageKey, Translate } from '$lib/i18n';
import { MESSAGES } from '$lib/i18n/messages';

const known = (key: string): key is MessageKey => Object.hasOwn(MESSAGES.en, key);

export function channelName(channel: string, t: Translate): string {
  const key = `editor.channel.${channel}`;
  return known(key) ? t(key) : channel;
}

export function contentTypeName(type: string, t: Translate): string {
  const key = `editor.content.${type}`;
  return known(key) ? t(key) : type;
}
