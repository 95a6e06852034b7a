/**
 * The site's two Atom feeds as data: incidents newest first (a subscriber learns of each new
 * post-mortem) and runbooks by their `reviewed` date (a subscriber learns a procedure changed).
 * A runbook without `reviewed` has no change date the content can vouch for, so it is left out.
 */
import type { KnowledgeBase } from '../content/model.ts';
import type { Lang } from '../content/schema.ts';
import { t } from '../i18n/t.ts';
import { recentIncidents } from '../incidents/recent.ts';
import { toInstant } from '../time/datetime.ts';
import type { AtomFeed } from './atom.ts';
import { absoluteUrl } from './deploy.ts';
import { describe, incidentDescription } from './description.ts';

/** The page addresses the feeds link to (the route table's, base included). */
export interface FeedRoutes {
  home(): string;
  runbook(id: string): string;
  incident(id: string): string;
}

/** Where the feeds live, under the base: `feeds/incidents.xml`, `feeds/runbooks.xml`. */
export const FEEDS = { incidents: 'feeds/incidents.xml', runbooks: 'feeds/runbooks.xml' } as const;
export type FeedName = keyof typeof FEEDS;

/** A feed's title, as readers list it: `<site title>: New incidents`. */
export function feedTitle(name: FeedName, siteTitle: string, lang: Lang): string {
  return `${siteTitle}: ${t(lang, name === 'incidents' ? 'feed.incidents' : 'feed.runbooks')}`;
}

const iso = (instant: number | undefined) => (instant === undefined ? undefined : new Date(instant).toISOString());

/** One feed of the knowledge base, every address absolute under `site`. */
export function buildFeed(name: FeedName, kb: KnowledgeBase, site: string, routes: FeedRoutes): AtomFeed {
  const { lang, timezone, title } = kb.config;
  const at = (path: string) => absoluteUrl(site, path);
  const frame = {
    url: at(`${routes.home()}${FEEDS[name]}`),
    home: at(routes.home()),
    title: feedTitle(name, title, lang),
    lang,
  };
  if (name === 'incidents') {
    return {
      ...frame,
      entries: recentIncidents(kb.incidents, timezone).map(({ id, data }) => {
        const published = iso(toInstant(data.started, timezone));
        return {
          url: at(routes.incident(id)),
          title: data.title,
          published,
          updated: iso(toInstant(data.resolved, timezone)) ?? published ?? new Date(0).toISOString(),
          summary: incidentDescription(data),
        };
      }),
    };
  }
  const reviewed = kb.runbooks
    .flatMap(({ id, data }) => {
      const instant = data.reviewed ? toInstant(`${data.reviewed}T00:00:00`, timezone) : undefined;
      return instant === undefined ? [] : [{ id, data, instant }];
    })
    .sort((a, b) => b.instant - a.instant || a.id.localeCompare(b.id));
  return {
    ...frame,
    entries: reviewed.map(({ id, data, instant }) => ({
      url: at(routes.runbook(id)),
      title: data.title,
      updated: new Date(instant).toISOString(),
      summary: describe(data.summary),
    })),
  };
}
