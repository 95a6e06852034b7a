/**
 * "Write a runbook for this" on an empty search. The link (GitHub's new-file editor with a runbook
 * skeleton) is made at build time by repo-links.ts with QUERY_SENTINEL standing for the query;
 * the page puts the real query in, which keeps YAML and the skeleton code out of the browser.
 */
import { idFromText } from '../text/slug.ts';

/** A plain YAML scalar and a valid id, so it appears verbatim in the file name and the text. */
export const QUERY_SENTINEL = 'fixpathquerysentinel';

/** The template URL with the query as title, first symptom and (slugged) file name. */
export function fillRunbookUrl(template: string, query: string): string {
  const symptom = query.trim().replace(/\s+/g, ' ');
  const url = new URL(template);
  const filename = url.searchParams.get('filename') ?? '';
  const value = url.searchParams.get('value') ?? '';
  url.searchParams.set('filename', filename.replace(QUERY_SENTINEL, idFromText(symptom) || 'new-runbook'));
  // JSON's double-quoted string is a valid YAML double-quoted scalar: any query stays one value.
  url.searchParams.set('value', value.split(QUERY_SENTINEL).join(JSON.stringify(symptom)));
  return url.toString();
}
