/**
 * An index → its sharded files (format.ts), as texts by path under the index directory. Pure and
 * deterministic: the same index gives the same files, byte for byte. The numbers are those of
 * the in-memory index (loadIndex), so the sharded engine ranks exactly as it does.
 */
import { NORM_STEPS, termSaturations } from '../scoring.ts';
import { fieldCounts, loadIndex } from '../serialize.ts';
import type { SearchIndex, StoredIndex } from '../types.ts';
import { LATIN_TERM, MANIFEST, textHash, type EntryData, type Manifest, type Shard, type VocabularyBucket } from './format.ts';

/**
 * A shard is closed once its size passes this many units (a number of its postings, or a
 * character of a term): about 10 KB gzip, so that a query of a few words reads a few tens of KB,
 * in few enough files to fetch in parallel. A term with more postings than this fills a shard alone.
 */
export const SHARD_UNITS = 12_000;

export interface ShardedFiles {
  manifest: Manifest;
  /** Path under the index directory → text, the manifest included. */
  files: Map<string, string>;
}

const named = (prefix: string, text: string) => `${prefix}-${textHash(text)}.json`;

/** The sharded files of a stored index; `engine` and `content` make the CLI's cache key. */
export function shardIndex(
  stored: StoredIndex,
  key: { engine: string; content: string },
  index: SearchIndex = loadIndex(stored),
  shardUnits = SHARD_UNITS,
): ShardedFiles {
  const files = new Map<string, string>();
  const saturations = termSaturations(fieldCounts(stored), stored.terms.length);

  // Per doc, per line: its stored norm and ref; then, per term, its postings' line lists.
  const lineRefs = index.docs.map((doc) => doc.lines.map((line) => [line.at * 2 + (line.symptom ? 1 : 0), Math.round(line.norm * NORM_STEPS)] as const));
  const linesOf = Array.from({ length: stored.terms.length }, () => new Map<number, number[]>());
  index.docs.forEach((doc, d) =>
    doc.lines.forEach((line, l) => {
      for (const term of line.terms) {
        const refs = linesOf[term]!.get(d);
        if (refs) refs.push(...lineRefs[d]![l]!);
        else linesOf[term]!.set(d, [...lineRefs[d]![l]!]);
      }
    }),
  );

  const shards: Manifest['shards'] = { from: [], first: [], files: [] };
  let shard: Shard = { terms: [], df: [], postings: [] };
  let first = 0;
  let units = 0;
  const close = () => {
    if (!shard.terms.length) return;
    const text = JSON.stringify(shard);
    const file = named('shard', text);
    files.set(file, text);
    shards.from.push(shard.terms[0]!);
    shards.first.push(first);
    shards.files.push(file);
    shard = { terms: [], df: [], postings: [] };
    units = 0;
  };
  stored.terms.forEach((term, t) => {
    const { docs, saturations: sats } = saturations[t]!;
    const gaps = docs.map((d, i) => (i ? d - docs[i - 1]! : d));
    const lines: number[] = [];
    for (const d of docs) {
      const refs = linesOf[t]!.get(d) ?? [];
      lines.push(refs.length / 2, ...refs);
    }
    const size = term.length + 2 * docs.length + lines.length;
    if (units && units + size > shardUnits) close();
    if (!shard.terms.length) first = t;
    shard.terms.push(term);
    shard.df.push(docs.length);
    shard.postings.push([gaps, sats, lines]);
    units += size;
  });
  close();

  const buckets = new Map<number, VocabularyBucket>();
  stored.terms.forEach((term, id) => {
    if (term.length < 3 || !LATIN_TERM.test(term)) return;
    let bucket = buckets.get(term.length);
    if (!bucket) buckets.set(term.length, (bucket = { terms: [], ids: [], df: [] }));
    bucket.terms.push(term);
    bucket.ids.push(id);
    bucket.df.push(saturations[id]!.docs.length);
  });
  const vocabulary: Manifest['vocabulary'] = { lengths: [], files: [] };
  for (const [length, bucket] of [...buckets].sort((a, b) => a[0] - b[0])) {
    const text = JSON.stringify(bucket);
    const file = named('words', text);
    files.set(file, text);
    vocabulary.lengths.push(length);
    vocabulary.files.push(file);
  }

  const { docs } = stored;
  const ids = (list: readonly number[]) => {
    const out: [string, number][] = [];
    for (let i = 0; i < list.length; i += 2) out.push([docs.id[list[i]!]!, list[i + 1]! / 1000]);
    return out;
  };
  const entryTexts = docs.id.map((id, d) => {
    const [similar = [], incidents = [], runbooks = []] = docs.related[d] ?? [];
    const entry: EntryData = {
      id,
      type: docs.type[d]!,
      title: docs.title[d]!,
      facets: docs.facets[d]!,
      lineText: docs.lineText[d]!,
      recommendations: docs.recommendations[d]!,
      related: { similar: ids(similar), incidents: ids(incidents), runbooks: ids(runbooks) },
    };
    return JSON.stringify(entry);
  });
  // One directory per set of entries, named by all of them: an entry's file is found by its
  // position alone, so the manifest needs no table of 50,000 names.
  const entries = `entries-${textHash(entryTexts.map(textHash).join())}`;
  entryTexts.forEach((text, d) => files.set(`${entries}/${d}.json`, text));

  const manifest: Manifest = {
    version: stored.version,
    engine: key.engine,
    content: key.content,
    docs: docs.id.length,
    runbooks: index.runbooks,
    terms: stored.terms.length,
    synonyms: stored.synonyms,
    concepts: stored.concepts ?? [],
    shards,
    vocabulary,
    entries,
  };
  files.set(MANIFEST, JSON.stringify(manifest));
  return { manifest, files };
}
