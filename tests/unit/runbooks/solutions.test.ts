import { describe, expect, it } from 'vitest';
import { solutionSchema, type Solution } from '../../../src/lib/content/schema.ts';
import { groupSolutions, solutionAnchors } from '../../../src/lib/runbooks/solutions.ts';

const solution = (id: string, kind: Solution['kind'], title = id): Solution => solutionSchema.parse({ id, kind, title });

describe('groupSolutions', () => {
  it('orders groups first response, fix, prevention and keeps the written order inside a group', () => {
    const groups = groupSolutions([
      solution('alert', 'prevention'),
      solution('scale', 'fix'),
      solution('kill', 'mitigation'),
      solution('proxy', 'fix'),
    ]);
    expect(groups.map((g) => [g.kind, g.solutions.map((s) => s.id)])).toEqual([
      ['mitigation', ['kill']],
      ['fix', ['scale', 'proxy']],
      ['prevention', ['alert']],
    ]);
  });

  it('leaves out kinds that have no solution', () => {
    expect(groupSolutions([solution('a', 'fix')]).map((g) => g.kind)).toEqual(['fix']);
  });
});

describe('solutionAnchors', () => {
  const solutions = [solution('kill', 'mitigation', 'Kill idle connections'), solution('scale', 'fix'), solution('proxy', 'fix')];

  it('lets a heading with the solution id own the anchor and moves the card aside', () => {
    const anchors = solutionAnchors(solutions, [{ slug: 'kill', text: 'kill' }]);
    expect(anchors.get('kill')).toEqual({ cardId: 'solution-kill', detail: 'kill' });
  });

  it('gives the card the solution id when no heading takes it, linking a heading titled like the solution', () => {
    const anchors = solutionAnchors(solutions, [{ slug: 'kill-idle-connections-1', text: 'Kill idle connections' }]);
    expect(anchors.get('kill')).toEqual({ cardId: 'kill', detail: 'kill-idle-connections-1' });
    expect(anchors.get('scale')).toEqual({ cardId: 'scale', detail: undefined });
  });
});
