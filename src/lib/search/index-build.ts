/**
 * KnowledgeBase → StoredIndex: every runbook and incident as a document of weighted fields, its
 * short texts (symptoms, alerts, titles) as lines for `matched`, the glossary and the lexicon as
 * synonym groups and symptom concepts (expansion-groups.ts),
 * recommendations and related entries precomputed. Pure and deterministic: the same content gives
 * the same index, byte for byte once serialised.
 */
import type { IncidentEntry, KnowledgeBase, RunbookEntry } from '../content/model.ts';
import { recommendSolutions } from '../recommend/recommend.ts';
import { alertSearchLines } from '../runbooks/alerts.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { bodyText } from './body-text.ts';
import { expansionGroups } from './expansion-groups.ts';
import { computeRelated } from './related.ts';
import { loadIndex } from './serialize.ts';
import {
  FIELDS,
  INDEX_VERSION,
  LINE_FIELDS,
  type DocFacets,
  type DocType,
  type Field,
  type LineKind,
  type Recommendation,
  type Related,
  type StoredDocs,
  type StoredIndex,
} from './types.ts';

/** What one entry contributes, before terms become ids. */
interface DocSource {
  id: string;
  type: DocType;
  title: string;
  facets: DocFacets;
  /** Texts of the fields whose counts are stored (the others are counted from the lines). */
  texts: Record<Exclude<Field, keyof typeof LINE_FIELDS>, string[]>;
  lines: { text: string; kind: LineKind }[];
  recommendations: Recommendation[];
}

const OTHER_LINE: LineKind = 0;
/** The fields whose counts the stored index holds, in FIELDS order. */
const TEXT_FIELDS = FIELDS.filter((f): f is keyof DocSource['texts'] => !(f in LINE_FIELDS));

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());

/**
 * @param evidence the titles and symptoms of the incidents that name this runbook: people describe
 *   a problem the way past incidents did, so those words count for the runbook, in its causes
 *   field (weight 1; in the body, at 0.4, they changed no ranking of either evaluation set).
 */
function runbookSource(entry: RunbookEntry, recommendations: Recommendation[], siteLang: string, evidence: string[]): DocSource {
  const d = entry.data;
  return {
    id: entry.id,
    type: 'runbook',
    title: d.title,
    facets: { category: d.category, severity: d.severity, services: d.services, lang: d.lang ?? siteLang },
    texts: {
      summary: asList(d.summary),
      causes: [...d.causes.flatMap((c) => [c.title, ...asList(c.detail)]), ...evidence],
      solutions: d.solutions.flatMap((s) => [s.title, ...asList(s.steps)]),
      tags: [...d.tags, ...d.services, ...d.category.split('/')],
      // Diagnosis checks are the structured form of the body's diagnosis prose: searched as such.
      body: [bodyText(entry.body), ...d.escalation, ...d.checks.flatMap((c) => [c.title, ...asList(c.run), ...asList(c.abnormal)])],
    },
    lines: [
      ...d.symptoms.map((text) => ({ text, kind: LINE_FIELDS.symptoms })),
      ...d.alerts.flatMap(alertSearchLines).map((text) => ({ text, kind: LINE_FIELDS.symptoms })),
      { text: d.title, kind: LINE_FIELDS.title },
      ...d.causes.map((c) => ({ text: c.title, kind: OTHER_LINE })),
      ...d.solutions.map((s) => ({ text: s.title, kind: OTHER_LINE })),
    ],
    recommendations,
  };
}

function incidentSource(
  entry: IncidentEntry,
  byRunbook: Map<string, Recommendation[]>,
  categoryOf: Map<string, string>,
  siteLang: string,
): DocSource {
  const d = entry.data;
  const rootCause = d.root_cause ?? {};
  const category = d.runbooks.map((id) => categoryOf.get(id)).find((c) => c !== undefined);
  return {
    id: entry.id,
    type: 'incident',
    title: d.title,
    facets: { category, severity: d.severity, services: d.services, lang: d.lang ?? siteLang },
    texts: {
      summary: [...asList(rootCause.technical), ...asList(rootCause.process), ...asList(rootCause.organizational)],
      causes: [],
      solutions: d.attempts.flatMap((a) => asList(a.note)),
      tags: [...d.tags, ...d.services],
      body: [bodyText(entry.body), ...d.timeline.map((e) => e.event), ...d.action_items.map((a) => a.title)],
    },
    lines: [...d.symptoms.map((text) => ({ text, kind: LINE_FIELDS.symptoms })), { text: d.title, kind: LINE_FIELDS.title }],
    // The solutions of the runbooks it names, best first across them.
    recommendations: d.runbooks
      .flatMap((id) => byRunbook.get(id) ?? [])
      .sort((a, b) => b.score - a.score),
  };
}

