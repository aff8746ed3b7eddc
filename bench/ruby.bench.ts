/**
 * Ruby mode in the built extension, in Chromium: how soon the reader sees pinyin, and whether
 * annotating ever blocks the page.
 *
 *   npx wxt build && npx tsx bench/ruby.bench.ts [--with-glossary]
 *
 * Pages: hostile-huge.html (over 200,000 Han characters in one body) and the longest seed article.
 * For each: switch ruby on from the extension's storage, as the popup does, and measure
 *   - time until every paragraph in the viewport is annotated,
 *   - the latency of each new screen while scrolling through, and the total time until the whole body is,
 *   - long tasks (> 50 ms, PerformanceObserver 'longtask', installed before switching on),
 *   - switching off: time until the DOM is back, and whether it is byte-identical.
 * Glossary marks are off by default, so that the figures are ruby's own: the marks repaint the whole
 * article 500 ms after any change to it, ruby's included (utils/content/glossary-marks.ts), and on the
 * huge page that repaint is the long task. --with-glossary runs the default settings as well.
 * Chromium gives extension scripts no Long Animation Frame attribution: to see whose code a long task
 * runs, take a CPU profile (CDP Profiler) instead.
 * Figures only; nothing is asserted (tests assert behaviour, see tests/e2e/ruby-mode.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { launchBrowser, type HPage } from '../tests/e2e/harness/browsers.ts';
import { startFixtureServer } from '../tests/e2e/harness/serve.ts';

const BODY = '.article-content';
const SETTINGS = { disabledHosts: [], hoverMode: 'always', toneColors: true, toneStyle: 'marks', toneSandhi: true };
const WITH_GLOSSARY = process.argv.includes('--with-glossary');

/**
 * The in-page half, as plain JavaScript: evaluated in the page's main world (tsx would wrap named
 * functions in a helper the page does not have). Paragraphs are in document order, top to bottom, so
 * the visible ones are found by binary search instead of measuring all 1,800 of them each frame.
 */
const PAGE_HELPER = `
window.__rubyBench = (() => {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const paragraphs = [...document.querySelectorAll('${BODY} p')];
  const isBare = (p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (/\\p{Script=Han}/u.test(n.data) && !n.parentElement.closest('ruby.zhudu-ruby')) return true;
    }
    return false;
  };
  const firstVisible = () => {
    let low = 0, high = paragraphs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (paragraphs[mid].getBoundingClientRect().bottom <= 0) low = mid + 1; else high = mid;
    }
    return low;
  };
  const visibleBare = () => {
    for (let i = firstVisible(); i < paragraphs.length; i++) {
      const rect = paragraphs[i].getBoundingClientRect();
      if (rect.top >= innerHeight) break;
      if (rect.height > 0 && isBare(paragraphs[i])) return true;
    }
    return false;
  };
  return {
    longTasks,
    paragraphs: paragraphs.length,
    han: paragraphs.reduce((n, p) => n + (p.textContent.match(/\\p{Script=Han}/gu) || []).length, 0),
    now: () => performance.now(),
    /** Resolves with the time of the first frame where no paragraph in view lacks ruby. */
    visibleDone: () => new Promise((resolve) => {
      const check = () => (visibleBare() ? requestAnimationFrame(check) : resolve(performance.now()));
      check();
    }),
    scroll: () => {
      const root = document.scrollingElement;
      if (root.scrollTop + innerHeight >= root.scrollHeight - 2) return null;
      scrollBy(0, innerHeight * 0.9);
      return performance.now();
    },
    allDone: () => paragraphs.every((p) => !isBare(p)),
    rubies: () => document.querySelectorAll('ruby.zhudu-ruby').length,
  };
})();
`;

interface PageBench {
  longTasks: { start: number; duration: number }[];
  paragraphs: number;
  han: number;
  now(): number;
  visibleDone(): Promise<number>;
  scroll(): number | null;
  allDone(): boolean;
  rubies(): number;
}

type Bench = { __rubyBench: PageBench };
// Each call is its own arrow with no inner names (see PAGE_HELPER).
const pageNow = (page: HPage) => page.evaluate(() => (window as unknown as Bench).__rubyBench.now());
const visibleDone = (page: HPage) => page.evaluate(() => (window as unknown as Bench).__rubyBench.visibleDone());
const scrollOn = (page: HPage) => page.evaluate(() => (window as unknown as Bench).__rubyBench.scroll());
const rubyCount = (page: HPage) => page.evaluate(() => (window as unknown as Bench).__rubyBench.rubies());
const pageSize = (page: HPage) =>
  page.evaluate(() => ({ paragraphs: (window as unknown as Bench).__rubyBench.paragraphs, han: (window as unknown as Bench).__rubyBench.han }));
