// `npx tsx bench/startup-trace.ts [url]` (after `npx wxt build`): what Chromium does inside the task
// that evaluates ZhuDu's content script, from a trace with V8's and Blink's own categories: parse,
// compile, run, and native calls made from the script. A CPU profile (bench/load-profile.ts) shows
// none of these: it found no cause for a start-up task of 15–40 ms, this found window.postMessage
// capturing a source position (7–38 ms of it). RUNS loads (default 3); the first is usually cold.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/harness/browsers.ts';
import { startFixtureServer } from '../tests/e2e/harness/serve.ts';
import { sleep, waitForZhuDu } from '../tests/e2e/page-helpers.ts';
import { startTrace } from './browser-trace.ts';

const CATEGORIES = 'toplevel,devtools.timeline,v8.execute,v8,disabled-by-default-v8.compile,blink,extensions';

const server = await startFixtureServer();
const h = await launchBrowser('chromium', { server });
const url = process.argv[2] ?? server.fixtures.file.articles[0]!.www;
const runs = Number(process.env.RUNS ?? 3);
for (let run = 0; run < runs; run++) {
  const page = await h.newPage();
  if (page.raw.kind !== 'playwright') throw new Error('Chromium only');
  const pw: Page = page.raw.page;
  const cdp = await pw.context().newCDPSession(pw);
  const stop = await startTrace(cdp, CATEGORIES);
  await page.goto(url);
  await waitForZhuDu(page);
  await sleep(800);
  const events = await stop();
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(h.extensionOrigin));
  if (!evaluate?.dur) throw new Error('no evaluation of the content script in the trace');
  const end = evaluate.ts + evaluate.dur;
  const inside = events.filter((e) => e !== evaluate && e.ph === 'X' && e.pid === evaluate.pid && e.tid === evaluate.tid && e.ts >= evaluate.ts && e.ts + (e.dur ?? 0) <= end);
  // Events nest (v8.run holds V8.CompileCode…), so the sums overlap: read them as "time under".
  const byName = new Map<string, number>();
  for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  console.log(`Load ${run + 1}: content script evaluated in ${(evaluate.dur / 1000).toFixed(1)} ms; time under each event:`);
  for (const [name, ms] of [...byName].filter(([, ms]) => ms >= 0.2).sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${ms.toFixed(1).padStart(6)}  ${name}`);
  }
  await cdp.detach();
  await page.close();
}
await h.close();
await server.close();
