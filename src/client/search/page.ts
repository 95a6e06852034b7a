/**
 * The search page's behaviour: search as the reader types (a paste at once), keep the query and
 * filters in the URL (replaceState while typing, pushState on a commit, popstate restores), move
 * through results with the arrow keys, clear with Escape, and announce the count. The ranking and
 * every text shown come from src/lib/search-page/; this file only wires the DOM.
 */
import { didYouMean } from '../../lib/search-page/did-you-mean.ts';
import { withoutShown } from '../../lib/search-page/dedupe.ts';
import { matchGlossary } from '../../lib/search-page/glossary-match.ts';
import { fillRunbookUrl } from '../../lib/search-page/new-runbook.ts';
import type { SearchPageConfig } from '../../lib/search-page/page-config.ts';
import { runSearch } from '../../lib/search-page/run-search.ts';
import { FILTER_KEYS, parseState, stateToSearch, withFilter, type FilterKey, type SearchState } from '../../lib/search-page/url-state.ts';
import { fullTextSearch } from './full-text.ts';
import { searchIndex } from './index-loader.ts';
import { fillMessage } from '../../lib/i18n/fill.ts';
import { renderFilter, renderFullText, renderGlossary, renderLines, renderResults } from './render.ts';

/** Typing waits this long for the next key; a paste, Enter or a filter change does not wait. */
const TYPING_DELAY = 60;
const FULL_TEXT_LIMIT = 8;
/** Results rendered with the keystroke; the others follow one frame later. */
const FIRST_BATCH = 12;
/**
 * The performance measure around one search and its render, and `-engine` around the search
 * alone (read by bench/browser.ts).
 */
const MEASURE = 'fixpath-search';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const config = JSON.parse($('#search-config').textContent!) as SearchPageConfig;
const { strings } = config;
const form = $<HTMLFormElement>('[data-search-form]');
const input = $<HTMLTextAreaElement>('[data-search-input]');
const filtersBox = $('[data-filters]');
const selects = new Map(FILTER_KEYS.map((key) => [key, $<HTMLSelectElement>(`[data-filter="${key}"]`)]));
const status = $('[data-status]');
const list = $('[data-testid="search-results"]');
const logBox = $('[data-log-lines]');
const empty = $('[data-empty]');
const examples = $('[data-examples]');
const fullText = $('[data-fulltext]');

let state: SearchState = parseState(location.search);
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/**
 * Whether the current history entry is one that typing created: the first keystroke after a
 * commit pushes a new entry and the next ones replace it, so back returns to the last committed
 * search rather than to each keystroke.
 */
let typingEntry = false;

function currentState(): SearchState {
  return { q: input.value, filters: state.filters };
}