const longTasks = (page: HPage) => page.evaluate(() => [...(window as unknown as Bench).__rubyBench.longTasks]);

const ms = (n: number) => `${Math.round(n)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The seed article with the most Han characters on its www page. */
function longestSeedArticle(server: Awaited<ReturnType<typeof startFixtureServer>>): string {
  let best = { url: '', han: -1 };
  for (const { www } of server.fixtures.file.articles) {
    const url = new URL(www);
    const html = readFileSync(server.fixtures.resolve(url.hostname, url.pathname)!, 'utf8');
    const body = html.slice(html.indexOf('article-content'), html.indexOf('class="editor"'));
    const han = (body.match(/\p{Script=Han}/gu) ?? []).length;
    if (han > best.han) best = { url: www, han };
  }
  return best.url;
}

/** `maxScreens`: stop scrolling after this many screens (the whole body is then not waited for). */
async function benchPage(page: HPage, url: string, setRuby: (on: boolean) => Promise<void>, maxScreens = Infinity): Promise<void> {
  await setRuby(false);
  await page.goto(url);
  await page.waitFor(() => document.documentElement.getAttribute('data-zhudu') === 'on');
  await new Promise((r) => setTimeout(r, 1_000)); // let the page and ZhuDu's other features settle
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await page.evaluate((source) => (0, eval)(source), PAGE_HELPER);
  const { paragraphs, han } = await pageSize(page);

  const start = await pageNow(page);
  await setRuby(true);
  const firstScreen = (await visibleDone(page)) - start;

  const latencies: number[] = [];
  while (latencies.length < maxScreens) {
    const scrolled = await scrollOn(page);
    if (scrolled === null) break;
    latencies.push((await visibleDone(page)) - scrolled);
  }
  const whole = latencies.length < maxScreens;
  if (whole) await page.waitFor(() => (window as unknown as Bench).__rubyBench.allDone(), undefined, { timeout: 120_000, interval: 20 });
  const total = (await pageNow(page)) - start;
  const rubies = await rubyCount(page);
  const whileOn = await longTasks(page);

  const offAt = await pageNow(page);
  await setRuby(false);
  const reverted = await page
    .waitFor(() => !document.getElementsByClassName('zhudu-ruby').length, undefined, { timeout: 60_000, interval: 50 })
    .catch(() => false);
  const revert = (await pageNow(page)) - offAt;
  const identical = reverted && (await page.evaluate(() => document.documentElement.outerHTML)) === before;
  await new Promise((r) => setTimeout(r, 500)); // long task entries arrive after the task
  const revertTasks = (await longTasks(page)).filter((t) => t.start >= offAt);
  const longest = (tasks: { duration: number }[]) => (tasks.length ? ` (longest ${ms(Math.max(...tasks.map((t) => t.duration)))})` : '');

  console.log(`\n${url}`);
  console.log(`  ${paragraphs} paragraphs, ${han} Han characters, ${rubies} rubies`);
  console.log(`  first screen annotated:     ${ms(firstScreen)} after the setting changed (storage write included)`);
  console.log(`  each new screen, scrolling: median ${ms(median(latencies))}, max ${ms(Math.max(0, ...latencies))} over ${latencies.length} screens`);
  console.log(
    whole
      ? `  whole body annotated:       ${ms(total)} (scrolling a screen at a time, waiting for each)`
      : `  first ${maxScreens} screens annotated: ${ms(total)} (stopped there)`,
  );
  console.log(`  long tasks (> 50 ms) while annotating: ${whileOn.length}${longest(whileOn)}`);
  console.log(
    reverted
      ? `  switching off:              ${ms(revert)}, ${revertTasks.length} long task(s)${longest(revertTasks)}; DOM identical: ${identical}`
      : `  switching off:              not done after ${ms(revert)}, ${revertTasks.length} long task(s)${longest(revertTasks)}`,
  );
}

const server = await startFixtureServer();
const h = await launchBrowser('chromium', { server });
try {
  const page = await h.newPage();
  console.log('Chromium, viewport 1280×800, extension from .output/chrome-mv3');
  for (const glossaryMarks of WITH_GLOSSARY ? [false, true] : [false]) {
    console.log(`\n== glossary marks ${glossaryMarks ? 'on (default settings)' : 'off (ruby alone)'}`);
    const setRuby = (ruby: boolean) => h.extensionStorage.set({ settings: { ...SETTINGS, glossaryMarks, ruby } });
    // With the marks on, the huge page's repaints grow with every screen: 30 screens show the trend.
    await benchPage(page, 'http://www.zznews.gov.cn/test/hostile-huge.html', setRuby, glossaryMarks ? 30 : Infinity);
    await benchPage(page, longestSeedArticle(server), setRuby);
  }
} finally {
  await h.close();
  await server.close();
}
