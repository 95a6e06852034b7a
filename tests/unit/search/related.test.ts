import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { similarity, similarityModel, type SimilarityModel } from '../../../src/lib/search/related.ts';
import { fixtureIndex } from './fixture.ts';

let fx: Awaited<ReturnType<typeof fixtureIndex>>;
let model: SimilarityModel;
beforeAll(async () => {
  fx = await fixtureIndex();
  model = similarityModel(fx.stored, fx.index);
});

const related = (type: string, id: string) => fx.index.docs.find((d) => d.type === type && d.id === id)!.related;

describe('similarity', () => {
  it('is in 0..1, symmetric, and an entry is most similar to itself', () => {
    const n = fx.index.docs.length;
    fc.assert(
      fc.property(fc.nat(n - 1), fc.nat(n - 1), (a, b) => {
        const ab = similarity(model, a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(ab).toBeCloseTo(similarity(model, b, a), 12);
        expect(similarity(model, a, a)).toBeGreaterThanOrEqual(ab);
      }),
    );
  });
});

describe('related entries', () => {
  it('lists the incidents that name a runbook first', () => {
    expect(related('runbook', 'mysql-too-many-connections').incidents[0]?.id).toBe('2025-03-01-lambda-burst-too-many-connections');
    expect(related('runbook', 'postgres-econnrefused').incidents.map((i) => i.id)).toContain('2025-05-10-postgres-down-after-patch');
  });

  it('suggests the probable runbook for an incident that names none', () => {
    expect(related('incident', '2025-04-02-log-volume-filled').runbooks[0]?.id).toBe('disk-full');
  });

  it('keeps an incident’s named runbooks as they are', () => {
    expect(related('incident', '2025-05-10-postgres-down-after-patch').runbooks.map((r) => r.id)).toEqual(['postgres-econnrefused']);
  });

  it('finds similar runbooks among the others, never the runbook itself', () => {
    const similar = related('runbook', 'mysql-too-many-connections').similar.map((s) => s.id);
    expect(similar).not.toContain('mysql-too-many-connections');
    expect(similar[0]).toBe('connection-pool-exhaustion');
  });
});
