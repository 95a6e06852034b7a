/**
 * Alert names → the runbook that handles them. Each alert gets the stable address
 * `/alerts/<name>/` so a monitoring rule's `runbook_url` survives a runbook being renamed or moved.
 */
import type { KnowledgeBase, RunbookEntry } from '../content/model.ts';
import type { Alert } from '../content/schema.ts';

export interface AlertRoute {
  name: string;
  alert: Alert;
  runbook: RunbookEntry;
}

/** Every alert with its runbook, sorted by name; the validator keeps names unique. */
export function alertRoutes(kb: Pick<KnowledgeBase, 'runbooks'>): AlertRoute[] {
  return kb.runbooks
    .flatMap((runbook) => runbook.data.alerts.map((alert) => ({ name: alert.name, alert, runbook })))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * What search reads of an alert, as symptom lines: its name, and what it measures with its
 * thresholds (`DatabaseConnections / max_connections > 80% >= 95%`), so a pasted alert or metric
 * finds its runbook the way a pasted error message does.
 */
export function alertSearchLines(alert: Alert): string[] {
  const measure = [alert.metric, alert.warning, alert.critical].filter((part) => part !== undefined).join(' ');
  return measure ? [alert.name, measure] : [alert.name];
}

/**
 * Whether a catalogue row shows for a filter: every word of `query` (case and width folded) in the
 * alert's name, metric, thresholds or runbook title, and `service` ('' for all) among the runbook's
 * services. The /alerts/ page runs this in the browser on the texts each row carries.
 */
export function alertMatches(row: { text: string; services: readonly string[] }, query: string, service: string): boolean {
  if (service && !row.services.includes(service)) return false;
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const text = fold(row.text);
  return fold(query).split(/\s+/).filter(Boolean).every((word) => text.includes(word));
}

/** The text a catalogue row is filtered on. */
export function alertRowText(route: AlertRoute): string {
  return [...alertSearchLines(route.alert), route.runbook.data.title].join(' ');
}
