/**
 * Filling a UI message: `{name}` placeholders from parameters, and plural forms chosen by the
 * language's own rules (`Intl.PluralRules`) for the `count` parameter rather than `n === 1`. Kept
 * apart from the message table so the page scripts can fill the few messages they are sent
 * without bundling the table.
 */
import type { Lang } from '../content/vocabulary.ts';

/** English needs `one` and `other`; a language with one form writes a plain string instead. */
export interface Plural {
  one: string;
  other: string;
}

export type Message = Plural | string;

const rules = new Map<Lang, Intl.PluralRules>();

function pluralForm(message: Plural, count: number, lang: Lang): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(count) === 'one' ? message.one : message.other;
}

/** `message` in `lang` with its placeholders replaced from `params`, its form chosen by `params.count`. */
export function fillMessage(message: Message, params: Record<string, string | number>, lang: Lang): string {
  const text = typeof message === 'string' ? message : pluralForm(message, Number(params.count ?? 0), lang);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
