// `npx tsx bench/huge-page.bench.ts` (part of `npm run bench:browser`): ZhuDu on a 1,000,000-Han-
// character article (4,349 paragraphs, generated at run time), in Chromium and Firefox. For each
// step — load, ruby on and scrolling, ruby off, the popup's summary, the study sheet — it prints the
// longest time the page's main thread was blocked (a probe in the page's own world: a 10 ms timer
// that records how late it fires), the same on the page without ZhuDu (the same page under
// example.test, no content script) where the step exists there, and the memory of every browser
// process after the step. Figures only: no test asserts times. BENCH_BROWSERS=chromium limits it.
import { execFileSync } from 'node:child_process';
import { launchBrowser, type BrowserName, type Harness, type HPage } from '../tests/e2e/harness/browsers.ts';
import { HUGE_URL, hugeArticleHtml } from '../tests/e2e/harness/huge-article.ts';
import { startFixtureServer } from '../tests/e2e/harness/serve.ts';
import { changeStoredSettings } from '../tests/e2e/harness/stored.ts';
import { sleep } from '../tests/e2e/page-helpers.ts';

const FOREIGN = HUGE_URL.replace('www.zznews.gov.cn', 'www.example.test');
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];

/** Runs in the page's main world from its first script: how late a 10 ms timer fires is how long the thread was blocked. */
const PROBE = `(() => {
  const lag = { max: 0, blocks: [] };
  window.__zhuduLag = lag;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const late = now - last - 10;
    if (late > lag.max) lag.max = late;
    if (late > 50) lag.blocks.push(Math.round(late));
    last = now;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
})();`;

async function withProbe(page: HPage): Promise<void> {
  if (page.raw.kind === 'playwright') await page.raw.page.addInitScript(PROBE);
  else await page.raw.page.evaluateOnNewDocument(PROBE);
}
/** Firefox does not run init scripts in extension pages: there the probe starts once the page has loaded. */
async function ensureProbe(page: HPage): Promise<void> {
  const present = await page.evaluate(() => '__zhuduLag' in window);
  if (present) return;
  // A string is evaluated by the driver itself, which the extension page's CSP does not govern.
  if (page.raw.kind === 'playwright') await page.raw.page.evaluate(PROBE);
  else await page.raw.page.evaluate(PROBE);
}
const resetLag = (page: HPage) => page.evaluate(() => {
  const lag = (window as unknown as { __zhuduLag: { max: number; blocks: number[] } }).__zhuduLag;
  lag.max = 0;
  lag.blocks = [];
});
const readLag = (page: HPage) => page.evaluate(() => (window as unknown as { __zhuduLag: { max: number; blocks: number[] } }).__zhuduLag);

/** Resident memory of every process of the browser, MB, largest first. */
function processMemory(name: BrowserName): number[] {
  const pattern = name === 'chromium' ? 'chromium' : 'firefox';
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes(pattern) && !line.includes('ps -eo'))
    .map((line) => Number.parseInt(line.trim(), 10) / 1024)
    .filter((mb) => mb > 0)
    .sort((a, b) => b - a);
}

const f0 = (n: number) => n.toFixed(0);
const memLine = (name: BrowserName) => {
  const mem = processMemory(name);
  return `largest process ${f0(mem[0] ?? 0)} MB, ${mem.length} processes, ${f0(mem.reduce((a, b) => a + b, 0))} MB in all`;
};
const report = (step: string, lag: { max: number; blocks: number[] }, extra = '') =>
  console.log(`  ${step.padEnd(34)} longest block ${f0(lag.max).padStart(6)} ms, blocks over 50 ms: ${lag.blocks.length}${extra}`);

async function measure(name: BrowserName, h: Harness): Promise<void> {
  console.log(`\n${name}:`);
  // Load, without and then with ZhuDu.
  for (const [label, url] of [['load without ZhuDu', FOREIGN], ['load with ZhuDu (marks painted)', HUGE_URL]] as const) {
    const page = await h.newPage();
    await withProbe(page);
    const started = performance.now();
    await page.goto(url);
    await sleep(4_000);
    report(label, await readLag(page), ` (${f0(performance.now() - started)} ms to load and settle)`);
    if (url === FOREIGN) await page.close();
    else {
      await runSteps(name, h, page);
      await page.close();
    }
  }
  console.log(`  memory now: ${memLine(name)}`);
}

async function runSteps(name: BrowserName, h: Harness, page: HPage): Promise<void> {
  // Ruby on, then scrolling through ten screens.
  await resetLag(page);
  await changeStoredSettings(h, { ruby: true });
  await page.bringToFront();
  await page.waitFor(() => document.querySelector('ruby.zhudu-ruby') !== null, undefined, { timeout: 30_000, message: 'no ruby' });
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => scrollBy(0, innerHeight));
    await sleep(400);
  }
  const rubies = await page.evaluate(() => document.querySelectorAll('ruby.zhudu-ruby').length);
  report('ruby on, scrolling 10 screens', await readLag(page), ` (${rubies} rubies written)`);
  console.log(`    memory: ${memLine(name)}`);

  // Ruby off.
  await resetLag(page);
  const off = performance.now();
  await changeStoredSettings(h, { ruby: false });
  await page.bringToFront();
  await page.waitFor(() => document.querySelector('ruby.zhudu-ruby') === null, undefined, { timeout: 120_000, message: 'ruby stayed' });
  const offMs = performance.now() - off;
  await sleep(500);
  report('ruby off', await readLag(page), ` (page back in ${f0(offMs)} ms)`);

  // The popup's summary.
  const tabId = await page.tabId();
  await resetLag(page);
  const popup = await h.newPage();
  await withProbe(popup);
  await popup.goto(`${h.extensionOrigin}popup.html?tabId=${tabId}`);
  await popup.waitFor(() => !!document.getElementById('tab-summary'), undefined, { timeout: 30_000, message: 'the popup did not render' });
  await ensureProbe(popup);
  await resetLag(popup).catch(() => {});
  const asked = performance.now();
  await popup.evaluate(() => document.getElementById('tab-summary')?.click());
  await popup.waitFor(() => !!document.querySelector('[data-testid="summary-text"], [data-testid="no-article"], .notice'), undefined, { timeout: 60_000, message: 'no summary' });
  const summaryMs = performance.now() - asked;
  report('popup summary: the news page', await readLag(page));
  report('popup summary: the popup', await readLag(popup), ` (summary in ${f0(summaryMs)} ms)`);
  await popup.close();

  // The study sheet.
  const study = await h.newPage();
  await withProbe(study);
  const opened = performance.now();
  await study.goto(`${h.extensionOrigin}study.html?tabId=${tabId}`);
  await study.waitFor(() => !!document.querySelector('[data-testid="study-title"]'), undefined, { timeout: 600_000, message: 'no study sheet' });
  const studyMs = performance.now() - opened;
  await ensureProbe(study);
  await sleep(1_000);
  report('study sheet', await readLag(study), ` (open in ${f0(studyMs)} ms)`);
  console.log(`    memory: ${memLine(name)}`);
  await study.close();
  await page.bringToFront();
}

const server = await startFixtureServer({ generated: { [HUGE_URL]: hugeArticleHtml, [FOREIGN]: hugeArticleHtml } });
console.log('ZhuDu on a 1,000,000-character article (4,349 paragraphs): longest main-thread block per step (budget 50 ms).');
try {
  for (const name of BROWSERS) {
    const h = await launchBrowser(name, { server });
    try {
      await measure(name, h);
    } finally {
      await changeStoredSettings(h, { ruby: false }).catch(() => {});
      await h.close();
    }
  }
} finally {
  await server.close();
}
