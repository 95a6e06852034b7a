/**
 * A generated runbook as the HTML page pagefind indexes: the same text fixpath indexes (title,
 * summary, symptoms, alerts, causes, solutions and their steps, tags, body), with the title as
 * pagefind's `title` meta, in the page's language. The body is plain sentences with inline code,
 * so escaping the text and wrapping each paragraph is the whole rendering.
 */
import type { RunbookEntry } from '../src/lib/content/model.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;

export function runbookHtml({ data, body }: RunbookEntry): string {
  const sections = [
    `<h1 data-pagefind-meta="title">${escape(data.title)}</h1>`,
    data.summary ? `<p>${escape(data.summary)}</p>` : '',
    `<h2>Symptoms</h2>${list([...data.symptoms, ...data.alerts.map((a) => a.name)])}`,
    `<h2>Causes</h2>${data.causes.map((c) => `<h3>${escape(c.title)}</h3><p>${escape(c.detail ?? '')}</p>`).join('')}`,
    `<h2>Solutions</h2>${data.solutions.map((s) => `<h3>${escape(s.title)}</h3>${list(s.steps ?? [])}`).join('')}`,
    `<p>${[...data.tags, ...data.services, ...data.category.split('/')].map(escape).join(' ')}</p>`,
    ...body.split('\n\n').map((paragraph) => `<p>${escape(paragraph)}</p>`),
  ];
  return `<!doctype html><html lang="${data.lang ?? 'en'}"><head><meta charset="utf-8"><title>${escape(data.title)}</title></head><body><main data-pagefind-body>${sections.join('\n')}</main></body></html>\n`;
}
