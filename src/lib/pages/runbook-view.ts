/**
 * The runbook page as one object: what the page shows and in which order, built from the parsed
 * knowledge base so the Astro page only renders it. The solutions are ranked by their record with
 * the same ranking (src/lib/recommend/recommend.ts) and the same words (evidence.ts) as the search
 * results and `fixpath search --json`; the author's order survives only among solutions with an
 * equal record (all untried ones in particular).
 *
 * Fields are optional where an entry may lack them, so other views (severity deadlines, checks)
 * can be added without touching the ones already here.
 */
import type { KnowledgeBase, RunbookEntry } from '../content/model.ts';
import { runbookById } from '../content/refs.ts';
import type { Routes } from '../routes.ts';
import type { Lang, Outcome, Severity, Solution, SolutionKind } from '../content/schema.ts';
import { describeEvidence, hasWorked } from '../recommend/evidence.ts';
import { countsInRecords, type Recommendation } from '../recommend/recommend.ts';
import { solutionAnchors, type BodyHeading } from '../runbooks/solutions.ts';
import { incidentsUsingRunbook } from '../runbooks/usage.ts';
import { runbookHistory, type HistoryItem } from '../stats/history.ts';
import { localDate, parseDuration } from '../time/datetime.ts';
import { SOLUTION_KINDS } from '../content/vocabulary.ts';
import { seenBeforeAll, type SeenBefore } from './seen-before.ts';
import { tocOf, type TocItem } from './toc.ts';

/** An incident that tried a solution, and how that went. */
export interface SolutionIncident {
  id: string;
  title: string;
  url: string;
  /** Local date (site timezone) the incident started. */
  date: string;
  outcome: Outcome;
}

export interface SolutionView {
  id: string;
  /** The element id of the solution's card (`#<solution-id>` unless a body heading has it). */
  anchor: string;
  /** The body heading that details it, when there is one. */
  detail: string | undefined;
  title: string;
  kind: SolutionKind;
  risk: Solution['risk'];
  /** Minutes, when the author gave a time. */
  minutes: number | undefined;
  causes: { id: string; title: string }[];
  steps: string[];
  /** The record behind the ranking, as the search and the CLI carry it. */
  record: Recommendation;
  /** The record in words: "resolved 4 of 5, last 2026-05-08", "no record yet", "failed 3 of 3, …". */
  evidence: string;
  /** Whether the record shows it helped at least once. */
  proven: boolean;
  /** The incidents that tried it, newest first: the evidence one click away. */
  incidents: SolutionIncident[];
}

export interface SolutionGroupView {
  kind: SolutionKind;
  /** Best record first; the author's order among equals. */
  solutions: SolutionView[];
}

export interface RelatedRunbook {
  id: string;
  title: string;
  url: string;
  summary: string | undefined;
}

export interface RunbookView {
  id: string;
  lang: Lang;
  title: string;
  summary: string | undefined;
  severity: Severity;
  symptoms: string[];
  /**
   * What to do now: the best-ranked first response (mitigation), or the best fix when the runbook
   * has no first response. It stays in its group below as well.
   */
  lead: SolutionView | undefined;
  groups: SolutionGroupView[];
  causes: { id: string; title: string; detail: string | undefined; likelihood: number | undefined }[];
  /** How often and how recently incidents needed this runbook; undefined when none did. */
  seen: SeenBefore | undefined;
  /** Every incident that used it, oldest first, with what resolved it. */
  history: HistoryItem[];
  /** The runbooks the author listed, then the most similar ones the index found, each once. */
  related: RelatedRunbook[];
  escalation: string[];
  toc: TocItem[];
}

export interface RunbookViewInput {
  kb: KnowledgeBase;
  runbook: RunbookEntry;
  routes: Routes;
  /** recommendSolutions(kb): computed once per build, shared by every page. */
  recommendations: ReadonlyMap<string, readonly Recommendation[]>;
  /** The index's precomputed similar runbooks (src/lib/search/related.ts), most similar first. */
  similar: readonly { id: string }[];
  /** Headings of the rendered MDX body. */
  headings: readonly (BodyHeading & { depth: number })[];
  /** Names of the page's own sections, for the table of contents (already in the site's language). */
  sections: Readonly<Record<'symptoms' | 'firstResponse' | 'causes' | 'solutions' | 'seen' | 'related' | 'escalation', string>>;
}

