/**
 * The stored index as JSON, and back: `serializeIndex` writes it with a fixed key order (the
 * builder creates every object in one order), `loadIndex` checks the version and builds the
 * lookup tables the ranking needs (postings, BM25F impacts, line norms) in memory. The files
 * the site and the CLI read are the sharded form (shards/), with the same numbers.
 */
import { idfOf, impactOf, normOf, storedNorm, termSaturations } from './scoring.ts';
import {
  FIELDS,
  INDEX_VERSION,
  LINE_FIELDS,
  type DocType,
  type Field,
  type IndexDoc,
  type LineKind,
  type RelatedEntry,
  type SearchIndex,
  type StoredIndex,
} from './types.ts';

/** The JSON text of a stored index; the same index always gives the same bytes. */
export function serializeIndex(stored: StoredIndex): string {
  return JSON.stringify(stored);
}

/** Undo deltaEncode. */
export function deltaDecode(deltas: readonly number[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < deltas.length; i++) ids.push((id = i ? id + deltas[i]! : deltas[i]!));
  return ids;
}

/** `[termDelta, count, ...]` → term id → count. */
function decodeCounts(pairs: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  let id = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    id = i ? id + pairs[i]! : pairs[i]!;
    counts.set(id, pairs[i + 1]!);
  }
  return counts;
}

/**
 * Per doc, per field (FIELDS order): term id → count. The LINE_FIELDS are counted from the
 * doc's lines of their kind, the others read from the stored counts.
 */
export function fieldCounts(stored: StoredIndex): Map<number, number>[][] {
  const { docs } = stored;
  return docs.id.map((_, d) =>
    FIELDS.map((field, f) => {
      const kind = (LINE_FIELDS as Partial<Record<Field, LineKind>>)[field];
      if (kind === undefined) return decodeCounts(docs.fields[f]![d]!);
      const counts = new Map<number, number>();
      docs.lineKind[d]!.forEach((k, l) => {
        if (k === kind) for (const id of deltaDecode(docs.lineTerms[d]![l]!)) counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      return counts;
    }),
  );
}

/** Where the site shows an entry. */
export function entryUrl(type: DocType, id: string): string {
  return `/${type}s/${id}/`;
}

function checkStored(data: unknown): StoredIndex {
  if (typeof data !== 'object' || data === null || !('version' in data)) {
    throw new Error('fixpath index: this is not a fixpath search index (no "version"); rebuild it with "fixpath index"');
  }
  const { version } = data as { version: unknown };
  if (version !== INDEX_VERSION) {
    throw new Error(
      `fixpath index: unsupported index version ${JSON.stringify(version)} (this fixpath reads version ${INDEX_VERSION}); rebuild it with "fixpath index"`,
    );
  }
  const stored = data as StoredIndex;
  if (stored.fields.join() !== FIELDS.join()) {
    throw new Error(`fixpath index: unexpected fields [${stored.fields.join(', ')}]; rebuild it with "fixpath index"`);
  }
  return stored;
}

/** A stored index (object or JSON text) → a searchable index. Throws on an unknown version. */
export function loadIndex(data: StoredIndex | string | unknown): SearchIndex {
  const stored = checkStored(typeof data === 'string' ? JSON.parse(data) : data);
  const { docs: columns } = stored;
  const n = columns.id.length;
  const perTerm = termSaturations(fieldCounts(stored), stored.terms.length);
  const idf = new Float64Array(stored.terms.length);
  const postings: Int32Array[] = [];
  const impacts: Float64Array[] = [];
  perTerm.forEach(({ docs, saturations }, t) => {
    idf[t] = idfOf(n, docs.length);
    postings.push(Int32Array.from(docs));
    impacts.push(Float64Array.from(saturations, (saturation) => impactOf(idf[t]!, saturation)));
  });

  const related = (list: readonly number[]): RelatedEntry[] => {
    const entries: RelatedEntry[] = [];
    for (let i = 0; i < list.length; i += 2) entries.push({ id: columns.id[list[i]!]!, score: list[i + 1]! / 1000 });
    return entries;
  };
  const docs: IndexDoc[] = columns.id.map((id, d) => {
    const type = columns.type[d]!;
    // Empty while buildIndex loads its own index to compute them.
    const [similar = [], incidents = [], runbooks = []] = columns.related[d] ?? [];
    return {
      id,
      type,
      title: columns.title[d]!,
      url: entryUrl(type, id),
      facets: columns.facets[d]!,
      lines: columns.lineText[d]!.map((text, at) => {
        const terms = [...new Set(deltaDecode(columns.lineTerms[d]![at]!))];
        const norm = normOf(storedNorm(terms.map((t) => idf[t]!)));
        return { at, text, symptom: columns.lineKind[d]![at] === LINE_FIELDS.symptoms, terms, norm };
      }),
      recommendations: columns.recommendations[d]!,
      related: {
        similar: related(similar),
        incidents: related(incidents),
        runbooks: related(runbooks),
      },
    };
  });

  return {
    version: INDEX_VERSION,
    terms: stored.terms,
    termIds: new Map(stored.terms.map((t, i) => [t, i])),
    docs,
    runbooks: columns.type.filter((type) => type === 'runbook').length,
    postings,
    impacts,
    idf,
    maxIdf: idfOf(n, 0),
    synonyms: stored.synonyms,
    concepts: stored.concepts ?? [],
  };
}
