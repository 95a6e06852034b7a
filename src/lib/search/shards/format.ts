/**
 * The sharded index on disk and on the wire: one small manifest, read first; posting shards by
 * term range, so a query reads only its terms' shards; the Latin vocabulary by word length, read
 * only for a word the vocabulary lacks (typo tolerance, "did you mean"); one data file per entry,
 * read for the results shown. Every file but the manifest is named by a hash of its content, so
 * a CDN may cache it forever; the manifest names the ones in use.
 */
import type { ConceptGroup, DocFacets, DocType, Recommendation } from '../types.ts';
import { INDEX_VERSION } from '../types.ts';

/** Where the manifest is, relative to the index directory (the site serves it at /fixpath-index/). */
export const MANIFEST = 'manifest.json';

export interface Manifest {
  version: typeof INDEX_VERSION;
  /** Version of the engine that built it (src/node/engine-version.ts): half of the CLI's cache key. */
  engine: string;
  /** SHA-256 of the content files it was built from: the other half. */
  content: string;
  docs: number;
  /** Docs before this position are runbooks, the others incidents. */
  runbooks: number;
  /** Size of the vocabulary; a term's id is its position in code-unit order. */
  terms: number;
  /** Glossary alias groups: each member as its tokens. */
  synonyms: string[][][];
  /** Symptom concepts (expansion-groups.ts): read with the manifest, as the synonyms are. */
  concepts: ConceptGroup[];
  /** Shard i holds the terms from `from[i]` (id `first[i]`) up to the next shard's first. */
  shards: { from: string[]; first: number[]; files: string[] };
  /** Latin words (what typo tolerance and "did you mean" compare) by length: `files[i]` holds those of `lengths[i]` characters. */
  vocabulary: { lengths: number[]; files: string[] };
  /** Entry d's data is `${entries}/${d}.json`. */
  entries: string;
}

/**
 * A shard: per term (consecutive ids from the manifest's `first`), its document frequency and
 * postings. Per posting: the doc (as a gap from the previous one), the stored saturation
 * (scoring.ts) and the lines that hold the term, each as `at × 2 + symptom` and its stored norm.
 */
export interface Shard {
  terms: string[];
  df: number[];
  /** Per term: `[docGaps, saturations, lines]`; `lines` per posting: count, then `ref, norm` pairs. */
  postings: [docGaps: number[], saturations: number[], lines: number[]][];
}

export interface VocabularyBucket {
  terms: string[];
  ids: number[];
  df: number[];
}

/** What the results list and `fixpath search` show of an entry. */
export interface EntryData {
  id: string;
  type: DocType;
  title: string;
  facets: DocFacets;
  /** Its short texts (symptoms, alerts, title, causes, solutions), by line position. */
  lineText: string[];
  recommendations: Recommendation[];
  related: { similar: RelatedId[]; incidents: RelatedId[]; runbooks: RelatedId[] };
}
export type RelatedId = [id: string, score: number];

/** Latin words, the only ones typo tolerance and "did you mean" look at. */
export const LATIN_TERM = /^[a-z][a-z0-9_]*$/;

/** The manifest, checked: anything else (an older index, another file) is refused with what to do. */
export function checkManifest(data: unknown, rebuild: string): Manifest {
  if (typeof data !== 'object' || data === null || !('version' in data)) {
    throw new Error(`fixpath index: this is not a fixpath search index (no "version"); rebuild it with "${rebuild}"`);
  }
  const { version } = data as { version: unknown };
  if (version !== INDEX_VERSION) {
    throw new Error(
      `fixpath index: unsupported index version ${JSON.stringify(version)} (this fixpath reads version ${INDEX_VERSION}); rebuild it with "${rebuild}"`,
    );
  }
  return data as Manifest;
}

/** The shard whose range holds `term` (the first one for a term before every range). */
export function shardOf(manifest: Manifest, term: string): number {
  const from = manifest.shards.from;
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A 53-bit hash of a file's text (cyrb53), as the file's name: content addressing for caches,
 * not security (a collision would only serve one file for another of the same index).
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