/** Most related runbooks a page lists. */
const RELATED = 6;

export function runbookView(input: RunbookViewInput): RunbookView {
  const { kb, runbook } = input;
  const { lang, timezone } = kb.config;
  const data = runbook.data;
  const anchors = solutionAnchors(data.solutions, input.headings);
  const causeTitle = new Map(data.causes.map((c) => [c.id, c.title]));
  const history = runbookHistory(kb, runbook.id);
  const startedOn = new Map(history.map((h) => [h.id, localDate(h.started, timezone)]));

  // Newest first, so the latest evidence is the first link.
  const tried = new Map<string, SolutionIncident[]>();
  // Only the incidents the record counts (drills only where the config says so): the links are the evidence.
  const newestFirst = [...history]
    .reverse()
    .flatMap((h) => kb.incidents.find((i) => i.id === h.id) ?? [])
    .filter((incident) => countsInRecords(incident, kb.config.success.count_drills));
  for (const use of incidentsUsingRunbook(newestFirst, runbook.id)) {
    for (const attempt of use.attempts) {
      const list = tried.get(attempt.solution) ?? [];
      // One link per incident: the last outcome it recorded for this solution is the one that counts.
      const already = list.find((x) => x.id === use.incident.id);
      if (already) already.outcome = attempt.outcome;
      else
        list.push({
          id: use.incident.id,
          title: use.incident.data.title,
          url: input.routes.incident(use.incident.id),
          date: startedOn.get(use.incident.id) ?? '',
          outcome: attempt.outcome,
        });
      tried.set(attempt.solution, list);
    }
  }

  const byId = new Map(data.solutions.map((s) => [s.id, s]));
  const ranked = (input.recommendations.get(runbook.id) ?? []).flatMap((record) => {
    const id = record.solution.slice(record.solution.indexOf('#') + 1);
    const solution = byId.get(id);
    if (!solution) return [];
    const anchor = anchors.get(id)!;
    const minutes = solution.time === undefined ? undefined : parseDuration(solution.time);
    const view: SolutionView = {
      id,
      anchor: anchor.cardId,
      detail: anchor.detail,
      title: solution.title,
      kind: solution.kind,
      risk: solution.risk,
      minutes,
      causes: [solution.cause ?? []].flat().map((c) => ({ id: c, title: causeTitle.get(c) ?? c })),
      steps: solution.steps ?? [],
      record,
      evidence: describeEvidence(record, lang),
      proven: hasWorked(record),
      incidents: tried.get(id) ?? [],
    };
    return [view];
  });
  const groups = SOLUTION_KINDS.map((kind) => ({ kind, solutions: ranked.filter((s) => s.kind === kind) })).filter(
    (g) => g.solutions.length > 0,
  );
  const lead = (groups.find((g) => g.kind === 'mitigation') ?? groups.find((g) => g.kind === 'fix'))?.solutions[0];

  const runbooks = runbookById(kb);
  const relatedIds = [...new Set([...data.related, ...input.similar.map((s) => s.id)])].filter(
    (id) => id !== runbook.id && runbooks.has(id),
  );
  const related = relatedIds.slice(0, RELATED).map((id) => {
    const other = runbooks.get(id)!;
    return { id, title: other.data.title, url: input.routes.runbook(id), summary: other.data.summary };
  });
  const seen = seenBeforeAll(kb).get(runbook.id);
  const s = input.sections;
  const ownSections = [
    { id: 'symptoms', text: s.symptoms },
    ...(lead ? [{ id: 'first-response', text: s.firstResponse }] : []),
    { id: 'solutions', text: s.solutions },
    ...(data.causes.length ? [{ id: 'causes', text: s.causes }] : []),
  ];
  const after = [
    ...(seen ? [{ id: 'seen-before', text: s.seen }] : []),
    ...(related.length ? [{ id: 'related', text: s.related }] : []),
    ...(data.escalation.length ? [{ id: 'escalation', text: s.escalation }] : []),
  ];

  return {
    id: runbook.id,
    lang,
    title: data.title,
    summary: data.summary,
    severity: data.severity,
    symptoms: data.symptoms,
    lead,
    groups,
    causes: data.causes.map((c) => ({ id: c.id, title: c.title, detail: c.detail, likelihood: c.likelihood })),
    seen,
    history,
    related,
    escalation: data.escalation,
    toc: tocOf(ownSections, input.headings, after),
  };
}
