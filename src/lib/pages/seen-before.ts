/**
 * "Seen before": how many incidents needed a runbook, and the latest one's date, severity and time
 * to resolve. The runbook page and every search result show it, so a reader knows at once whether
 * this is a familiar problem and how long it took last time.
 */
import type { KnowledgeBase } from '../content/model.ts';
import type { Lang, Severity } from '../content/schema.ts';
import { formatDate, formatMinutes } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import { incidentFacts } from '../stats/facts.ts';
import { occurrences } from '../stats/kinds.ts';
import { localDate } from '../time/datetime.ts';

export interface SeenBefore {
  /** Incidents that used the runbook. */
  count: number;
  last: {
    id: string;
    title: string;
    /** Local date (site timezone) it started. */
    date: string;
    severity: Severity;
    /** Started to resolved, in minutes. */
    minutes: number;
  };
}

const memo = new WeakMap<KnowledgeBase, Map<string, SeenBefore>>();

/**
 * Every runbook's "seen before" at once (one pass over the incidents, memoised per knowledge base:
 * every runbook page and the search page ask). A runbook no incident used has no entry.
 */
export function seenBeforeAll(kb: KnowledgeBase): ReadonlyMap<string, SeenBefore> {
  const known = memo.get(kb);
  if (known) return known;
  const result = new Map<string, SeenBefore>();
  memo.set(kb, result);
  // Oldest first: each later incident replaces `last`.
  // A drill is staged: the problem did not happen (src/lib/stats/kinds.ts).
  for (const facts of occurrences(incidentFacts(kb))) {
    for (const id of facts.runbooks) {
      const count = (result.get(id)?.count ?? 0) + 1;
      result.set(id, {
        count,
        last: {
          id: facts.incident.id,
          title: facts.incident.data.title,
          date: localDate(facts.metrics.started, kb.config.timezone),
          severity: facts.severity,
          minutes: facts.metrics.durationMinutes,
        },
      });
    }
  }
  return result;
}

/** "5 incidents, last on 2026-05-08 (High), resolved in 1 h 20 min" in the site's language. */
export function describeSeen(seen: SeenBefore, lang: Lang): string {
  return t(lang, 'seen.text', {
    count: seen.count,
    date: formatDate(seen.last.date, lang),
    severity: t(lang, `severity.${seen.last.severity}`),
    duration: formatMinutes(seen.last.minutes, lang),
  });
}
