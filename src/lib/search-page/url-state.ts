/**
 * The search page's state in its URL: `/search/?q=...&type=runbook&severity=high`, so a link
 * pasted in a chat opens the same results and back/forward restore them. Keys are written in one
 * fixed order and empty values are left out, so one state has one URL.
 */

/** The filters, in the order the page shows them and the URL lists them. */
export const FILTER_KEYS = ['type', 'category', 'service', 'severity', 'lang'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface SearchState {
  q: string;
  filters: Filters;
}

/** `?q=...&type=...` (or a URLSearchParams) → state; unknown keys are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: params.get('q') ?? '', filters };
}

/** State → `?q=...&type=...`, or `''` for the empty state. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The same state with one filter set, or removed when `value` is empty. */
export function withFilter(state: SearchState, key: FilterKey, value: string | undefined): SearchState {
  const filters = { ...state.filters };
  if (value) filters[key] = value;
  else delete filters[key];
  return { q: state.q, filters };
}
