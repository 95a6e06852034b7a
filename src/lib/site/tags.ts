/** Tags across runbooks and incidents, for the tag pages and tag links. */
import type { IncidentEntry, KnowledgeBase, RunbookEntry } from '../content/model.ts';
import { slugify } from '../text/slug.ts';

export interface TagIndex {
  /** The URL key (`/tags/<slug>/`). */
  slug: string;
  /** The spelling first met, for display. */
  label: string;
  runbooks: RunbookEntry[];
  incidents: IncidentEntry[];
}

/** Every tag, keyed by its slug so `MySQL` and `mysql` are one tag, sorted by label. */
export function collectTags(kb: Pick<KnowledgeBase, 'runbooks' | 'incidents'>): TagIndex[] {
  const tags = new Map<string, TagIndex>();
  const tagOf = (label: string) => {
    const slug = slugify(label);
    let tag = tags.get(slug);
    if (!tag) tags.set(slug, (tag = { slug, label, runbooks: [], incidents: [] }));
    return tag;
  };
  for (const runbook of kb.runbooks) for (const label of new Set(runbook.data.tags)) tagOf(label).runbooks.push(runbook);
  for (const incident of kb.incidents) for (const label of new Set(incident.data.tags)) tagOf(label).incidents.push(incident);
  return [...tags.values()].filter((t) => t.slug).sort((a, b) => a.label.localeCompare(b.label));
}
