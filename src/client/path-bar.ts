/**
 * The path bar on an entry page opened from a learning path (`?path=<id>&step=<n>`): which path
 * and which step this is, the previous and next steps, and a box to mark this step done. Without
 * the query, or with one that does not fit this page, the bar stays hidden and the page is plain.
 */
import { parsePathQuery, pathPosition, type PathNav } from '../lib/paths/navigation.ts';
import { fill, loadProgress, saveTick } from './progress.ts';
import { routes } from './routes.ts';

const query = parsePathQuery(location.search);
// An entry page carries the bar at its top and at its bottom: both show, their boxes stay in step.
const bars = [...document.querySelectorAll<HTMLElement>('[data-path-bar]')];
const boxes: HTMLInputElement[] = [];

for (const bar of bars) {
  if (!query) break;
  let paths: PathNav[] = [];
  try {
    paths = JSON.parse(bar.querySelector('script[type="application/json"]')?.textContent ?? '[]') as PathNav[];
  } catch {
    paths = []; // the page's own data: only a broken build gets here, and then the page stays plain
  }
  const position = pathPosition(paths, query.pathId, query.step, bar.dataset.entry ?? '');
  if (position) {
    const { path, index, previous, next } = position;
    const keys = path.steps.map((s) => s.entry);
    const link = (selector: string, step: typeof next) => {
      const a = bar.querySelector<HTMLAnchorElement>(selector);
      if (!a) return;
      if (step?.href) {
        a.href = step.href;
        a.querySelector('[data-title]')!.textContent = step.title;
        a.hidden = false;
      } else a.hidden = true;
    };
    const title = bar.querySelector<HTMLAnchorElement>('[data-path-title]')!;
    title.href = routes.path(path.id);
    title.textContent = path.title;
    const where = bar.querySelector<HTMLElement>('[data-step-of]')!;
    where.textContent = fill(where.dataset.template ?? '', { n: index + 1, total: path.steps.length });
    link('[data-previous]', previous);
    link('[data-next]', next);
    const box = bar.querySelector<HTMLInputElement>('input[data-step-done]')!;
    box.checked = loadProgress('progress', path.id, keys).done.includes(keys[index]!);
    boxes.push(box);
    box.addEventListener('change', () => {
      saveTick('progress', path.id, keys[index]!, box.checked, keys);
      for (const other of boxes) other.checked = box.checked;
    });
    bar.hidden = false;
  }
}
