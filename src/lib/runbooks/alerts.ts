/**
 * Alert names → the runbook that handles them. Each alert gets the stable address
 * `/alerts/<name>/` so a monitoring rule's `runbook_url` survives a runbook being renamed or moved.
 */
import type { KnowledgeBase, RunbookEntry } from '../content/model.ts';

export interface AlertRoute {
  name: string;
  runbook: RunbookEntry;
}

/** Every alert name with its runbook, sorted by name; the validator keeps names unique. */
export function alertRoutes(kb: KnowledgeBase): AlertRoute[] {
  return kb.runbooks
    .flatMap((runbook) => runbook.data.alerts.map((name) => ({ name, runbook })))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
