/**
 * The benchmark's documents as pagefind sees them: each generated runbook as the HTML page the
 * site would render (title, symptoms, summary, causes, solutions, body), indexed with pagefind's
 * Node API the way astro.config.mjs does (one index, forceLanguage 'ja').
 */
import * as pagefind from 'pagefind';
import type { KnowledgeBase } from '../src/lib/content/model.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;

/** Write a pagefind index of the knowledge base's runbooks into `outputPath`; returns its files' paths and sizes. */
export async function buildPagefind(kb: KnowledgeBase, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const r of kb.runbooks) {
    const d = r.data;
    const html = `<!doctype html><html lang="${d.lang ?? 'ja'}"><head><title>${escape(d.title)}</title></head><body><main data-pagefind-body>
<h1>${escape(d.title)}</h1>${list(d.symptoms)}${list(d.alerts)}<p>${escape(d.summary ?? '')}</p>
${list(d.causes.map((c) => c.title))}${list(d.solutions.map((s) => s.title))}${r.body.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('')}
</main></body></html>`;
    const added = await index.addHTMLFile({ url: `/runbooks/${r.id}/`, content: html });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}
