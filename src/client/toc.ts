/**
 * The table of contents of an entry page: open beside the page on a wide screen (collapsed at the
 * top on a phone), with the section being read marked `aria-current`.
 */
const toc = document.querySelector<HTMLElement>('[data-toc]');
const details = toc?.querySelector('details');
const wide = matchMedia('(min-width: 70rem)');

if (toc && details) {
  const sync = () => (details.open = wide.matches);
  sync();
  wide.addEventListener('change', sync);

  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  const targets = links.flatMap((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))) ?? []);
  const mark = () => {
    // The current section is the last one whose heading has scrolled past the top fifth of the screen.
    const line = innerHeight / 5;
    let current = targets[0];
    for (const target of targets) if (target.getBoundingClientRect().top <= line) current = target;
    for (const link of links) {
      if (current && decodeURIComponent(link.hash.slice(1)) === current.id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  }, { passive: true });
  mark();
  // On a phone the list closes after a jump, so the section is not hidden behind it.
  for (const link of links) link.addEventListener('click', () => !wide.matches && (details.open = false));
}
