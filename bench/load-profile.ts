// `npx tsx bench/load-profile.ts [url]`: where ZhuDu's page-load time goes, by function, from a V8
// CPU profile of a seed article loading in Chromium (samples in the extension's scripts only).
// A diagnostic for bench:browser's page-load figures; it prints self time per function and file.
// HOVER=1 profiles the first card instead; TREE=1 adds the call tree of the last run.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/harness/browsers.ts';
import { startFixtureServer } from '../tests/e2e/harness/serve.ts';
import { pointAt, sleep, waitForZhuDu } from '../tests/e2e/page-helpers.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Inclusive time of the extension's call tree, nodes over 0.5 ms, for the last run. */
function printTree(profile: Profile, origin: string) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = (n: ProfileNode): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + inclusive(byId.get(c)!), 0);
  const walk = (n: ProfileNode, depth: number) => {
    const ms = inclusive(n);
    if (ms < 0.5) return;
    const ours = n.callFrame.url.startsWith(origin);
    if (ours || depth < 3) console.log(`${'  '.repeat(depth)}${ms.toFixed(1)} ${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(origin, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`);
    if (depth < 14) for (const c of n.children ?? []) walk(byId.get(c)!, depth + 1);
  };
  walk(profile.nodes[0]!, 0);
}

const server = await startFixtureServer();
const h = await launchBrowser('chromium', { server });
const url = process.argv[2] ?? server.fixtures.file.articles[0]!.www;
const totals = new Map<string, number>();
const runs = Number(process.env.RUNS ?? 5);
/** HOVER=1 profiles the page's first card instead of its load. */
const HOVER = Boolean(process.env.HOVER);
for (let run = 0; run < runs; run++) {
  const page = await h.newPage();
  if (page.raw.kind !== 'playwright') throw new Error('Chromium only');
  const pw: Page = page.raw.page;
  const cdp = await pw.context().newCDPSession(pw);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (!HOVER) await cdp.send('Profiler.start');
  await page.goto(url);
  await waitForZhuDu(page);
  // SETTLE_MS=4000 takes in the screen's cards, read once by itself ~2 s after the start.
  await sleep(Number(process.env.SETTLE_MS ?? 800));
  if (HOVER) {
    // The first card instead of the load: it makes the card's element and indexes the pinyin tables.
    await cdp.send('Profiler.start');
    const text = await page.evaluate(() => document.querySelector('.article-content')!.textContent!.match(/\p{Script=Han}{2}/u)![0]);
    const { x, y } = await pointAt(page, { text, within: '.article-content', across: 0.5 });
    await page.mouseMove(x, y);
    await page.waitFor(() => !!document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.card'));
    await sleep(100);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  if (process.env.TREE && run === runs - 1) printTree(profile, h.extensionOrigin);
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { functionName, url: file, lineNumber, columnNumber } = node.callFrame;
    const key = file.startsWith(h.extensionOrigin) || functionName.startsWith('(')
      ? `${functionName || '(anonymous)'} ${file.replace(h.extensionOrigin, '')}:${lineNumber}:${columnNumber}`
      : `(page) ${file}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  await cdp.detach();
  await page.close();
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30);
console.log(`Self time per function, mean of ${runs} loads of ${url} (ms):`);
for (const [key, ms] of rows) console.log(`${(ms / runs).toFixed(1).padStart(7)}  ${key}`);
await h.close();
await server.close();
