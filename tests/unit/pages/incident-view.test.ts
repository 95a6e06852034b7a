import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/lib/content/model.ts';
import { incidentView } from '../../../src/lib/pages/incident-view.ts';
import { incidentRunbooks } from '../../../src/lib/stats/facts.ts';
import { loadContent } from '../../../src/node/content.ts';
import { rootRoutes } from '../../../src/lib/routes.ts';

let kb: KnowledgeBase;
const viewOf = (id: string, related: { id: string }[] = []) => incidentView({ kb, incident: kb.incidents.find((i) => i.id === id)!, routes: rootRoutes, related });

// Parsing the sample's MDX takes seconds on a busy machine.
beforeAll(async () => {
  ({ kb } = await loadContent('content'));
}, 60_000);

describe('incidentView', () => {
  it('lists the other incidents of the same runbook, newest first, not itself', () => {
    const view = viewOf('2026-05-08-golden-week-sale-too-many-connections');
    expect(view.runbooks.map((r) => r.id)).toContain('mysql-too-many-connections');
    expect(view.siblings.length).toBeGreaterThanOrEqual(4);
    expect(view.siblings.map((s) => s.id)).not.toContain(view.id);
    expect(view.siblings.map((s) => s.date)).toEqual([...view.siblings.map((s) => s.date)].sort().reverse());
    expect(view.probable).toBeUndefined();
  });

  it('offers the probable runbooks when it names none, and none for an unknown id', () => {
    // The sample has no such incident: one of its incidents with its links removed.
    const source = kb.incidents[0]!;
    const orphan = { ...source, id: 'orphan', data: { ...source.data, runbooks: [], attempts: [] } };
    expect(incidentRunbooks(orphan)).toEqual([]);
    const view = incidentView({ kb: { ...kb, incidents: [...kb.incidents, orphan] }, incident: orphan, routes: rootRoutes, related: [{ id: 'nginx-502-bad-gateway' }, { id: 'no-such-runbook' }] });
    expect(view.runbooks).toEqual([]);
    expect(view.siblings).toEqual([]);
    expect(view.probable).toEqual([{ id: 'nginx-502-bad-gateway', title: expect.any(String), url: '/runbooks/nginx-502-bad-gateway/' }]);
  });

  it('resolves every attempt with its time and the solution it names', () => {
    const view = viewOf('2026-05-08-golden-week-sale-too-many-connections');
    expect(view.attempts.length).toBeGreaterThan(0);
    expect(view.attempts.every((a) => a.solution !== undefined)).toBe(true);
  });
});
