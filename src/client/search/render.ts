/**
 * DOM for the search page, built with createElement and text nodes only: a query or an entry
 * text is never parsed as HTML.
 */
import { fillMessage } from '../../lib/i18n/fill.ts';
import type { FacetValue } from '../../lib/search-page/facets.ts';
import type { GlossaryItem } from '../../lib/search-page/glossary-match.ts';
import type { SearchPageConfig } from '../../lib/search-page/page-config.ts';
import type { FilterKey } from '../../lib/search-page/url-state.ts';
import type { ResultView } from '../../lib/search-page/view-model.ts';
import { routes } from '../routes.ts';
import type { FullTextHit } from './full-text.ts';

type Child = Node | string | undefined | false;

export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}


function resultItem(view: ResultView, config: SearchPageConfig): HTMLElement {
  const { strings, labels } = config;
  const facets = view.facets;
  const badges = el(
    'ul',
    { class: 'badges' },
    view.type === 'incident' && el('li', {}, el('span', { class: 'badge badge-incident' }, strings['entry.incident'])),
    facets.category && el('li', {}, el('span', { class: 'badge' }, labels.category[facets.category] ?? facets.category)),
    el('li', {}, el('span', { class: `badge sev-${facets.severity}` }, labels.severity[facets.severity] ?? facets.severity)),
    ...facets.services.map((s) => el('li', {}, el('span', { class: 'badge badge-service' }, s))),
  );
  const matched = view.matched.length
    ? el(
        'ul',
        { class: 'matched' },
        ...view.matched.map((pieces) => el('li', {}, el('code', {}, ...pieces.map((p) => (p.mark ? el('mark', {}, p.text) : p.text))))),
      )
    : undefined;
  const top = view.top
    ? el(
        'p',
        { class: 'top-fix' },
        el('strong', {}, strings['search.topFix']),
        ' ',
        el('a', { href: view.top.url }, view.top.title),
        ' ',
        el('span', { class: 'muted' }, `(${strings[`solution.${view.top.kind}` as 'solution.fix'] ?? view.top.kind}; ${view.top.evidence})`),
      )
    : view.type === 'runbook' && el('p', { class: 'top-fix muted' }, strings['search.noRecord']);
  const seen = view.type === 'runbook' ? config.seen[view.id] : undefined;
  return el(
    'li',
    { class: `result result-${view.type}`, 'data-result-id': view.id },
    el('a', { class: 'result-title', href: view.url }, view.title),
    badges,
    matched,
    top,
    seen && el('p', { class: 'seen muted', 'data-seen-before': '' }, el('strong', {}, `${strings['seen.title']}:`), ' ', seen),
    view.incidents.length > 0 && folded(view.incidents, config),
  );
}

/** The incidents folded under a runbook: title, date-free badges, each one link. */
function folded(incidents: readonly ResultView[], config: SearchPageConfig): HTMLElement {
  const { labels } = config;
  return el(
    'div',
    { class: 'folded' },
    el('p', { class: 'folded-head muted' }, config.strings['search.folded']),
    el(
      'ul',
      {},
      ...incidents.map((view) =>
        el(
          'li',
          { 'data-folded-id': view.id },
          el('a', { class: 'folded-title', href: view.url }, view.title),
          ' ',
          el('span', { class: `badge sev-${view.facets.severity}` }, labels.severity[view.facets.severity] ?? view.facets.severity),
        ),
      ),
    ),
  );
}

/** Replace the list with `views`, or append them with `append` (a later batch of the same search). */
export function renderResults(list: HTMLElement, views: readonly ResultView[], config: SearchPageConfig, append = false): void {
  const items = views.map((view) => resultItem(view, config));
  if (append) list.append(...items);
  else list.replaceChildren(...items);
}

export function renderFilter(select: HTMLSelectElement, key: FilterKey, values: readonly FacetValue[], active: string | undefined, config: SearchPageConfig): void {
  const anyLabel = config.strings['search.filter.any'];
  const options = [new Option(anyLabel, '', false, !active)];
  for (const { value, count } of values) {
    const label = config.labels[key][value] ?? value;
    options.push(new Option(fillMessage(config.strings['search.filter.value'], { label, count }, config.lang), value, false, value === active));
  }
  select.replaceChildren(...options);
  // A filter with nothing to choose between is noise; an active one stays to be switched off.
  (select.parentElement as HTMLElement).hidden = values.length < 2 && !active;
}

export function renderLines(list: HTMLElement, lines: readonly string[]): void {
  list.replaceChildren(...lines.map((line) => el('li', {}, el('code', {}, line))));
}

export function renderGlossary(list: HTMLElement, items: readonly GlossaryItem[]): void {
  list.replaceChildren(
    ...items.flatMap((item) => [el('dt', {}, el('a', { href: routes.glossary(item.anchor) }, item.term)), el('dd', {}, item.definition)]),
  );
}

export function renderFullText(list: HTMLElement, hits: readonly FullTextHit[]): void {
  list.replaceChildren(...hits.map((hit) => el('li', {}, el('a', { href: hit.url }, hit.title), el('p', { class: 'summary' }, hit.excerpt))));
}
