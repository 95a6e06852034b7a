/** Incident lists that hold drills or near misses: a menu that shows one kind at a time. */
for (const list of document.querySelectorAll<HTMLElement>('[data-incident-list]')) {
  const select = list.querySelector<HTMLSelectElement>('[data-kind-filter]');
  if (!select) continue;
  list.querySelector<HTMLElement>('[data-kind-filter-label]')!.hidden = false;
  select.addEventListener('change', () => {
    for (const item of list.querySelectorAll<HTMLElement>('li[data-kind]')) item.hidden = !!select.value && item.dataset.kind !== select.value;
  });
}
