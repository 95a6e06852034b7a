import { describe, expect, it } from 'vitest';
import { solutionSchema, type Solution } from '../../../src/lib/content/schema.ts';
import { solutionAnchors } from '../../../src/lib/runbooks/solutions.ts';

const solution = (id: string, kind: Solution['kind'], title = id): Solution => solutionSchema.parse({ id, kind, title });

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
