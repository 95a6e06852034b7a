/**
 * `fixpath search QUERY... [--limit N] [--type runbook|incident] [--json] [--index DIR]`: the
 * site's ranking from the command line. QUERY `-` reads a pasted log from standard input. The
 * index is the one `fixpath index` or the site build wrote, while it was built from the current
 * content by the current engine, else built in memory from the content (the same code), or the
 * one in `--index DIR`. Results are presented as the search page presents them
 * (src/lib/search/present.ts): incidents folded under their runbook.
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../lib/content/schema.ts';
import { describeEvidence } from '../lib/recommend/evidence.ts';
import { POOL, foldIncidents, type Presented } from '../lib/search/present.ts';
import type { DocType } from '../lib/search/types.ts';
import { resolveContentDir } from '../node/read-content.ts';
import { openIndexDir, searchIndexOfContent, shardedSearcher, type PooledHit, type Searcher } from '../node/search-index.ts';
import { EXIT, UsageError, type CliIo, type Command } from './io.ts';

const TYPES: readonly DocType[] = ['runbook', 'incident'];

async function readStdin(io: CliIo): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

function parse(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        limit: { type: 'string' },
        type: { type: 'string' },
        json: { type: 'boolean' },
        content: { type: 'string' },
        index: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!positionals.length) throw new UsageError('give a QUERY (words, an error message, or - to read a log from stdin)');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, got "${values.limit}"`);
  if (values.type !== undefined && !TYPES.includes(values.type as DocType))
    throw new UsageError(`--type must be runbook or incident, got "${values.type}"`);
  return { values, positionals, limit, type: values.type as DocType | undefined };
}

function formatHit({ hit, incidents }: Presented<PooledHit>, rank: number, lang: Lang): string {
  const lines = [`${rank}. ${hit.title}  [${hit.type}, score ${hit.score.toFixed(2)}]`, `   ${hit.url}`];
  for (const text of hit.matched) lines.push(`   matched: ${text}`);
  const top = hit.recommendations[0];
  if (top) lines.push(`   try: ${top.title} (${top.kind}; ${describeEvidence(top, lang)})`);
  for (const incident of incidents) lines.push(`   incident: ${incident.title}  ${incident.url}`);
  return lines.join('\n');
}

export const run: Command = async (args, io) => {
  const { values, positionals, limit, type } = parse(args);
  const raw = positionals.length === 1 && positionals[0] === '-' ? await readStdin(io) : positionals.join(' ');
  const query = raw.trim();
  if (!query) {
    io.stderr('fixpath search: the query is empty; give words, an error message, or a log on stdin\n');
    return EXIT.content;
  }

  let lang: Lang = 'en';
  let search: Searcher;
  if (values.index) search = shardedSearcher(await openIndexDir(values.index));
  else ({ search, lang } = await searchIndexOfContent(resolveContentDir(values.content)));
  // The search page's presentation: the same pool, incidents folded under their runbooks.
  const hits = await search(query, { limit: Math.max(limit, POOL), ...(type ? { type } : {}) });
  const results = foldIncidents(hits).slice(0, limit);

  if (values.json) {
    // What folding needed (each hit's runbooks) stays out of the output: `incidents` says it.
    const plain = ({ runbooks: _, ...hit }: PooledHit) => hit;
    const json = results.map(({ hit, incidents }) => (incidents.length ? { ...plain(hit), incidents: incidents.map(plain) } : plain(hit)));
    io.stdout(JSON.stringify({ query, results: json }, null, 2) + '\n');
  }
  else if (results.length) io.stdout(results.map((hit, i) => formatHit(hit, i + 1, lang)).join('\n\n') + '\n');
  if (!results.length) {
    io.stderr(`fixpath search: nothing matches "${query.split('\n')[0]!.slice(0, 80)}"; try fewer or other words\n`);
    return EXIT.content;
  }
  return EXIT.ok;
};
