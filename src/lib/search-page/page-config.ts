/**
 * What the search page's script needs from the build, made once and embedded in the page as
 * JSON: its strings in the site's language (only those, not the whole message table), category
 * and filter labels, the glossary, and the write-a-runbook link template. The script never
 * imports the content code or the message table, which keeps it small.
 */
import { flattenCategories } from '../categories/tree.ts';
import type { KnowledgeBase } from '../content/model.ts';
import { SEVERITIES, type Lang } from '../content/vocabulary.ts';
import { writeRunbookUrl, type Repo } from '../authoring/repo-links.ts';
import { MESSAGES, type Messages } from '../i18n/messages.ts';
import { localize, t, type MessageKey } from '../i18n/t.ts';
import { slugify } from '../text/slug.ts';
import type { GlossaryItem } from './glossary-match.ts';
import { QUERY_SENTINEL } from './new-runbook.ts';
import { FILTER_KEYS, type FilterKey } from './url-state.ts';
import { describeSeen, seenBeforeAll } from '../pages/seen-before.ts';

const STRING_KEYS = [
  'search.filter.any',
  'search.filter.value',
  'search.count',
  'search.loading',
  'search.loadFailed',
  'search.topFix',
  'search.noRecord',
  'search.logLines',
  'search.pasteCut',
  'search.fullText',
  'search.none',
  'search.didYouMean',
  'search.glossaryMatched',
  'search.writeRunbook',
  'search.tryFewer',
  'entry.runbook',
  'entry.incident',
  'entry.services',
  'solution.mitigation',
  'solution.fix',
  'solution.prevention',
  'seen.title',
  'search.folded',
] as const satisfies readonly MessageKey[];
export type StringKey = (typeof STRING_KEYS)[number];

export interface SearchPageConfig {
  lang: Lang;
  /** Raw messages: the script fills them with fillMessage (i18n/fill.ts), plurals included. */
  strings: Pick<Messages, StringKey>;
  /** Per filter: value → label (`database/connections` → `Database › Connections`). */
  labels: Record<FilterKey, Record<string, string>>;
  /** Per filter: its heading. */
  filterNames: Record<FilterKey, string>;
  glossary: GlossaryItem[];
  /** GitHub's new-file link with QUERY_SENTINEL for the query; absent without a repo_url. */
  newRunbookUrl: string | undefined;
  /** Per runbook that incidents used: "seen before" in words (src/lib/pages/seen-before.ts). */
  seen: Record<string, string>;
  /** Searches to try on the empty page: the first symptoms of the runbooks incidents needed most. */
  examples: string[];
}

/** Example searches the empty page offers. */
const EXAMPLES = 4;
/** An example longer than this is cut at a word: it is a hint, not the whole message. */
const EXAMPLE_LENGTH = 48;

function exampleOf(symptom: string): string {
  if (symptom.length <= EXAMPLE_LENGTH) return symptom;
  const cut = symptom.slice(0, EXAMPLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return space > EXAMPLE_LENGTH / 2 ? cut.slice(0, space) : cut;
}

const LANG_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };

export function searchPageConfig(kb: KnowledgeBase, repo: Repo, now: number): SearchPageConfig {
  const lang = kb.config.lang;
  const categories = Object.fromEntries(
    flattenCategories(kb.categories).map((node) => [
      node.path,
      [...node.ancestors, node.category].map((c) => localize(c.title, lang)).join(' › '),
    ]),
  );
  // The most common category is the new runbook's folder; the author moves it if need be.
  const counts = new Map<string, number>();
  for (const r of kb.runbooks) counts.set(r.data.category, (counts.get(r.data.category) ?? 0) + 1);
  const category = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'general';
  return {
    lang,
    strings: Object.fromEntries(STRING_KEYS.map((key) => [key, MESSAGES[lang][key]])) as Pick<Messages, StringKey>,
    labels: {
      type: { runbook: t(lang, 'entry.runbook'), incident: t(lang, 'entry.incident') },
      category: categories,
      service: {},
      severity: Object.fromEntries(SEVERITIES.map((s) => [s, t(lang, `severity.${s}`)])),
      lang: LANG_NAMES,
    },
    filterNames: Object.fromEntries(FILTER_KEYS.map((key) => [key, t(lang, `search.filter.${key}`)])) as Record<FilterKey, string>,
    glossary: kb.glossary.map((g) => ({ term: g.term, aliases: g.aliases, definition: g.definition, anchor: slugify(g.term) })),
    newRunbookUrl: writeRunbookUrl(repo, QUERY_SENTINEL, { lang, timeZone: kb.config.timezone, now, category }),
    seen: Object.fromEntries([...seenBeforeAll(kb)].map(([id, seen]) => [id, describeSeen(seen, lang)])),
    // Stable sort: runbooks no incident used keep their order after the others.
    examples: [...kb.runbooks]
      .sort((a, b) => (seenBeforeAll(kb).get(b.id)?.count ?? 0) - (seenBeforeAll(kb).get(a.id)?.count ?? 0))
      .slice(0, EXAMPLES)
      .map((r) => exampleOf(r.data.symptoms[0]!)),
  };
}

/** The config as JSON that is safe inside a <script> element (no `</script>` can appear). */
export function configJson(config: SearchPageConfig): string {
  return JSON.stringify(config).replace(/</g, '\\u003c');
}
