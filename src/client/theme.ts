/**
 * The theme toggle. Without a stored choice the page follows `prefers-color-scheme` (CSS alone);
 * a click flips the theme the reader currently sees and remembers it when storage allows.
 */
const KEY = 'fixpath-theme';
const root = document.documentElement;

function currentTheme(): 'light' | 'dark' {
  const chosen = root.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    button.setAttribute('aria-pressed', String(next === 'dark'));
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage refused: the choice lasts for this page only.
    }
  });
}
