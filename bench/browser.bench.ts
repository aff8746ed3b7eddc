// `npm run bench:browser`: what ZhuDu costs a page, in the built extension in Chromium, with the
// budgets of issue #6. Each fixture is loaded on its zznews URL (content script runs) and on the
// same path under <label>.example.test (served the same page, no content script), in the same run,
// alternately, RUNS times each; the figures are medians. Figures only: tests assert no times.
//
//   - page load: script time on the page's main thread (CDP trace) with minus without ZhuDu, ZhuDu's
//     own script time (events whose script URL is the extension's), and tasks over 50 ms during
//     which ZhuDu's script ran;
//   - heap added: V8 heap of the page after a GC, after hovering one word, with minus without;
//   - tooltip latency: bench/tooltip.bench.ts, run as it is, its figures relayed;
//   - glossary and summary: the popup's round trip for the page's terms, and its summary tab;
//   - ruby (settings ruby: true): the longest seed article, until every paragraph has pinyin.
import { spawnSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, poll, type HPage } from '../tests/e2e/harness/browsers.ts';
import { startFixtureServer } from '../tests/e2e/harness/serve.ts';
import { pointAt, sleep, waitForZhuDu } from '../tests/e2e/page-helpers.ts';
import { analyzeLoad, startTrace, type LoadFigures } from './browser-trace.ts';

/** Loads per page and host; 5, as the machine's noise between loads of one page is ±5 ms and the budget is per page. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_ONLY=load measures page loads of the seed articles only (quick, for work on start-up cost). */
const ONLY_LOAD = process.env.BENCH_ONLY === 'load';
/** BENCH_ONLY=ruby measures ruby over the longest seed article only (with BENCH_EXTENSION, to compare builds). */
const ONLY_RUBY = process.env.BENCH_ONLY === 'ruby';
/**
 * After the load event: time for ZhuDu to start (~100–200 ms), paint its marks and anything deferred.
 * BENCH_SETTLE_MS=4000 also counts the screen's cards fetched once the page has gone quiet (~2 s after the start).
 */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1_000);
const BUDGET = { longTaskMs: 50, heapMb: 20, loadScriptMs: 30, tooltipMs: 16 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;
const f1 = (n: number) => n.toFixed(1);
const verdict = (ok: boolean) => (ok ? 'holds' : 'BROKEN');

const server = await startFixtureServer();
/** BENCH_EXTENSION=<dir> measures another build (e.g. an older commit's .output/chrome-mv3-e2e) for comparison. */
const h = await launchBrowser('chromium', { server, ...(process.env.BENCH_EXTENSION && { extensionDir: process.env.BENCH_EXTENSION }) });
const seeds = new Set(server.fixtures.file.articles.flatMap((a) => [a.www, a.zzrb]));
const foreign = (url: string) => {
  const u = new URL(url);
  return `http://${u.hostname.split('.')[0]}.example.test${u.pathname}`;
};

function raw(page: HPage): Page {
  if (page.raw.kind !== 'playwright') throw new Error('Chromium only');
  return page.raw.page;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
}

/** The first Han character in view, to hover (the same point on both hosts: the page is the same). */
async function firstWord(page: HPage): Promise<{ x: number; y: number } | null> {
  const text = await page.evaluate(() => document.body.innerText.match(/\p{Script=Han}{2}/u)?.[0] ?? null);
  return text ? pointAt(page, { text, across: 0.5 }).catch(() => null) : null;
}

interface Load extends LoadFigures {
  heapMb: number;
}

async function load(url: string, withZhuDu: boolean): Promise<Load> {
  const page = await h.newPage();
  const pw = raw(page);
  const tracer = await pw.context().newCDPSession(pw);
  const stop = await startTrace(tracer);
  await page.goto(url);
  // Nothing is evaluated in the page while it is traced: the harness's first evaluate injects
  // Playwright's own script (~2 ms), which would be billed to ZhuDu in the run that polled for it.
  await sleep(SETTLE_MS);
  const figures = analyzeLoad(await stop(), url, h.extensionOrigin);
  await tracer.detach();
  if (withZhuDu && !(await page.evaluate(() => document.documentElement.getAttribute('data-zhudu') === 'on'))) {
    throw new Error(`ZhuDu was not on ${url} within ${SETTLE_MS} ms of the load: the trace missed part of its start`);
  }
  const point = await firstWord(page);
  if (point) await page.mouseMove(point.x, point.y);
  // With ZhuDu, the first card loads the pinyin data: wait for it, so the heap includes it.
  if (withZhuDu && point) await page.waitFor(() => !!document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="tooltip"]'), undefined, { timeout: 5_000 }).catch(() => {});
  await sleep(300);
  const cdp = await pw.context().newCDPSession(pw);
  const heapMb = await heapAfterGc(cdp);
  await cdp.detach();
  await page.close();
  return { ...figures, heapMb };
}

async function loadCosts() {
  console.log(`Page load, ${RUNS} runs each, medians (ms; heap MB after one hover):`);
  console.log('  page                                                     script +added  ZhuDu  heap+  start-up task  other long tasks by ZhuDu');
  const rows: { url: string; added: number; zhudu: number; heap: number; zhuduLong: number[]; startup: number; longWith: number; longWithout: number }[] = [];
  for (const url of Object.keys(server.fixtures.file.routes).filter((u) => !ONLY_LOAD || seeds.has(u))) {
    const on: Load[] = [];
    const off: Load[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        on.push(await load(url, true));
        off.push(await load(foreign(url), false));
      }
    } catch (error) {
      // One page failing to measure (a closed target, a trace without the page) is reported and the run goes on.
      console.log(`  ${url.padEnd(56)} not measured: ${String(error).split('\n')[0]}`);
      continue;
    }
    const added = median(on.map((l) => l.scriptMs)) - median(off.map((l) => l.scriptMs));
    const row = {
      url,
      added,
      zhudu: median(on.map((l) => l.zhuduMs)),
      heap: median(on.map((l) => l.heapMb)) - median(off.map((l) => l.heapMb)),
      zhuduLong: on.flatMap((l) => l.zhuduLongTasks),
      startup: median(on.map((l) => l.startupTaskMs)),
      longWith: on.flatMap((l) => l.longTasks).length,
      longWithout: off.flatMap((l) => l.longTasks).length,
    };
    rows.push(row);
    const others = on.flatMap((l) => l.zhuduLongTasks.filter((ms) => ms !== l.startupTaskMs));
    const long = others.length ? others.map(f1).join(', ') : 'none';
    console.log(`  ${url.padEnd(56)} ${f1(median(on.map((l) => l.scriptMs))).padStart(6)} ${f1(added).padStart(6)} ${f1(row.zhudu).padStart(6)} ${f1(row.heap).padStart(5)}  ${f1(row.startup).padStart(13)}  ${long}`);
  }
  return rows;
}

