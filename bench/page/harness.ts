/**
 * The benchmark page, the same for every engine (bench/browser.ts bundles it with one adapter):
 * it searches `?q=` as soon as it loads (the cold first result), searches as the reader types
 * (after a 60 ms pause, as the search page does) or pastes (at once), lists the first screen of
 * titles, and records main-thread long tasks. bench/browser.ts reads `window.bench`.
 */
export interface Adapter {
  /** The first screen of results of `query`, as titles. */
  search(query: string): Promise<string[]>;
}

export interface BenchWindow {
  bench: {
    /** performance.now() when the `?q=` search was sent and when its first screen was shown. */
    cold?: { sent: number; shown: number; titles: number; error?: string };
    search(query: string): Promise<{ ms: number; titles: number }>;
    /** Long tasks seen since the last call, in ms. */
    longTasks(): number[];
    /** Searches started by the text box and finished (shown). */
    typed: { started: number; shown: number };
  };
}

const TYPING_DELAY = 60;

export function start(adapter: Adapter): void {
  const tasks: number[] = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  const box = document.querySelector('textarea')!;
  const list = document.querySelector('ol')!;
  const show = (titles: string[]) => list.replaceChildren(...titles.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
  const bench: BenchWindow['bench'] = {
    async search(query) {
      const at = performance.now();
      const titles = await adapter.search(query);
      show(titles);
      return { ms: performance.now() - at, titles: titles.length };
    },
    longTasks: () => tasks.splice(0),
    typed: { started: 0, shown: 0 },
  };
  (window as unknown as BenchWindow).bench = bench;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const run = async () => {
    const id = ++latest;
    if (!box.value.trim()) return show([]);
    bench.typed.started++;
    const titles = await adapter.search(box.value).catch(() => []);
    if (id === latest) show(titles);
    bench.typed.shown++;
  };
  box.addEventListener('input', (event) => {
    clearTimeout(timer);
    if ((event as InputEvent).inputType === 'insertFromPaste') void run();
    else timer = setTimeout(run, TYPING_DELAY);
  });

  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    const sent = performance.now();
    adapter.search(q).then(
      (titles) => {
        show(titles);
        bench.cold = { sent, shown: performance.now(), titles: titles.length };
      },
      (error: Error) => (bench.cold = { sent, shown: performance.now(), titles: 0, error: String(error?.message ?? error) }),
    );
  }
}
