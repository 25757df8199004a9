/** Names of vocabulary items in the user's language; free text typed by users stays as it is. */
import type { Translate } from '$lib/i18n';
import { isMessageKey as known } from '$lib/i18n/messages';

export function channelName(channel: string, t: Translate): string {
  const key = `editor.channel.${channel}`;
  return known(key) ? t(key) : channel;
}

export function contentTypeName(type: string, t: Translate): string {
  const key = `editor.content.${type}`;
  return known(key) ? t(key) : type;
}
