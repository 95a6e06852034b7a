/**
 * The path page's progress: a "done" box per step, the "2 of 7 done" line and a reset button.
 * They are rendered hidden and shown here, so a reader without scripts sees the plain path.
 */
import { countDone } from '../lib/paths/progress.ts';
import { fill, loadProgress, resetProgress, saveTick } from './progress.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-path-progress]')) {
  const pathId = root.dataset.pathId ?? '';
  const steps = JSON.parse(root.dataset.steps ?? '[]') as string[];
  const summary = root.querySelector<HTMLElement>('[data-progress-summary]');
  const reset = root.querySelector<HTMLButtonElement>('[data-progress-reset]');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-step-done]')];

  const show = (done: readonly string[]) => {
    const ticked = new Set(done);
    for (const box of boxes) {
      box.checked = ticked.has(box.dataset.stepDone ?? '');
      box.closest('li')?.classList.toggle('is-done', box.checked);
    }
    if (summary) {
      const count = countDone({ done: [...ticked], updated: 0 }, steps);
      summary.textContent = fill(summary.dataset.template ?? '', { done: count, total: steps.length });
      summary.dataset.done = String(count);
    }
  };

  for (const box of boxes) {
    box.closest('label')?.removeAttribute('hidden');
    box.addEventListener('change', () => show(saveTick('progress', pathId, box.dataset.stepDone ?? '', box.checked, steps).done));
  }
  reset?.addEventListener('click', () => show(resetProgress('progress', pathId).done));
  if (summary) summary.hidden = false;
  if (reset) reset.hidden = false;
  show(loadProgress('progress', pathId, steps).done);
}
