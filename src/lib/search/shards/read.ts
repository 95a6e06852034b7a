/**
 * The sharded index, read a query's worth at a time, in as few sequential steps as the query
 * allows: the manifest (once), then every shard the query's words and their aliases need, in
 * parallel; only a word the vocabulary lacks costs one more step (its length's words, then the
 * shards of the words near it). The ranking is search.ts's own, over the part read; files are
 * read once and kept, so typing on re-reads nothing.
 */
import { maxDistance, fuzzyMatches, type FuzzyMatch } from '../fuzzy.ts';
import { queryLines } from '../log-lines.ts';
import { idfOf, impactOf, normOf } from '../scoring.ts';
import { rank, toHit, type RankedDoc, type SearchOptions } from '../search.ts';
import type { PoolHit } from '../present.ts';
import { entryUrl } from '../serialize.ts';
import type { RankingIndex, RankLine, SearchHit } from '../types.ts';
import { tokenize } from '../../text/tokenize.ts';
import { checkManifest, LATIN_TERM, MANIFEST, shardOf, type EntryData, type Manifest, type Shard, type VocabularyBucket } from './format.ts';

/** Reads a file of the index directory (by its path there) as parsed JSON. */
export type ReadJson = (path: string) => Promise<unknown>;

/** A hit with what the page filters by and the runbooks folding puts it under (present.ts). */
export type ShardedHit = PoolHit;

interface LoadedLines {
  /** Per posting, the start of its line list in `lines` (count, then ref, norm pairs). */
  lineStart: Int32Array;
  lines: number[];
}

/** A Latin word of the vocabulary, with its id and document frequency. */
export interface VocabularyWord {
  term: string;
  id: number;
  df: number;
}

export class ShardedIndex {
  readonly manifest: Manifest;
  private readonly read: ReadJson;
  private readonly files = new Map<string, Promise<unknown>>();
  // Everything read so far, by term id: what the ranking reads.
  private readonly termIds = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly postings: Int32Array[] = [];
  private readonly impacts: Float64Array[] = [];
  private readonly lineLists: LoadedLines[] = [];
  private readonly words: string[] = [];
  private readonly wordDf: number[] = [];
  private readonly lengthsRead = new Set<number>();

  private constructor(manifest: Manifest, read: ReadJson) {
    this.manifest = manifest;
    this.read = read;
  }

  /** Open an index directory: read and check its manifest. `rebuild` names the command that rebuilds it. */
  static async open(read: ReadJson, rebuild = 'fixpath index'): Promise<ShardedIndex> {
    return new ShardedIndex(checkManifest(await read(MANIFEST), rebuild), read);
  }

  private file(path: string): Promise<unknown> {
    let pending = this.files.get(path);
    if (!pending) {
      this.files.set(path, (pending = this.read(path)));
      // A failed read may be retried by the next query (the network may be back).
      pending.catch(() => this.files.delete(path));
    }
    return pending;
  }

  private async loadShard(s: number): Promise<void> {
    const { shards, docs } = this.manifest;
    const shard = (await this.file(shards.files[s]!)) as Shard;
    if (this.termIds.has(shard.terms[0]!)) return;
    shard.terms.forEach((term, i) => {
      const id = shards.first[s]! + i;
      const idf = idfOf(docs, shard.df[i]!);
      const [gaps, saturations, lines] = shard.postings[i]!;
      const postings = new Int32Array(gaps.length);
      const lineStart = new Int32Array(gaps.length);
      let doc = 0;
      let at = 0;
      for (let p = 0; p < gaps.length; p++) {
        postings[p] = doc = p ? doc + gaps[p]! : gaps[p]!;
        lineStart[p] = at;
        at += 1 + 2 * lines[at]!;
      }
      this.termIds.set(term, id);
      this.idf[id] = idf;
      this.postings[id] = postings;
      this.impacts[id] = Float64Array.from(saturations, (s) => impactOf(idf, s));
      this.lineLists[id] = { lineStart, lines };
    });
  }

  /** Read the shards that hold `terms` (those already read cost nothing). */
  private async loadTerms(terms: Iterable<string>): Promise<void> {
    const needed = new Set<number>();
    for (const term of terms) if (!this.termIds.has(term)) needed.add(shardOf(this.manifest, term));
    await Promise.all([...needed].map((s) => this.loadShard(s)));
  }

  /** Read the Latin words of these lengths (typo tolerance, "did you mean"). */
  private async loadLengths(lengths: Iterable<number>): Promise<void> {
    const { vocabulary } = this.manifest;
    const wanted = [...new Set(lengths)].filter((length) => !this.lengthsRead.has(length));
    await Promise.all(
      wanted.map(async (length) => {
        const at = vocabulary.lengths.indexOf(length);
        if (at >= 0) {
          const bucket = (await this.file(vocabulary.files[at]!)) as VocabularyBucket;
          bucket.terms.forEach((term, i) => {
            this.words[bucket.ids[i]!] = term;
            this.wordDf[bucket.ids[i]!] = bucket.df[i]!;
          });
        }
        this.lengthsRead.add(length);
      }),
    );
  }