function countTerms(texts: string[], tokensOf: (text: string) => Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const { term } of tokensOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** tokenize, once per distinct text: a cause or solution title is both a field text and a line. */
function memoTokenize(): (text: string) => Token[] {
  const seen = new Map<string, Token[]>();
  return (text) => {
    let tokens = seen.get(text);
    if (!tokens) seen.set(text, (tokens = tokenize(text)));
    return tokens;
  };
}

/** Ascending ids as gaps from the previous one: small numbers that JSON and gzip keep short. */
export function deltaEncode(ids: number[]): number[] {
  return ids.map((id, i) => (i ? id - ids[i - 1]! : id));
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Build the stored index of a knowledge base (recommendations and related entries included). */
export function buildIndex(kb: KnowledgeBase): StoredIndex {
  const recommendations = recommendSolutions(kb);
  const siteLang = kb.config.lang;
  const categoryOf = new Map(kb.runbooks.map((r) => [r.id, r.data.category]));
  const evidence = new Map<string, string[]>();
  for (const incident of kb.incidents)
    for (const id of incident.data.runbooks) evidence.set(id, [...(evidence.get(id) ?? []), incident.data.title, ...incident.data.symptoms]);
  const sources = [
    ...[...kb.runbooks]
      .sort((a, b) => byCodeUnit(a.id, b.id))
      .map((r) => runbookSource(r, recommendations.get(r.id) ?? [], siteLang, evidence.get(r.id) ?? [])),
    ...[...kb.incidents]
      .sort((a, b) => byCodeUnit(a.id, b.id))
      .map((i) => incidentSource(i, recommendations, categoryOf, siteLang)),
  ];

  const tokensOf = memoTokenize();
  const fieldCounts = sources.map((s) => TEXT_FIELDS.map((f) => countTerms(s.texts[f], tokensOf)));
  const lineTokens = sources.map((s) => s.lines.map((l) => tokensOf(l.text).map((t) => t.term)));
  const vocabulary = new Set<string>();
  for (const fields of fieldCounts) for (const counts of fields) for (const term of counts.keys()) vocabulary.add(term);
  for (const lines of lineTokens) for (const terms of lines) for (const term of terms) vocabulary.add(term);
  const terms = [...vocabulary].sort(byCodeUnit);
  const ids = new Map(terms.map((t, i) => [t, i]));
  const encodeCounts = (counts: Map<string, number>) => {
    const sorted = [...counts].map(([t, n]) => [ids.get(t)!, n] as const).sort((a, b) => a[0] - b[0]);
    return sorted.flatMap(([id, n], i) => [i ? id - sorted[i - 1]![0] : id, n]);
  };

  const docs: StoredDocs = {
    id: sources.map((s) => s.id),
    type: sources.map((s) => s.type),
    title: sources.map((s) => s.title),
    facets: sources.map((s) => s.facets),
    fields: FIELDS.map((f) => {
      const stored = TEXT_FIELDS.indexOf(f as (typeof TEXT_FIELDS)[number]);
      return fieldCounts.map((counts) => (stored < 0 ? [] : encodeCounts(counts[stored]!)));
    }),
    lineText: sources.map((s) => s.lines.map((l) => l.text)),
    lineKind: sources.map((s) => s.lines.map((l) => l.kind)),
    lineTerms: lineTokens.map((lines) => lines.map((line) => deltaEncode(line.map((t) => ids.get(t)!).sort((a, b) => a - b)))),
    recommendations: sources.map((s) => s.recommendations),
    related: [],
  };

  const { synonyms, concepts } = expansionGroups(kb.glossary, vocabulary);

  const stored: StoredIndex = { version: INDEX_VERSION, fields: FIELDS, terms, synonyms, concepts, docs };
  const named = new Map(kb.incidents.map((i) => [i.id, i.data.runbooks]));
  const position = new Map(sources.map((s, d) => [`${s.type}:${s.id}`, d]));
  const positions = (type: DocType, list: Related[keyof Related]) =>
    list.flatMap(({ id, score }) => [position.get(`${type}:${id}`)!, Math.round(score * 1000)]);
  docs.related = computeRelated(stored, loadIndex(stored), named).map((r) => [
    positions('runbook', r.similar),
    positions('incident', r.incidents),
    positions('runbook', r.runbooks),
  ]);
  return stored;
}
