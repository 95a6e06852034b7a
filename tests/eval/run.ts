/**
 * `npm run eval`: fixpath's search and the two baselines over the same queries and the same
 * sample content, in one run; prints MRR@10, recall@1 and recall@3 per kind of query, then the
 * queries fixpath does not answer first.
 */
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/node/content.ts';
import { fuseEngine, miniSearchEngine } from './baselines.ts';
import type { EngineFactory } from './engines.ts';
import { evaluate } from './evaluate.ts';
import { fixpathEngine } from './fixpath.ts';
import { loadQueries } from './queries.ts';
import { failures, scoreTable } from './report.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const FACTORIES: EngineFactory[] = [fixpathEngine, fuseEngine, miniSearchEngine];

const { kb, problems } = await loadContent(CONTENT);
const queries = loadQueries();
const known = new Set(kb.runbooks.map((r) => r.id));
const unknown = [...new Set(queries.flatMap((q) => q.expect).filter((id) => !known.has(id)))];

console.log(`search evaluation: ${queries.length} queries over ${kb.runbooks.length} runbooks in content/`);
if (problems.some((p) => p.severity === 'error')) console.log(`note: ${problems.length} content problems (run fixpath validate)`);
if (unknown.length) console.log(`note: expected runbooks not in content: ${unknown.join(', ')}`);

const evaluations = FACTORIES.map((factory) => evaluate(factory(kb), queries));
console.log(`\n${scoreTable(evaluations)}\n`);
console.log(`queries ${evaluations[0]!.engine} does not answer first:\n${failures(evaluations[0]!)}`);
