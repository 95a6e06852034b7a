import { describe, expect, it } from 'vitest';
import { splitCodeSpans } from '../../../src/lib/text/code-spans.ts';
import { slugify } from '../../../src/lib/text/slug.ts';
import { difficultyStars, resolvePathSteps } from '../../../src/lib/paths/steps.ts';
import type { KnowledgeBase, PathEntry } from '../../../src/lib/content/model.ts';

describe('splitCodeSpans', () => {
  it('separates commands in backticks from prose', () => {
    expect(splitCodeSpans('Run `df -h` then `du -sh /var`.')).toEqual([
      { text: 'Run ', code: false },
      { text: 'df -h', code: true },
      { text: ' then ', code: false },
      { text: 'du -sh /var', code: true },
      { text: '.', code: false },
    ]);
  });

  it('keeps an unpaired backtick as text', () => {
    expect(splitCodeSpans('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });
});

describe('slugify', () => {
  it('lowercases, folds width and keeps letters of any script', () => {
    expect(slugify('Connection Pool')).toBe('connection-pool');
    expect(slugify('ＲＤＳ　Proxy!')).toBe('rds-proxy');
    expect(slugify('コネクション プール')).toBe('コネクション-プール');
  });
});

describe('learning path steps', () => {
  const kb = {
    runbooks: [{ id: 'disk-full', data: { title: 'Disk full' } }],
    incidents: [{ id: '2024-01-01-outage', data: { title: 'Outage' } }],
  } as unknown as Pick<KnowledgeBase, 'runbooks' | 'incidents'>;
  const path = { data: { steps: [{ entry: 'disk-full' }, { entry: '2024-01-01-outage' }, { entry: 'gone' }] } } as PathEntry;

  it('finds runbooks and incidents by id and reports a missing one as undefined', () => {
    expect(resolvePathSteps(path, kb).map((s) => s.entry)).toEqual([
      { kind: 'runbook', id: 'disk-full', title: 'Disk full' },
      { kind: 'incident', id: '2024-01-01-outage', title: 'Outage' },
      undefined,
    ]);
  });

  it('gives one to three stars', () => {
    expect(['beginner', 'intermediate', 'advanced'].map((d) => difficultyStars(d as 'beginner'))).toEqual([1, 2, 3]);
  });
});
