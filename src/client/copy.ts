/**
 * Copy buttons next to symptoms and commands. They are rendered hidden and shown only where the
 * Clipboard API exists, so a reader without it never sees a button that does nothing.
 */
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy]');

if (navigator.clipboard) {
  for (const button of buttons) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        button.textContent = button.dataset.copied ?? label;
      } catch {
        return; // permission denied: the text is still there to select by hand
      }
      setTimeout(() => (button.textContent = label), 1500);
    });
  }
}