/** The popup's figures on one article: the terms round trip (the content script's glossary) and the summary tab. */
async function popupTimes(url: string): Promise<{ termsMs: number; summaryMs: number }> {
  const page = await h.newPage();
  await page.goto(url);
  await waitForZhuDu(page);
  const tabId = await page.tabId();
  const popup = await h.openPopup(`?tabId=${tabId}`);
  await popup.waitFor(() => document.body.innerText.trim().length > 0);
  const termsMs = median(
    await popup.evaluate(async (id) => {
      type Tabs = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        await (g.browser ?? g.chrome).tabs.sendMessage(id, { zhudu: 'getPageTerms' });
        times.push(performance.now() - started);
      }
      return times;
    }, tabId),
  );
  const summaryMs = await popup.evaluate(async () => {
    const started = performance.now();
    document.getElementById('tab-summary')!.click();
    while (!document.querySelector('[data-testid="summary-text"]')) await new Promise((r) => setTimeout(r, 1));
    return performance.now() - started;
  });
  await popup.close();
  await page.close();
  return { termsMs, summaryMs };
}

/** Ruby over the longest seed article: from navigation to pinyin over every paragraph, scrolling a screen at a time. */
async function rubyTime(url: string): Promise<{ firstScreenMs: number; wholeMs: number; zhuduLong: number[] } | null> {
  const settings = (await h.extensionStorage.get('settings')) as Record<string, unknown> | undefined;
  await h.extensionStorage.set({ settings: { ...settings, ruby: true } });
  try {
    const page = await h.newPage();
    const pw = raw(page);
    const tracer = await pw.context().newCDPSession(pw);
    const stop = await startTrace(tracer);
    const started = Date.now();
    await page.goto(url);
    const hasRuby = () => page.evaluate(() => document.querySelector('ruby.zhudu-ruby') !== null);
    const firstScreen = await poll(hasRuby, { timeout: 20_000, interval: 20 }).then(() => Date.now() - started).catch(() => NaN);
    if (Number.isNaN(firstScreen)) return null; // ruby mode is not in this build
    const bare = () =>
      page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('.article-content')!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (/\p{Script=Han}/u.test(n.data) && !n.parentElement!.closest('ruby')) {
            n.parentElement!.scrollIntoView({ block: 'center' });
            return true;
          }
        }
        return false;
      });
    await poll(async () => !(await bare()), { timeout: 60_000, interval: 50 });
    const wholeMs = Date.now() - started;
    await sleep(SETTLE_MS);
    const figures = analyzeLoad(await stop(), url, h.extensionOrigin);
    await page.close();
    // The content script's own start-up task is counted with page load; ruby's are the others.
    const startup = figures.zhuduLongTasks.indexOf(figures.startupTaskMs);
    return { firstScreenMs: firstScreen, wholeMs, zhuduLong: figures.zhuduLongTasks.filter((_, i) => i !== startup) };
  } finally {
    await h.extensionStorage.set({ settings: { ...settings, ruby: false } });
  }
}

