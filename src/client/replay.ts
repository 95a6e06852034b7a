/**
 * Replay steps on a path page: the reveal opens once a first response is chosen, and the choice is
 * kept with the path's progress (the step then counts as done), so a reader who comes back sees
 * their answer and the reveal again.
 */
import { fill, loadProgress, saveChoice } from './progress.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-replay]')) {
  const step = root.dataset.replay ?? '';
  const pathId = root.dataset.pathId ?? '';
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[data-replay-choice]')];
  const button = root.querySelector<HTMLButtonElement>('[data-replay-reveal]')!;
  const answer = root.querySelector<HTMLElement>('[data-replay-answer]')!;
  const yours = root.querySelector<HTMLElement>('[data-replay-your-choice]')!;
  const steps = JSON.parse(root.closest<HTMLElement>('[data-path-progress]')?.dataset.steps ?? '[]') as string[];

  const reveal = (choice: string) => {
    const radio = radios.find((r) => r.value === choice);
    if (radio) radio.checked = true;
    const title = radio?.dataset.title ?? choice;
    yours.textContent = fill(yours.dataset.template ?? '', { solution: title });
    for (const li of answer.querySelectorAll<HTMLElement>('[data-replay-tried]')) li.classList.toggle('is-chosen', li.dataset.replayTried === choice);
    answer.hidden = false;
  };
  for (const radio of radios) radio.addEventListener('change', () => (button.disabled = false));
  button.addEventListener('click', () => {
    const chosen = radios.find((r) => r.checked);
    if (!chosen) return;
    saveChoice(pathId, step, chosen.value, steps.length ? steps : undefined);
    // The path's "done" box for this step follows the stored progress.
    const box = root.closest('li')?.querySelector<HTMLInputElement>('input[data-step-done]');
    if (box && !box.checked) box.click();
    reveal(chosen.value);
  });
  const stored = loadProgress('progress', pathId, steps.length ? steps : undefined).choices?.[step];
  if (stored) {
    button.disabled = false;
    reveal(stored);
  }
}
