import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/lib/content/model.ts';
import { runbookHistory } from '../../../src/lib/stats/history.ts';
import { loadContent } from '../../../src/node/content.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await loadContent('tests/fixtures/stats/content')).kb;
});

describe('runbookHistory', () => {
  it('lists the incidents that used a runbook, oldest first, with the resolving solution', () => {
    const history = runbookHistory(kb, 'db-conn');
    expect(history.map((h) => [h.id, h.severity, h.durationMinutes, h.resolvedBy?.key])).toEqual([
      // Both attempts failed in 2025: nothing resolved it.
      ['2025-01-15-old-connections', 'low', 60, undefined],
      // restart-pool only mitigated; raise-limit (a bare id) resolved.
      ['2026-01-31-across-midnight', 'critical', 60, 'db-conn#raise-limit'],
      ['2026-02-20-no-detected', 'medium', 45, 'db-conn#raise-limit'],
    ]);
    expect(history[1]?.resolvedBy?.title).toBe('Raise max_connections');
    expect(history[1]?.started).toBe(Date.UTC(2026, 0, 31, 14, 30)); // 23:30 JST
  });

  it('is empty for a runbook no incident used', () => {
    expect(runbookHistory(kb, 'web-502')).toEqual([]);
  });
});