function writeUrl(next: SearchState, push: boolean): void {
  const url = `${location.pathname}${stateToSearch(next)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function fitInput(): void {
  input.rows = Math.min(10, Math.max(1, input.value.split('\n').length));
}

async function show(next: SearchState): Promise<void> {
  const run = ++generation;
  state = next;
  const query = next.q.trim();
  if (!query) {
    clearResults();
    return;
  }
  examples.hidden = true;
  let index;
  try {
    if (!status.textContent) status.textContent = strings['search.loading'];
    index = await searchIndex();
  } catch (error) {
    status.textContent = fillMessage(strings['search.loadFailed'], { error: (error as Error).message }, config.lang);
    return;
  }
  if (run !== generation) return;

  performance.mark(`${MEASURE}-start`);
  const page = runSearch(index, next, config.lang);
  performance.measure(`${MEASURE}-engine`, `${MEASURE}-start`);
  // What fills the screen renders with the keystroke; the rest in the next frame, so a long list
  // never holds up the next key.
  renderResults(list, page.results.slice(0, FIRST_BATCH), config);
  if (page.results.length > FIRST_BATCH) {
    requestAnimationFrame(() => run === generation && renderResults(list, page.results.slice(FIRST_BATCH), config, true));
  }
  for (const [key, select] of selects) renderFilter(select, key, page.facets[key], next.filters[key], config);
  const anyHit = page.facets.type.some((f) => f.count > 0);
  // Filters show only with results and something to choose between (renderFilter hides the others).
  filtersBox.hidden = !anyHit || [...selects.values()].every((select) => (select.parentElement as HTMLElement).hidden);
  logBox.hidden = !page.logLines?.length;
  if (page.logLines) renderLines(logBox.querySelector('ul')!, page.logLines);
  status.textContent = fillMessage(strings['search.count'], { count: page.results.length }, config.lang);
  showEmpty(query, !page.results.length, !anyHit ? didYouMean(index, query) : undefined);
  performance.measure(MEASURE, `${MEASURE}-start`);

  const shown = page.results.map((r) => r.url);
  const pages = await fullTextSearch(page.logLines?.[0] ?? query, FULL_TEXT_LIMIT + shown.length);
  if (run !== generation) return;
  const extra = withoutShown(pages, shown).slice(0, FULL_TEXT_LIMIT);
  fullText.hidden = !extra.length;
  renderFullText(fullText.querySelector('ul')!, extra);
}

function showEmpty(query: string, nothing: boolean, suggestion: string | undefined): void {
  empty.hidden = !nothing;
  if (!nothing) return;
  $('[data-empty-message]').textContent = fillMessage(strings['search.none'], { query: query.split('\n')[0]!.slice(0, 200) }, config.lang);
  const mean = $('[data-did-you-mean]');
  mean.hidden = !suggestion;
  if (suggestion) {
    const link = mean.querySelector('a')!;
    link.textContent = suggestion;
    link.href = `/search/${stateToSearch({ q: suggestion, filters: {} })}`;
  }
  const terms = matchGlossary(config.glossary, query);
  $('[data-glossary]').hidden = !terms.length;
  renderGlossary($('[data-glossary] dl'), terms);
  const write = $('[data-write-runbook]');
  write.hidden = !config.newRunbookUrl;
  if (config.newRunbookUrl) write.querySelector('a')!.href = fillRunbookUrl(config.newRunbookUrl, query);
}

function clearResults(): void {
  list.replaceChildren();
  filtersBox.hidden = logBox.hidden = empty.hidden = fullText.hidden = true;
  examples.hidden = false;
  status.textContent = '';
}

function commit(next: SearchState): void {
  clearTimeout(timer);
  writeUrl(next, true);
  typingEntry = false;
  void show(next);
}

input.addEventListener('input', (event) => {
  fitInput();
  clearTimeout(timer);
  const next = currentState();
  writeUrl(next, !typingEntry);
  typingEntry = true;
  if ((event as InputEvent).inputType === 'insertFromPaste') void show(next);
  else timer = setTimeout(() => void show(next), TYPING_DELAY);
});
input.addEventListener('focus', () => void searchIndex().catch(() => undefined), { once: true });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit(currentState());
});

for (const [key, select] of selects) {
  select.addEventListener('change', () => commit(withFilter(currentState(), key as FilterKey, select.value)));
}

const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-title, a.folded-title')];

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    commit(currentState());
  } else if (event.key === 'ArrowDown' && input.selectionStart === input.value.length) {
    const first = resultLinks()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});

list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = resultLinks();
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]!.focus();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.isComposing) return;
  input.value = '';
  fitInput();
  input.focus();
  commit({ q: '', filters: {} });
});

// A did-you-mean link searches in place, as a new history entry.
$('[data-did-you-mean] a').addEventListener('click', (event) => {
  event.preventDefault();
  input.value = parseState(new URL((event.currentTarget as HTMLAnchorElement).href).search).q;
  fitInput();
  commit(currentState());
});

window.addEventListener('popstate', () => {
  typingEntry = false;
  const restored = parseState(location.search);
  input.value = restored.q;
  fitInput();
  void show(restored);
});

// Example searches search in place, like a did-you-mean link.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-example]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = link.textContent ?? '';
    fitInput();
    commit(currentState());
  });
}

input.value = state.q;
fitInput();
// Arriving from the header's search box (or any link with ?q=), the reader can go on typing.
input.focus();
input.setSelectionRange(input.value.length, input.value.length);
if (state.q.trim()) void show(state);
