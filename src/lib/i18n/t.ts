/** Look up a UI string in the site's language. */
import type { Lang, Localized } from '../content/schema.ts';
import { MESSAGES, type MessageKey } from './messages.ts';
import { fillMessage } from './fill.ts';

export type { MessageKey };

/** The string for `key` in `lang`, with `{name}` placeholders replaced from `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillMessage(MESSAGES[lang][key], params, lang);
}

/** A `{ ja, en }` title in `lang`, falling back to the other language; a plain string as is. */
export function localize(title: Localized, lang: Lang): string {
  if (typeof title === 'string') return title;
  return (lang === 'ja' ? (title.ja ?? title.en) : (title.en ?? title.ja)) ?? '';
}