  /** Every Latin word of the vocabulary whose length is within `spread` of `length`. */
  async wordsNear(length: number, spread: number): Promise<VocabularyWord[]> {
    const lengths = Array.from({ length: 2 * spread + 1 }, (_, i) => length - spread + i).filter((l) => l > 0);
    await this.loadLengths(lengths);
    const out: VocabularyWord[] = [];
    this.words.forEach((term, id) => {
      if (Math.abs(term.length - length) <= spread) out.push({ term, id, df: this.wordDf[id]! });
    });
    return out;
  }

  private fuzzy(term: string): FuzzyMatch[] {
    return fuzzyMatches({ terms: this.words }, term);
  }

  /** Read what ranking `query` needs: its words' shards, those of their expansions, and those of near words for unknown ones. */
  private async prepare(query: string): Promise<void> {
    const typed = new Set<string>();
    for (const line of queryLines(query)) for (const token of tokenize(line.text)) typed.add(token.term);
    // What expand.ts may add: the members of a typed synonym group, the error texts of a typed concept.
    const isTyped = (members: readonly (readonly string[])[]) => members.some((member) => member.length && member.every((t) => typed.has(t)));
    const aliases = [
      ...this.manifest.synonyms.filter(isTyped).flat(2),
      ...this.manifest.concepts.filter((concept) => isTyped(concept.describe)).flatMap((concept) => concept.means.flat()),
    ];
    await this.loadTerms([...typed, ...aliases]);
    const unknown = [...typed].filter((term) => !this.termIds.has(term) && LATIN_TERM.test(term) && maxDistance(term.length) > 0);
    if (!unknown.length) return;
    await this.loadLengths(unknown.flatMap((term) => {
      const limit = maxDistance(term.length);
      return Array.from({ length: 2 * limit + 1 }, (_, i) => term.length - limit + i);
    }));
    await this.loadTerms(unknown.flatMap((term) => this.fuzzy(term).map((match) => this.words[match.id]!)));
  }

  /** The lines of doc `d` that hold any of `terms`, from their postings. */
  private lines(d: number, terms: ReadonlyMap<number, number>): RankLine[] {
    const byAt = new Map<number, RankLine & { terms: number[] }>();
    for (const term of terms.keys()) {
      const docs = this.postings[term];
      if (!docs) continue;
      const { lineStart, lines } = this.lineLists[term]!;
      let lo = 0;
      let hi = docs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (docs[mid]! < d) lo = mid + 1;
        else hi = mid;
      }
      if (docs[lo] !== d) continue;
      const start = lineStart[lo]!;
      for (let k = 0; k < lines[start]!; k++) {
        const ref = lines[start + 1 + 2 * k]!;
        const at = ref >> 1;
        let line = byAt.get(at);
        if (!line) byAt.set(at, (line = { at, symptom: (ref & 1) === 1, terms: [], norm: normOf(lines[start + 2 + 2 * k]!) }));
        line.terms.push(term);
      }
    }
    const out = [...byAt.values()].sort((a, b) => a.at - b.at);
    for (const line of out) line.terms.sort((a, b) => a - b);
    return out;
  }

  private ranking(): RankingIndex {
    const { docs, runbooks, synonyms, concepts } = this.manifest;
    return {
      docCount: docs,
      runbooks,
      termIds: this.termIds,
      idf: this.idf,
      maxIdf: idfOf(docs, 0),
      synonyms,
      concepts,
      postings: this.postings,
      impacts: this.impacts,
      fuzzy: (term) => this.fuzzy(term),
      lines: (d, terms) => this.lines(d, terms),
    };
  }

  /** The ranked docs for a query, before their data is read. */
  async rank(query: string, options: SearchOptions = {}): Promise<RankedDoc[]> {
    await this.prepare(query);
    return rank(this.ranking(), query, options);
  }

  /** The data of entries by position, read in parallel. */
  entries(docs: readonly number[]): Promise<EntryData[]> {
    return Promise.all(docs.map((d) => this.file(`${this.manifest.entries}/${d}.json`) as Promise<EntryData>));
  }

  /** Ranked docs as hits, with their entries' data. */
  async hits(ranked: readonly RankedDoc[]): Promise<ShardedHit[]> {
    const entries = await this.entries(ranked.map((r) => r.doc));
    return ranked.map((r, i) => {
      const entry = entries[i]!;
      return {
        ...toHit(r, { ...entry, url: entryUrl(entry.type, entry.id) }),
        facets: entry.facets,
        runbooks: entry.related.runbooks.map(([id]) => id),
      };
    });
  }

  /** Rank and read the hits' data: the same hits as the in-memory `search` (facets added). */
  async search(query: string, options: SearchOptions = {}): Promise<ShardedHit[]> {
    return this.hits(await this.rank(query, options));
  }
}
