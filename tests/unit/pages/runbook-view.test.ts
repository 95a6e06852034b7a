import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/lib/content/model.ts';
import { runbookView, type RunbookView } from '../../../src/lib/pages/runbook-view.ts';
import { recommendSolutions } from '../../../src/lib/recommend/recommend.ts';
import { loadContent } from '../../../src/node/content.ts';
import { rootRoutes } from '../../../src/lib/routes.ts';

const SECTIONS = {
  symptoms: 'Symptoms',
  firstResponse: 'Do this first',
  solutions: 'Solutions',
  causes: 'Causes',
  seen: 'Seen before',
  related: 'Related',
  escalation: 'Escalation',
};
let kb: KnowledgeBase;
const viewOf = (id: string, similar: { id: string }[] = [], headings: { slug: string; text: string; depth: number }[] = []): RunbookView =>
  runbookView({ kb, runbook: kb.runbooks.find((r) => r.id === id)!, routes: rootRoutes, recommendations: recommendSolutions(kb), similar, headings, sections: SECTIONS });

// Parsing the sample's MDX takes seconds on a busy machine.
beforeAll(async () => {
  ({ kb } = await loadContent('content'));
}, 60_000);

describe('runbookView on the MySQL 1040 runbook', () => {
  const ID = 'mysql-too-many-connections';

  it('ranks the solutions by record within each kind, with the evidence in words', () => {
    const view = viewOf(ID);
    expect(view.groups.map((g) => [g.kind, g.solutions.map((s) => `${s.id}: ${s.evidence}`)])).toEqual([
      ['mitigation', ['kill-idle-connections: 5回中5回で緩和（最終 2026-05-08）', 'raise-max-connections: 2回中1回で解決（最終 2024-08-19）']],
      ['fix', ['scale-instance: 4回中3回で解決、1回で緩和（最終 2026-05-08）', 'rds-proxy: 3回中3回とも効果なし（最終 2026-05-08）']],
      ['prevention', ['limit-lambda-concurrency: 1回中1回で解決（最終 2025-06-13）', 'connection-dashboard: まだ実績なし']],
    ]);
  });

  it('leads with the first response that has the best record, and links the incidents behind it, newest first', () => {
    const view = viewOf(ID);
    expect(view.lead?.id).toBe('kill-idle-connections');
    expect(view.lead?.proven).toBe(true);
    const incidents = view.lead!.incidents;
    expect(incidents).toHaveLength(5);
    expect(incidents.map((i) => i.date)).toEqual([...incidents.map((i) => i.date)].sort().reverse());
    expect(incidents.every((i) => i.url === `/incidents/${i.id}/` && i.outcome === 'mitigated')).toBe(true);
    const proxy = view.groups[1]!.solutions[1]!;
    expect([proxy.proven, proxy.incidents.map((i) => i.outcome)]).toEqual([false, ['failed', 'failed', 'failed']]);
  });

  it('says how often it was seen and when last', () => {
    const seen = viewOf(ID).seen!;
    expect(seen.count).toBeGreaterThanOrEqual(5);
    // The 2026-06-19 game day is a drill: the problem did not happen then.
    expect(seen.last.date).toBe('2026-05-08');
    expect(seen.last.minutes).toBeGreaterThan(0);
  });

  it("lists the author's related runbooks first, then the index's similar ones, never itself, each once", () => {
    const view = viewOf(ID, [{ id: ID }, { id: 'connection-pool-exhaustion' }, { id: 'disk-full' }, { id: 'no-such-runbook' }]);
    expect(view.related.map((r) => r.id)).toEqual(['connection-pool-exhaustion', 'db-cpu-high', 'db-connection-timeout', 'disk-full']);
    expect(view.related[0]!.url).toBe('/runbooks/connection-pool-exhaustion/');
  });

  it('builds a table of contents of its own sections around the body h2 headings', () => {
    const view = viewOf(ID, [], [
      { slug: '概要', text: '概要', depth: 2 },
      { slug: 'kill-idle-connections', text: 'kill-idle-connections', depth: 3 },
      { slug: '背景', text: '背景', depth: 2 },
    ]);
    expect(view.toc.map((item) => item.id)).toEqual([
      'symptoms', 'first-response', 'solutions', 'causes', '概要', '背景', 'seen-before', 'related', 'escalation',
    ]);
  });
});

describe('runbookView where nothing is known', () => {
  it("keeps the author's order and leads with the first first response, marked unproven", async () => {
    const untried = kb.runbooks.find((r) => (recommendSolutions(kb).get(r.id) ?? []).every((s) => !s.attempts))!;
    const view = viewOf(untried.id);
    const authored = (kind: string) => untried.data.solutions.filter((s) => s.kind === kind).map((s) => s.id);
    for (const group of view.groups) expect(group.solutions.map((s) => s.id)).toEqual(authored(group.kind));
    expect(view.seen).toBeUndefined();
    expect(view.lead?.evidence).toBe(untried.data.lang === 'en' || kb.config.lang === 'en' ? 'no record yet' : 'まだ実績なし');
    expect(view.lead?.proven).toBe(false);
  });
});
