/**
 * The site's addresses, in one table: every page, link and script asks here, so a page can move
 * (or the whole site can live under a sub-path such as `/kb/`) by changing this file or the base.
 *
 * `createRoutes(base)` is called once per environment: the Astro pages with the build's base
 * (src/site/routes.ts), client scripts with the base the layout writes into a `<meta>`
 * (src/client/routes.ts), the CLI with the config's `base`. Addresses stored without a base (the
 * search index's `url`, a root-relative path) go through `withBase`.
 */
import { slugify } from './text/slug.ts';

/** The `<meta name>` that carries the base to browser scripts (the layout writes it). */
export const BASE_META = 'fixpath-base';

/** The kinds of entry that have a page of their own under `/<kind>s/<id>/`. */
export type EntryKind = 'runbook' | 'incident' | 'path';

export interface Routes {
  /** The base every address starts with: `/` or `/kb/` (always with both slashes). */
  readonly base: string;
  home(): string;
  runbook(id: string, solution?: string): string;
  /** A solution's card on its runbook's page, from its key `runbook-id#solution-id`. */
  solution(key: string): string;
  incident(id: string): string;
  path(id: string): string;
  /** The page of a runbook, incident or learning path. */
  entry(kind: EntryKind, id: string): string;
  /** The stable address an alert rule's `runbook_url` points at. */
  alert(name: string): string;
  /** The alert catalogue. */
  alerts(): string;
  paths(): string;
  categories(): string;
  /** A category by its path: `database` or `database/connections`. */
  category(path: string): string;
  /** A tag's page; the label is slugified, so `MySQL` and `mysql` share one page. */
  tag(label: string): string;
  glossary(anchor?: string): string;
  /** The search page; `search` is a query string such as `?q=...` (url-state.ts writes it). */
  search(search?: string): string;
  stats(): string;
  /** The symptom index `fixpath index` writes into public/. */
  searchIndex(): string;
  /** Pagefind's browser bundle. */
  pagefind(): string;
  favicon(): string;
  /** A root-relative address (`/runbooks/x/`) under this base. */
  withBase(rootPath: string): string;
}

/** The base written as `/`, `/kb/`: a leading and a trailing slash, no slash doubled. */
export function normalizeBase(base: string | undefined): string {
  const parts = (base ?? '').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

const hash = (anchor: string | undefined) => (anchor ? `#${encodeURIComponent(anchor)}` : '');

/** The route table for a site served under `base` (default `/`). */
export function createRoutes(base?: string): Routes {
  const root = normalizeBase(base);
  const at = (path: string) => `${root}${path}`;
  const entry = (kind: EntryKind, id: string) => at(`${kind}s/${id}/`);
  return {
    base: root,
    home: () => root,
    runbook: (id, solution) => `${entry('runbook', id)}${hash(solution)}`,
    solution: (key) => {
      const [runbook = '', solution] = key.split('#');
      return `${entry('runbook', runbook)}${hash(solution)}`;
    },
    incident: (id) => entry('incident', id),
    path: (id) => entry('path', id),
    entry,
    alert: (name) => at(`alerts/${encodeURIComponent(name)}/`),
    alerts: () => at('alerts/'),
    paths: () => at('paths/'),
    categories: () => at('categories/'),
    category: (path) => at(`categories/${path}/`),
    tag: (label) => at(`tags/${slugify(label)}/`),
    glossary: (anchor) => `${at('glossary/')}${hash(anchor)}`,
    search: (search = '') => `${at('search/')}${search}`,
    stats: () => at('stats/'),
    searchIndex: () => at('fixpath-index.json'),
    pagefind: () => at('pagefind/pagefind.js'),
    favicon: () => at('favicon.svg'),
    withBase: (rootPath) => at(rootPath.replace(/^\/+/, '')),
  };
}

/** Addresses relative to the site root: what the search index stores and `fixpath search` prints. */
export const rootRoutes: Routes = createRoutes('/');
