import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, parseState, stateToSearch, withFilter } from '../../../src/lib/search-page/url-state.ts';

describe('search page URL state', () => {
  it('reads the query and the filters, ignoring unknown and empty keys', () => {
    expect(parseState('?q=Too+many+connections&type=runbook&severity=&x=1')).toEqual({
      q: 'Too many connections',
      filters: { type: 'runbook' },
    });
  });

  it('writes keys in one order and leaves empty values out', () => {
    expect(stateToSearch({ q: 'a b', filters: { lang: 'ja', type: 'incident' } })).toBe('?q=a+b&type=incident&lang=ja');
    expect(stateToSearch({ q: '  ', filters: {} })).toBe('');
  });

  it('round-trips any query and filters, multi-line logs and markup included', () => {
    const value = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0);
    const filters = fc.record(Object.fromEntries(FILTER_KEYS.map((k) => [k, value])), { requiredKeys: [] });
    fc.assert(
      fc.property(fc.string().filter((q) => q.trim().length > 0), filters, (q, f) => {
        const state = { q, filters: f };
        expect(parseState(stateToSearch(state))).toEqual(state);
      }),
    );
    const log = 'line 1\n<img src=x onerror=alert(1)>\n日本語 & 100%';
    expect(parseState(stateToSearch({ q: log, filters: {} })).q).toBe(log);
  });

  it('sets and clears one filter without touching the others', () => {
    const state = { q: 'x', filters: { type: 'runbook' } };
    expect(withFilter(state, 'severity', 'high').filters).toEqual({ type: 'runbook', severity: 'high' });
    expect(withFilter(state, 'type', undefined).filters).toEqual({});
    expect(state.filters).toEqual({ type: 'runbook' });
  });
});
