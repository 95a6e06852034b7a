/**
 * `/` focuses the search box from any page (the search page's own box, else the header's), unless
 * the reader is typing somewhere: then `/` is just a character.
 */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  const target = event.target as Element | null;
  if (target?.closest?.(TYPING)) return;
  const box = document.querySelector<HTMLElement>('[data-search-input], form[role="search"] input[type="search"]');
  if (!box) return;
  event.preventDefault();
  box.focus();
});
