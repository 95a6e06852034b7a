/**
 * Copy buttons next to symptoms and commands, and on every code block of an entry's body. The
 * Clipboard API is tried first; where it is missing (plain-http intranet hosts) or refused, the
 * text is selected and the old copy command tried, and the button says whether it copied or only
 * selected (then Ctrl+C finishes the job). Buttons stay hidden without script.
 */

/** The element a button copies from: the one just before it (a `code` or a `pre`). */
function sourceOf(button: HTMLButtonElement): Element | null {
  return button.previousElementSibling;
}

function select(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** 'copied' when the text reached the clipboard, 'selected' when the reader has to press Ctrl+C. */
async function copy(text: string, source: Element | null): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (!source) return 'selected';
    select(source);
    let copied = false;
    try {
      // Deprecated, but the only copy left on an insecure origin; false when the browser refuses.
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    return copied ? 'copied' : 'selected';
  }
}

function wire(button: HTMLButtonElement): void {
  button.hidden = false;
  const label = button.textContent ?? '';
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const source = sourceOf(button);
    const result = await copy(button.dataset.copy ?? source?.textContent ?? '', source);
    button.textContent = (result === 'copied' ? button.dataset.copied : button.dataset.selected) ?? label;
    clearTimeout(reset);
    reset = setTimeout(() => (button.textContent = label), result === 'copied' ? 1500 : 4000);
  });
}

/** A copy button after every code block of the body, from the body's `<template data-copy-block>`. */
function addBlockButtons(): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-copy-block]');
  if (!template) return;
  for (const pre of document.querySelectorAll<HTMLPreElement>('.body pre')) {
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(pre, template.content.cloneNode(true));
  }
}

addBlockButtons();
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) wire(button);
