// `npm run demo`: the built Chromium extension on the local fixture pages, no network needed.
// Headful (DISPLAY set, not CI): opens the fixture index and the first seed article, prints URLs
// to try and runs until Ctrl-C. Headless: hovers a word, a policy term and a place name on the www and e-paper versions of the
// first seed article, saves screenshots to demo-output/ (DEMO_OUT=dir elsewhere), says how to get a
// window, and exits (1 if no tooltip showed).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BrowserMissingError } from './browsers/find-browser.ts';
import { launchBrowser, type Harness, type HPage } from '../tests/e2e/harness/browsers.ts';
import { REPO_ROOT } from '../tests/e2e/harness/fixtures.ts';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/serve.ts';
import { hoverFor, waitForZhuDu } from '../tests/e2e/page-helpers.ts';

const OUT_DIR = process.env.DEMO_OUT ? resolve(process.env.DEMO_OUT) : join(REPO_ROOT, 'demo-output');
const headful = Boolean(process.env.DISPLAY) && !process.env.CI;

const server = await startFixtureServer();
const harness = await launchBrowser('chromium', { server, headless: !headful }).catch(async (err: unknown) => {
  await server.close();
  if (!(err instanceof BrowserMissingError)) throw err;
  console.error(`\n${err.message}\n`);
  process.exit(1);
});
const article = server.fixtures.file.articles[0]!;

if (headful) await runHeadful(server, harness);
else process.exit(await runHeadless(harness));

async function runHeadless(h: Harness): Promise<number> {
  mkdirSync(OUT_DIR, { recursive: true });
  const written: string[] = [];
  let failed = false;
  const page = await h.newPage();

  // A word with its meaning and a policy term (pinyin and glossary in one card) on the portal, a place name on the e-paper.
  const shots = [
    { url: article.www, body: '.article-content', text: '投资', file: 'tooltip-word.png' },
    { url: article.www, body: '.article-content', text: '开门红', file: 'tooltip-www-article.png' },
    { url: article.zzrb, body: 'founder-content', text: '炎陵高新区', file: 'tooltip-epaper-article.png' },
  ];
  for (const { url, body, text, file } of shots) {
    await page.goto(url);
    try {
      await waitForZhuDu(page);
      // Centre of the second character: the pointer then sits inside the word, not on its edge.
      const tip = await hoverFor(page, { text, charIndex: 1, within: body, across: 0.5 });
      console.log(`${url}\n  tooltip: ${tip.hanzi} → ${tip.pinyin}`);
    } catch (err) {
      failed = true;
      console.error(`${url}\n  FAILED: ${(err as Error).message}`);
    }
    written.push(await shoot(page, file));
  }

  const popup = await h.openPopup(`?tabId=${await page.tabId()}`);
  await popup.waitFor(() => document.body.innerText.trim());
  await new Promise((r) => setTimeout(r, 300)); // let the popup finish asking about the tab
  // Crop the tab to the popup's own size, as the toolbar would show it.
  const box = await popup.evaluate(() => document.body.getBoundingClientRect().toJSON() as DOMRect);
  if (popup.raw.kind === 'playwright') {
    await popup.raw.page.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
  }
  written.push(await shoot(popup, 'popup.png'));
  await popup.waitFor(() => {
      const tab = document.querySelector<HTMLElement>('#tab-summary');
      tab?.click();
      return tab?.getAttribute('aria-selected') === 'true';
    });
  await popup.waitFor(() => document.querySelector('[data-testid="summary-text"]'));
  written.push(await shoot(popup, 'popup-summary.png'));

  await h.close();
  await server.close();
  console.log(`\nScreenshots:\n${written.map((p) => `  ${p}`).join('\n')}`);
  console.log(
    [
      '',
      'The demo ran headless (no DISPLAY, or CI set). To try ZhuDu in a window:',
      '  on a desktop:            npm run demo            (DISPLAY is set; Ctrl-C to stop)',
      '  from a server over ssh:  ssh -X server, then npm run demo   (the window opens on your screen)',
      '  on a server with no X:   xvfb-run -a npm run demo   (a virtual display: look at it with a VNC viewer, e.g. x11vnc)',
    ].join('\n'),
  );
  return failed ? 1 : 0;
}

async function shoot(page: HPage, file: string): Promise<string> {
  const path = join(OUT_DIR, file);
  await page.screenshot(path);
  return path;
}

async function runHeadful(srv: FixtureServer, h: Harness): Promise<void> {
  const index = await h.newPage();
  await index.goto(srv.indexUrl);
  const page = await h.newPage();
  await page.goto(article.www);
  const foreign = `http://news.example.test${new URL(article.www).pathname}`;
  console.log(
    [
      'ZhuDu demo (Chromium with the built extension; zznews hosts are served locally).',
      `  fixture index:        ${srv.indexUrl}`,
      `  www article:          ${article.www}`,
      `  e-paper article:      ${article.zzrb}`,
      `  same page, no ZhuDu:  ${foreign}`,
      ...srv.fixtures.file.hostile.map((url) => `  hostile:              ${url}`),
      `  popup:                ${h.extensionOrigin}popup.html`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await h.close().catch(() => {});
    await srv.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Closing the browser window ends the demo too.
  if (page.raw.kind === 'playwright') page.raw.page.context().once('close', () => void stop());
}
