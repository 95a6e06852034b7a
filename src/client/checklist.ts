/**
 * Practice checklists in entry bodies: a box per list item, ticks kept in the browser under the
 * entry id (from the page address) and the checklist id. An item is known by its text, so
 * reordering the list keeps the ticks; rewording an item forgets its tick.
 */
import { slugify } from '../lib/text/slug.ts';
import { loadProgress, resetProgress, saveTick } from './progress.ts';

const entryId = location.pathname.split('/').filter(Boolean).pop() ?? '';

for (const section of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const id = `${entryId}:${section.dataset.checklist ?? ''}`;
  const items = [...section.querySelectorAll<HTMLLIElement>(':scope > ul > li, :scope > ol > li')];
  const keys = items.map((li) => slugify(li.textContent ?? ''));
  const boxes: HTMLInputElement[] = [];
  const show = (done: readonly string[]) => {
    const ticked = new Set(done);
    boxes.forEach((box, i) => {
      box.checked = ticked.has(keys[i]!);
      items[i]!.classList.toggle('is-done', box.checked);
    });
  };

  items.forEach((li, i) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.addEventListener('change', () => show(saveTick('checklist', id, keys[i]!, box.checked, keys).done));
    label.append(box, ...li.childNodes);
    li.append(label);
    boxes.push(box);
  });
  section.classList.add('is-interactive');
  const reset = section.querySelector<HTMLButtonElement>('[data-checklist-reset]');
  if (reset) {
    reset.hidden = false;
    reset.addEventListener('click', () => show(resetProgress('checklist', id).done));
  }
  show(loadProgress('checklist', id, keys).done);
}
