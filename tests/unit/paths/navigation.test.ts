import { describe, expect, it } from 'vitest';
import type { PathEntry } from '../../../src/lib/content/model.ts';
import type { LearningPath } from '../../../src/lib/content/schema.ts';
import { rootRoutes } from '../../../src/lib/routes.ts';
import {
  groupPaths,
  parsePathQuery,
  pathNavs,
  pathPosition,
  stepHref,
  totalTime,
} from '../../../src/lib/paths/navigation.ts';

function path(id: string, data: Partial<LearningPath>): PathEntry {
  return {
    id,
    file: `paths/${id}.yaml`,
    body: '',
    bodyLine: 1,
    data: { title: id, prerequisites: [], steps: [{ entry: 'x' }], ...data },
  };
}
const entry = (id: string, title: string) => ({ id, file: '', body: '', bodyLine: 1, data: { title } });

describe('totalTime', () => {
  it('adds the steps that have a time and counts those without', () => {
    expect(totalTime([{ time: '40m' }, { time: '1h30m' }, {}, { time: '20m' }])).toEqual({ minutes: 150, untimed: 1 });
    expect(totalTime([])).toEqual({ minutes: 0, untimed: 0 });
  });
});

describe('path navigation', () => {
  const kb = {
    runbooks: [entry('disk-full', 'Disk full'), entry('app-down', 'App down')],
    incidents: [entry('2024-01-01-outage', 'Outage')],
    paths: [
      path('basics', { title: 'Basics', steps: [{ entry: 'app-down' }, { entry: '2024-01-01-outage' }, { entry: 'disk-full' }, { entry: 'missing' }] }),
    ],
  } as never;
  const navs = pathNavs(kb, rootRoutes);

  it('links each step to its entry page with the path and the 1-based step in the query', () => {
    expect(navs[0]!.steps).toEqual([
      { entry: 'app-down', title: 'App down', href: '/runbooks/app-down/?path=basics&step=1' },
      { entry: '2024-01-01-outage', title: 'Outage', href: '/incidents/2024-01-01-outage/?path=basics&step=2' },
      { entry: 'disk-full', title: 'Disk full', href: '/runbooks/disk-full/?path=basics&step=3' },
      { entry: 'missing', title: 'missing', href: undefined },
    ]);
    expect(stepHref(rootRoutes, 'runbook', 'a', 'p q', 0)).toBe('/runbooks/a/?path=p%20q&step=1');
  });

  it('reads the path and step from a query, and nothing from a plain or malformed one', () => {
    expect(parsePathQuery('?path=basics&step=2')).toEqual({ pathId: 'basics', step: 2 });
    for (const search of ['', '?path=basics', '?step=2', '?path=basics&step=0', '?path=basics&step=1.5', '?path=<x>&step=1']) {
      expect(parsePathQuery(search), search).toBeUndefined();
    }
  });

  it('gives the previous and next steps, and trusts the entry over a stale step number', () => {
    const middle = pathPosition(navs, 'basics', 2, '2024-01-01-outage')!;
    expect([middle.index, middle.previous?.entry, middle.next?.entry]).toEqual([1, 'app-down', 'disk-full']);
    const first = pathPosition(navs, 'basics', 1, 'app-down')!;
    expect([first.previous, first.next?.entry]).toEqual([undefined, '2024-01-01-outage']);
    expect(pathPosition(navs, 'basics', 1, 'disk-full')?.index).toBe(2);
    expect(pathPosition(navs, 'basics', 1, 'not-in-path')).toBeUndefined();
    expect(pathPosition(navs, 'nope', 1, 'app-down')).toBeUndefined();
  });
});

describe('groupPaths', () => {
  it('groups by difficulty, beginner first and none last, then by audience in order of appearance', () => {
    const paths = [
      path('adv', { difficulty: 'advanced', audience: 'leads' }),
      path('b1', { difficulty: 'beginner', audience: 'new hires' }),
      path('free', {}),
      path('b2', { difficulty: 'beginner', audience: 'on-call' }),
      path('b3', { difficulty: 'beginner', audience: 'new hires' }),
    ];
    const shape = groupPaths(paths).map((g) => [g.difficulty, g.audiences.map((a) => [a.audience, a.paths.map((p) => p.id)])]);
    expect(shape).toEqual([
      ['beginner', [['new hires', ['b1', 'b3']], ['on-call', ['b2']]]],
      ['advanced', [['leads', ['adv']]]],
      [undefined, [[undefined, ['free']]]],
    ]);
  });
});
