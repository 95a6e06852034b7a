/**
 * The home page's "continue where you left off": every path with ticked steps, most recently
 * ticked first, with its count and the first step not done yet.
 */
import type { PathNav } from '../lib/paths/navigation.ts';
import { countDone, firstUndone } from '../lib/paths/progress.ts';
import { fill, loadProgress } from './progress.ts';
import { routes } from './routes.ts';

const section = document.querySelector<HTMLElement>('[data-continue]');
const body = section?.querySelector<HTMLTemplateElement>('template[data-continue-body]');
const item = section?.querySelector<HTMLTemplateElement>('template[data-continue-item]');
const templates = section?.querySelector<HTMLElement>('[data-template-progress]')?.dataset;

if (section && body && item && templates) {
  const paths = JSON.parse(section.querySelector('script[type="application/json"]')?.textContent ?? '[]') as PathNav[];
  const started = paths
    .map((path) => {
      const keys = path.steps.map((s) => s.entry);
      return { path, keys, progress: loadProgress('progress', path.id, keys) };
    })
    .filter(({ progress }) => progress.done.length > 0)
    .sort((a, b) => b.progress.updated - a.progress.updated);

  const content = body.content.cloneNode(true) as DocumentFragment;
  const list = content.querySelector<HTMLElement>('[data-continue-list]')!;
  for (const { path, keys, progress } of started) {
    const li = (item.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    li.dataset.path = path.id;
    li.querySelector<HTMLAnchorElement>('[data-path-link]')!.href = routes.path(path.id);
    li.querySelector('[data-path-title]')!.textContent = path.title;
    li.querySelector('[data-progress-summary]')!.textContent = fill(templates.templateProgress ?? '', {
      done: countDone(progress, keys),
      total: keys.length,
    });
    const next = firstUndone(progress, keys);
    const nextLink = li.querySelector<HTMLAnchorElement>('[data-next-link]')!;
    const step = next === undefined ? undefined : path.steps[next];
    if (step?.href) {
      nextLink.href = step.href;
      nextLink.textContent = fill(templates.templateNext ?? '', { title: step.title });
    } else {
      nextLink.remove();
      if (next === undefined) li.querySelector<HTMLElement>('[data-complete]')!.hidden = false;
    }
    list.append(li);
  }
  if (started.length) {
    section.append(content);
    section.hidden = false;
  }
}
