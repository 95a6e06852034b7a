import { describe, expect, it } from 'vitest';
import { parseQueries } from './queries.ts';

describe('evaluation query files', () => {
  it('reads every kind, a nomatch query with expect [] and a recommend query with best', () => {
    const text = [
      '- { kind: exact, query: "ERROR 1040", expect: [mysql] }',
      '- { kind: nomatch, query: "kafka consumer lag", expect: [] }',
      '- { kind: recommend, query: "pool exhausted", expect: [pool], best: "pool#raise-limit" }',
    ].join('\n');
    expect(parseQueries(text, 'a.yaml')).toEqual([
      { kind: 'exact', query: 'ERROR 1040', expect: ['mysql'], file: 'a.yaml' },
      { kind: 'nomatch', query: 'kafka consumer lag', expect: [], file: 'a.yaml' },
      { kind: 'recommend', query: 'pool exhausted', expect: ['pool'], best: 'pool#raise-limit', file: 'a.yaml' },
    ]);
  });

  it('names the file and the query of a mistake', () => {
    expect(() => parseQueries('- { kind: exakt, query: x, expect: [a] }', 'a.yaml')).toThrow(
      'a.yaml: query 1: kind must be one of exact, variant, paraphrase, crosslang, fullwidth, typo, log, vague, nomatch, recommend',
    );
    expect(() => parseQueries('- { kind: nomatch, query: x, expect: [a] }', 'b.yaml')).toThrow('b.yaml: query 1: a nomatch query expects []');
    expect(() => parseQueries('- { kind: exact, query: x, expect: [] }', 'b.yaml')).toThrow(
      'b.yaml: query 1: expect needs at least one runbook id',
    );
    expect(() => parseQueries('- { kind: recommend, query: x, expect: [a], best: "b#s" }', 'c.yaml')).toThrow(
      'c.yaml: query 1: a recommend query needs best: <runbook>#<solution>, with the runbook in expect',
    );
    expect(() => parseQueries('kind: exact', 'd.yaml')).toThrow('d.yaml: expected a list of queries');
  });
});