/** bench/tooltip.bench.ts measures the card's latency; it is run as it is and its lines relayed. */
function tooltipLatency(): { name: string; median: number; p95: number }[] {
  const run = spawnSync('npx', ['tsx', 'bench/tooltip.bench.ts'], { encoding: 'utf8' });
  if (run.status !== 0) console.log(`  bench/tooltip.bench.ts failed:\n${run.stderr.split('\n').slice(0, 4).join('\n')}`);
  const found: { name: string; median: number; p95: number }[] = [];
  for (const line of run.stdout.split('\n')) {
    const m = /^(\w+):.*median ([\d.]+) ms, p95 ([\d.]+) ms/.exec(line);
    if (m) found.push({ name: m[1]!, median: Number(m[2]), p95: Number(m[3]) });
  }
  if (found.length === 0) console.log(`  bench/tooltip.bench.ts printed no figures:\n${run.stdout}${run.stderr}`);
  return found;
}

async function seedArticleLengths(): Promise<string> {
  const lengths = await Promise.all(
    server.fixtures.file.articles.map(async (a) => {
      const page = await h.newPage();
      await page.goto(foreign(a.www));
      const length = await page.evaluate(() => document.querySelector('.article-content')?.textContent?.length ?? 0);
      await page.close();
      return { url: a.www, length };
    }),
  );
  return lengths.sort((a, b) => b.length - a.length)[0]!.url;
}

if (ONLY_RUBY) {
  const longest = await seedArticleLengths();
  for (let run = 0; run < 3; run++) {
    const ruby = await rubyTime(longest);
    console.log(ruby ? `Ruby on ${longest}: first pinyin ${ruby.firstScreenMs} ms, every paragraph ${ruby.wholeMs} ms` : 'Ruby: no ruby mode in this build');
  }
  await h.close();
  await server.close();
  process.exit(0);
}
const rows = await loadCosts();
const seedRows = rows.filter((r) => seeds.has(r.url));
const worstAdded = Math.max(...seedRows.map((r) => r.added));
const worstHeap = Math.max(...rows.map((r) => r.heap));
const zhuduLong = rows.flatMap((r) => r.zhuduLong);
if (ONLY_LOAD) {
  console.log(`\nSeed articles: page-load scripting added, most ${f1(worstAdded)} ms, median ${f1(median(seedRows.map((r) => r.added)))} ms (budget ${BUDGET.loadScriptMs}); ` +
    `start-up task median ${f1(median(seedRows.map((r) => r.startup)))} ms; long tasks by ZhuDu: ${zhuduLong.map(f1).join(', ') || 'none'}`);
  await h.close();
  await server.close();
  process.exit(0);
}
const longest = await seedArticleLengths();
const popup = await popupTimes(longest);
console.log(`\nGlossary: the page's terms from the content script, round trip from the popup: ${f1(popup.termsMs)} ms (median of 10)`);
console.log(`Summary: popup summary tab, click to summary shown: ${f1(popup.summaryMs)} ms`);
const ruby = await rubyTime(longest);
console.log(
  ruby
    ? `Ruby on ${longest}: first pinyin ${ruby.firstScreenMs} ms after navigation, every paragraph ${ruby.wholeMs} ms (scrolling through); long tasks by ruby (start-up task excluded): ${ruby.zhuduLong.map(f1).join(', ') || 'none'}`
    : 'Ruby: no ruby mode in this build',
);
await h.close();
await server.close();

const tooltip = tooltipLatency();
for (const t of tooltip) console.log(`Tooltip (${t.name}, bench/tooltip.bench.ts): pointer event → card painted, median ${f1(t.median)} ms, p95 ${f1(t.p95)} ms`);
const chromiumTooltip = tooltip.find((t) => t.name === 'chromium');

const maxLong = Math.max(0, ...zhuduLong, ...(ruby?.zhuduLong ?? []));
console.log('\nBudgets (issue #6):');
const longWith = rows.reduce((n, r) => n + r.longWith, 0);
const longWithout = rows.reduce((n, r) => n + r.longWithout, 0);
console.log(
  `  no long task over ${BUDGET.longTaskMs} ms caused by ZhuDu on any fixture: ${verdict(maxLong <= BUDGET.longTaskMs)} (longest ${f1(maxLong)} ms; ` +
    `page loads had ${longWith} long tasks with ZhuDu, ${zhuduLong.length} of them running ZhuDu's script, and ${longWithout} without ZhuDu${ruby ? `; ${ruby.zhuduLong.length} more with ruby` : ''})`,
);
console.log(`  heap added ≤ ${BUDGET.heapMb} MB: ${verdict(worstHeap <= BUDGET.heapMb)} (most ${f1(worstHeap)} MB)`);
console.log(`  page-load scripting added ≤ ${BUDGET.loadScriptMs} ms on the seed articles: ${verdict(worstAdded <= BUDGET.loadScriptMs)} (most ${f1(worstAdded)} ms, median of seed pages ${f1(median(seedRows.map((r) => r.added)))} ms)`);
console.log(
  `  tooltip ≤ ${BUDGET.tooltipMs} ms median (no hover delay: one lookup per animation frame): ` +
    (chromiumTooltip ? `${verdict(chromiumTooltip.median <= BUDGET.tooltipMs)} (Chromium ${f1(chromiumTooltip.median)} ms)` : 'not measured'),
);
