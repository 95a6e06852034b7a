/**
 * Warnings about how incidents connect to the rest of the knowledge base: a detection that names
 * an alert no runbook defines (the alert catalogue and `/alerts/<name>/` do not know it), and two
 * incidents of one runbook within 30 days that are not linked as a recurrence (the recurrence rate
 * would miss it). Drills are rehearsals, not occurrences: they never count as a recurrence.
 */
import type { IncidentEntry, KnowledgeBase, Problem } from './model.ts';
import { problemAt, type ContentLocator } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { localDate, toInstant } from '../time/datetime.ts';

/** Two incidents of one runbook closer than this are probably the same problem coming back. */
export const RECURRENCE_WINDOW_DAYS = 30;
const DAY = 86_400_000;

export function incidentWarnings(kb: KnowledgeBase, locate: ContentLocator): Problem[] {
  return [...unknownDetectionAlerts(kb, locate), ...unlinkedRecurrences(kb, locate)];
}

function unknownDetectionAlerts(kb: KnowledgeBase, locate: ContentLocator): Problem[] {
  const catalogue = new Set(kb.runbooks.flatMap((r) => r.data.alerts.map((a) => a.name)));
  return kb.incidents.flatMap(({ file, data }) => {
    const name = data.detection?.alert;
    if (name === undefined || catalogue.has(name)) return [];
    const hint = didYouMean(name, catalogue) || `; add it to the "alerts" of the runbook that handles it, so /alerts/${name}/ leads there`;
    return [problemAt(locate, file, ['detection', 'alert'], `no runbook defines alert "${name}"${hint}`, 'warning')];
  });
}

/**
 * Incidents joined by `recurrence_of`, in either direction and through chains: a third occurrence
 * that names the second is linked to the first as well.
 */
function recurrenceGroups(incidents: readonly IncidentEntry[]): Map<string, string> {
  const parent = new Map(incidents.map((i) => [i.id, i.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const { id, data } of incidents) {
    for (const ref of data.recurrence_of) if (parent.has(ref)) parent.set(find(ref), find(id));
  }
  return new Map(incidents.map((i) => [i.id, find(i.id)]));
}

function unlinkedRecurrences(kb: KnowledgeBase, locate: ContentLocator): Problem[] {
  const timeZone = kb.config.timezone;
  const dated = kb.incidents
    .filter((i) => i.data.kind !== 'drill')
    .flatMap((incident) => {
      const started = toInstant(incident.data.started, timeZone);
      return started === undefined ? [] : [{ incident, started }];
    })
    .sort((a, b) => a.started - b.started);
  const group = recurrenceGroups(kb.incidents);
  const problems: Problem[] = [];
  dated.forEach(({ incident: later, started }, j) => {
    // One warning per incident: the closest earlier one is the likeliest first occurrence.
    for (let k = j - 1; k >= 0; k--) {
      const { incident: earlier, started: before } = dated[k]!;
      if (started - before > RECURRENCE_WINDOW_DAYS * DAY) break;
      if (group.get(earlier.id) === group.get(later.id)) continue;
      const shared = later.data.runbooks.findIndex((r) => earlier.data.runbooks.includes(r));
      if (shared < 0) continue;
      const message =
        `incident "${earlier.id}" (${localDate(before, timeZone)}) also used runbook "${later.data.runbooks[shared]}" within ${RECURRENCE_WINDOW_DAYS} days; ` +
        `if this is the same problem again, add recurrence_of: [${earlier.id}]`;
      problems.push(problemAt(locate, later.file, ['runbooks', shared], message, 'warning'));
      return;
    }
  });
  return problems;
}
