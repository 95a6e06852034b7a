/**
 * No evaluation query may be copied into what the engine knows (see leak.ts for the rule): the
 * glossary aliases of every set's knowledge base, the engine's lexicon, and the string constants
 * of the engine's code (src/lib/search, src/lib/text), checked against the queries of every set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATIONS_LEXICON } from '../../src/lib/search/lexicon/operations.ts';
import { parseLexicon } from '../../src/lib/search/lexicon/parse.ts';
import { findLeaks, type Known, stringLiterals, words } from './leak.ts';
import { evalSets, loadSet } from './sets.ts';

const ENGINE_DIRS = ['../../src/lib/search/', '../../src/lib/text/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));
// The lexicon is checked member by member below, not as one long string.
const LEXICON_DIR = `${path.sep}lexicon${path.sep}`;

function engineConstants(): Known[] {
  return ENGINE_DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !path.join(dir, file).includes(LEXICON_DIR))
      .flatMap((file) => stringLiterals(readFileSync(path.join(dir, file), 'utf8')).map((text) => ({ source: `engine ${file}`, text }))),
  );
}

function lexiconMembers(): Known[] {
  const { synonyms, concepts } = parseLexicon(OPERATIONS_LEXICON);
  return [
    ...synonyms.flat().map((text) => ({ source: 'lexicon synonym', text })),
    ...concepts.flatMap((c) => [...c.describe, ...c.means]).map((text) => ({ source: 'lexicon concept', text })),
  ];
}

const sets = evalSets();
const queries = sets.flatMap((s) => s.queries.map((q) => q.query));

describe('evaluation queries are not copied into the engine', () => {
  it('the checker finds an equal text and a shared run of four words, and nothing else', () => {
    const leaks = findLeaks(
      [
        { source: 'a', text: 'Redis  OUT of memory' },
        { source: 'b', text: 'the pool is exhausted again today' },
        { source: 'c', text: 'pool is exhausted' },
        { source: 'd', text: 'コネクションプールが枯渇してタイムアウト' },
      ],
      ['redis out of memory', 'why the pool is exhausted', 'コネクションプールが枯渇してタイムアウトする'],
    );
    expect(leaks.map((l) => [l.source, l.why])).toEqual([
      ['a', 'equals the query'],
      ['b', 'holds "the pool is exhausted" of the query'],
      ['d', 'holds "コネクションプール が 枯渇して タイムアウト" of the query'],
    ]);
    expect(words('ＤＢ遅い コネクションプールが見られない Access-Control-Allow-Origin')).toEqual([
      'db',
      '遅い',
      'コネクションプール',
      'が',
      '見られない',
      'access-control-allow-origin',
    ]);
    expect(findLeaks([{ source: 'term', text: 'Timeout' }, { source: 'term', text: '接続数' }], ['timeout', '接続数'])).toEqual([]);
  });

  it('reads string constants, not comments', () => {
    expect(stringLiterals(`// 'not this'\nconst a = 'x' + "y"; /* "nor this" */ const b = \`z\`;`)).toEqual(['x', 'y', 'z']);
  });

  it('finds the queries of every set', () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
  });

  it('no glossary alias copies a query', async () => {
    const known: Known[] = [];
    for (const set of sets) {
      const { kb } = await loadSet(set);
      for (const term of kb.glossary) for (const alias of term.aliases) known.push({ source: `${set.name} glossary: ${term.term}`, text: alias });
    }
    expect(findLeaks(known, queries)).toEqual([]);
    // Loading the knowledge bases takes seconds on a busy machine.
  }, 120_000);

  it('no lexicon entry copies a query', () => {
    expect(findLeaks(lexiconMembers(), queries)).toEqual([]);
  });

  it('no string constant of the engine copies a query', () => {
    expect(findLeaks(engineConstants(), queries)).toEqual([]);
  });
});
