/** The /alerts/ catalogue's filter box and service menu: hide the rows that do not match. */
import { alertMatches } from '../lib/runbooks/alerts.ts';

const root = document.querySelector<HTMLElement>('[data-alert-catalogue]');
if (root) {
  const input = root.querySelector<HTMLInputElement>('[data-alert-filter]')!;
  const select = root.querySelector<HTMLSelectElement>('[data-alert-service]')!;
  const rows = [...root.querySelectorAll<HTMLElement>('[data-alert-row]')];
  const none = root.querySelector<HTMLElement>('[data-alert-none]')!;
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const match = alertMatches({ text: row.dataset.text ?? '', services: JSON.parse(row.dataset.services ?? '[]') as string[] }, input.value, select.value);
      row.hidden = !match;
      if (match) shown += 1;
    }
    none.hidden = shown > 0;
  };
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
  root.querySelector<HTMLElement>('[data-alert-controls]')!.hidden = false;
}
