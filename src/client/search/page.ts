/**
 * The search page's behaviour: search as the reader types (a paste at once), keep the query and
 * filters in the URL (replaceState while typing, pushState on a commit, popstate restores), move
 * through results with the arrow keys, clear with Escape, and announce the count. The ranking and
 * every text shown come from src/lib/search-page/; this file only wires the DOM.
 */
import { withoutShown } from '../../lib/search-page/dedupe.ts';
import { matchGlossary } from '../../lib/search-page/glossary-match.ts';
import { fillRunbookUrl } from '../../lib/search-page/new-runbook.ts';
import type { SearchPageConfig } from '../../lib/search-page/page-config.ts';
import { countLines, cutQuery, MAX_URL_QUERY } from '../../lib/search-page/long-query.ts';
import type { PageResults } from '../../lib/search-page/run-search.ts';
import { FILTER_KEYS, parseState, stateToSearch, withFilter, type FilterKey, type SearchState } from '../../lib/search-page/url-state.ts';
import { fullTextSearch } from './full-text.ts';
import { searchInWorker, warmUp, type Answer } from './search-client.ts';
import { fillMessage } from '../../lib/i18n/fill.ts';
import { renderFilter, renderFullText, renderGlossary, renderLines, renderResults } from './render.ts';
import { routes } from '../routes.ts';

/** Typing waits this long for the next key; a paste, Enter or a filter change does not wait. */
const TYPING_DELAY = 60;
const FULL_TEXT_LIMIT = 8;
/** Results rendered with the keystroke; the others follow one frame later. */
const FIRST_BATCH = 12;
/**
 * Performance marks (read by bench/browser.ts): `fixpath-sent` when a query goes to the worker,
 * `fixpath-first-result` when its first results are on screen.
 */
const MARK = 'fixpath';

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
const pasteCut = $('[data-paste-cut]');

let state: SearchState = parseState(location.search);
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/**
 * Whether the current history entry is one that typing created: the first keystroke after a
 * commit pushes a new entry and the next ones replace it, so back returns to the last committed
 * search rather than to each keystroke.
 */
let typingEntry = false;
/** Lines kept of the paste being searched, when it was cut (shown once, with its results). */
let cutLines: number | undefined;

function currentState(): SearchState {
  return { q: input.value, filters: state.filters };
}

function writeUrl(next: SearchState, push: boolean): void {
  const url = `${location.pathname}${stateToSearch({ ...next, q: next.q.slice(0, MAX_URL_QUERY) })}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function fitInput(): void {
  input.rows = countLines(input.value, 10);
}

function show(next: SearchState): void {
  const run = ++generation;
  state = next;
  const query = next.q.trim();
  const cut = cutLines;
  cutLines = undefined;
  if (!query) {
    clearResults();
    return;
  }
  examples.hidden = true;
  if (!status.textContent) status.textContent = strings['search.loading'];
  pasteCut.hidden = cut === undefined;
  if (cut !== undefined) pasteCut.textContent = fillMessage(strings['search.pasteCut'], { lines: cut }, config.lang);
  performance.mark(`${MARK}-sent`);
  let first = true;
  searchInWorker(
    { q: query, filters: next.filters },
    config.lang,
    (answer) => {
      if (run !== generation) return;
      render(query, next, answer);
      if (first) performance.mark(`${MARK}-first-result`);
      first = false;
      if (!answer.early) void showFullText(run, query, answer.page);
    },
    (error) => {
      if (run === generation) status.textContent = fillMessage(strings['search.loadFailed'], { error }, config.lang);
    },
  );
}

function render(query: string, next: SearchState, { early, page, suggestion }: Answer): void {
  // What fills the screen renders at once; the rest in the next frame, so a long list never
  // holds up the next key.
  const run = generation;
  renderResults(list, page.results.slice(0, FIRST_BATCH), config);
  if (page.results.length > FIRST_BATCH) {
    requestAnimationFrame(() => run === generation && renderResults(list, page.results.slice(FIRST_BATCH), config, true));
  }
  logBox.hidden = !page.logLines?.length;
  if (page.logLines) renderLines(logBox.querySelector('ul')!, page.logLines);
  // The first screen comes before the facets: filters and counts wait for the whole pool.
  if (early) return;
  for (const [key, select] of selects) renderFilter(select, key, page.facets[key], next.filters[key], config);
  const anyHit = page.facets.type.some((f) => f.count > 0);
  // Filters show only with results and something to choose between (renderFilter hides the others).
  filtersBox.hidden = !anyHit || [...selects.values()].every((select) => (select.parentElement as HTMLElement).hidden);
  status.textContent = fillMessage(strings['search.count'], { count: page.results.length }, config.lang);
  showEmpty(query, !page.results.length, suggestion);
}

async function showFullText(run: number, query: string, page: PageResults): Promise<void> {
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
    link.href = routes.search(stateToSearch({ q: suggestion, filters: {} }));
  }
  const terms = matchGlossary(config.glossary, query);
  $('[data-glossary]').hidden = !terms.length;
  renderGlossary($('[data-glossary] dl'), terms);
  const write = $('[data-write-runbook]');
  write.hidden = !config.newRunbookUrl;
  if (config.newRunbookUrl) write.querySelector('a')!.href = fillRunbookUrl(config.newRunbookUrl, query.slice(0, MAX_URL_QUERY));
}

function clearResults(): void {
  list.replaceChildren();
  filtersBox.hidden = logBox.hidden = empty.hidden = fullText.hidden = pasteCut.hidden = true;
  examples.hidden = false;
  status.textContent = '';
}

function commit(next: SearchState): void {
  clearTimeout(timer);
  writeUrl(next, true);
  typingEntry = false;
  show(next);
}

/** After the box changed: the URL follows, and the search runs at once (a paste) or after a pause (typing). */
function edited(pasted: boolean): void {
  fitInput();
  clearTimeout(timer);
  const next = currentState();
  writeUrl(next, !typingEntry);
  typingEntry = true;
  if (pasted) show(next);
  else timer = setTimeout(() => show(next), TYPING_DELAY);
}

input.addEventListener('input', (event) => edited((event as InputEvent).inputType === 'insertFromPaste'));
// A long paste is cut before it reaches the box: only its first lines are inserted and searched.
input.addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  const { text: kept, lines } = cutQuery(text);
  if (lines === undefined) return;
  event.preventDefault();
  input.setRangeText(kept, input.selectionStart, input.selectionEnd, 'end');
  cutLines = lines;
  edited(true);
});
input.addEventListener('focus', warmUp, { once: true });

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
  show(restored);
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
if (state.q.trim()) show(state);
