import { describe, expect, it } from 'vitest';
import { foldIncidents } from '../../../src/lib/search/present.ts';
import type { DocType } from '../../../src/lib/search/types.ts';

// Each incident's runbooks, as its hit carries them (the runbooks it names or probably applies).
const runbooksOf = new Map([
  ['i1', ['r1']],
  ['i2', ['r9', 'r2']],
  ['i3', ['r9']],
  ['i4', []],
]);
const hit = (id: string, type: DocType = id.startsWith('i') ? 'incident' : 'runbook') => ({ id, type, runbooks: runbooksOf.get(id) ?? [] });
const ids = (groups: ReturnType<typeof foldIncidents<ReturnType<typeof hit>>>) => groups.map((g) => [g.hit.id, g.incidents.map((i) => i.id)]);

describe('foldIncidents', () => {
  it('folds each incident under the first of its runbooks in the list, keeping the ranked order', () => {
    expect(ids(foldIncidents([hit('r1'), hit('i1'), hit('r2'), hit('i2'), hit('i3'), hit('i4')]))).toEqual([
      ['r1', ['i1']],
      ['r2', ['i2']],
      ['i3', []],
      ['i4', []],
    ]);
  });

  it('places a runbook where the best-ranked of its incidents was', () => {
    expect(ids(foldIncidents([hit('i2'), hit('r1'), hit('r2')]))).toEqual([
      ['r2', ['i2']],
      ['r1', []],
    ]);
  });

  it('lists every hit exactly once', () => {
    const hits = [hit('i1'), hit('i3'), hit('r2'), hit('i2'), hit('r1'), hit('i4')];
    const groups = foldIncidents(hits);
    expect(groups.flatMap((g) => [g.hit.id, ...g.incidents.map((i) => i.id)]).sort()).toEqual(hits.map((h) => h.id).sort());
  });
});
