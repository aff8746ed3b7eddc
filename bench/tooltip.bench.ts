// `npm run bench:tooltip`: time from the pointer event to the painted card, over 100 hovers on
// different words of a seed article, in the built extension in Chromium and Firefox. The card's
// word is looked up in the background (CC-CEDICT lives there). In Chromium also: the first card after
// the service worker was stopped (a cold start reloads the dictionary), five times, and the worker's
// JS heap after the hovers and after a dictionary search in English (the dictionary's buffers are
// outside the JS heap and are added on their own line), and how many dictionary bytes each cold start
// read before its first card.
// The page's own pointermove listener stamps the event; a MutationObserver on ZhuDu's open shadow
// root sees the new card, and a frame later (rAF, then a task) counts as painted.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { launchBrowser, BROWSERS, type HPage } from '../tests/e2e/harness/browsers.ts';
import { startFixtureServer } from '../tests/e2e/harness/serve.ts';
import { pointAt, sleep, waitForZhuDu } from '../tests/e2e/page-helpers.ts';

const HOVERS = 100;
const DICTIONARY_DIR = '.output/chrome-mv3-e2e/dictionary';
/** Every dictionary data file shipped (the headword file and the detail shards; once, one cedict.bin). */
const DICTIONARY_BYTES = (readdirSync(DICTIONARY_DIR, { recursive: true }) as string[])
  .filter((name) => name.endsWith('.bin'))
  .reduce((sum, name) => sum + statSync(`${DICTIONARY_DIR}/${name}`).size, 0);
/** What a cold start reads before any shard: the headword file (or, once, the whole file). */
const HEADWORD_BYTES = existsSync(`${DICTIONARY_DIR}/words.bin`) ? statSync(`${DICTIONARY_DIR}/words.bin`).size : DICTIONARY_BYTES;
const server = await startFixtureServer();
const url = server.fixtures.file.articles.find((a) => a.slug === 'zhaoshang')!.www;

/** Pointer event → first card painted on a page that has shown none yet (the card's element is made then). */
async function timeFirstCard(page: HPage, word: string, charIndex = 0): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __first: number | null; __t0: number };
    w.__first = null;
    w.__t0 = 0;
    addEventListener('pointermove', (e) => (w.__t0 = e.timeStamp), { capture: true });
    // The card's element may be made before its first card (content/hover/card-presenter.ts prepare): its inside is watched too.
    let watching: ShadowRoot | null = null;
    const seen = new MutationObserver(() => {
      const shadow = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot;
      if (shadow && shadow !== watching) seen.observe((watching = shadow), { childList: true, subtree: true });
      if (!shadow?.querySelector('.card')) return;
      seen.disconnect();
      const t0 = w.__t0;
      requestAnimationFrame(() => setTimeout(() => (w.__first = performance.now() - t0)));
    });
    seen.observe(document.documentElement, { childList: true, subtree: true });
  });
  const { x, y } = await pointAt(page, { text: word, charIndex, within: '.article-content', across: 0.5 });
  await page.mouseMove(x, y);
  return page.waitFor(() => (window as unknown as { __first: number | null }).__first, undefined, { timeout: 10_000 });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

for (const name of BROWSERS) {
  const h = await launchBrowser(name, { server });
  const page = await h.newPage();
  await page.goto(url);
  await waitForZhuDu(page);
  const text = await page.evaluate(() => document.querySelector('.article-content')!.textContent!);
  const starts = [...text.matchAll(/\p{Script=Han}{2}/gu)].map((m) => m.index!);
  // The first card also makes the card's element and has the background load the dictionary: timed on its own.
  const firstMs = await timeFirstCard(page, text.slice(starts.at(-1)!, starts.at(-1)! + 2));
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number };
    w.__lat = [];
    const host = document.querySelector('[data-zhudu-ui="card"]')!;
    let last = '';
    new MutationObserver(() => {
      const card = host.shadowRoot?.querySelector<HTMLElement>('.card');
      const key = card ? `${card.dataset.hanzi}@${card.style.left},${card.style.top}` : '';
      if (!card || key === last) return;
      last = key;
      const t0 = w.__t0;
      requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0)));
    }).observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true });
  });
  let done = 0;
  for (let i = 0; i < HOVERS; i++) {
    const at = starts[Math.floor((i * starts.length) / HOVERS)]!;
    const { x, y } = await pointAt(page, { text: text.slice(at, at + 6), within: '.article-content', across: 0.5 });
    await page.mouseMove(x, y);
    const got = await page.waitFor((n) => (window as unknown as { __lat: number[] }).__lat.length > n, done, { timeout: 3_000 }).catch(() => false);
    if (got) done = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.length);
  }
  const latencies = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).sort((a, b) => a - b);
  console.log(
    `${name}: ${latencies.length} cards over ${HOVERS} hovers; pointer event → card painted: ` +
      `median ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms; ` +
      `the page's first card ${firstMs.toFixed(1)} ms`,
  );
  if (name === 'chromium') {
    const heapAfterHovers = await h.backgroundHeap();
    // What a reader meets after ~30 s without hovering: the page loaded and its terms found long ago, the
    // worker stopped since. A fresh page each time, so nothing is in the page's cache but what it fetched
    // by itself: the cards of the paragraphs on screen once a reader showed up (content/hover/read-ahead.ts).
    await page.goto(url);
    await waitForZhuDu(page);
    const onScreen = await page.evaluate(() => {
      const runs: string[] = [];
      for (const p of document.querySelectorAll('.article-content p')) {
        const box = p.getBoundingClientRect();
        if (box.top >= 0 && box.bottom <= innerHeight) runs.push(...[...(p.textContent ?? '').matchAll(/\p{Script=Han}{2}/gu)].map((m) => m[0]));
      }
      return runs;
    });
    const coldRuns = async (label: string, wordAt: (i: number) => string, readerArrives: boolean, prepare?: (i: number) => Promise<void>, charIndex = 0) => {
      const cold: number[] = [];
      const stages: string[] = [];
      const coldBytes: string[] = [];
      for (let i = 0; i < 5; i++) {
        await page.goto(url);
        await page.evaluate(() => scrollTo(0, 0));
        await waitForZhuDu(page);
        if (readerArrives) await page.mouseMove(3, 300); // on the page's margin, on no word
        await sleep(4_500); // past what the page does by itself in its first seconds (read-ahead.ts)
        if (prepare) {
          await prepare(i);
          await sleep(1_500); // the page's glossary scan of what changed is answered before the worker stops
        }
        await h.stopBackground();
        cold.push(await timeFirstCard(page, wordAt(i), charIndex));
        // Where the worker's part went, ms after it started: listening, dictionary read, first lookup answered.
        const marks = (await h.backgroundMarks()) ?? [];
        const at0 = (mark: string) => marks.find((m) => m.name === `zhudu:${mark}`)?.ms.toFixed(0) ?? '–';
        stages.push(`${at0('listening')}/${at0('dictionary')}/${at0('details')}/${at0('lookUp')}`);
        // The first lookup's mark carries the detail bytes read by then (utils/background/word-service.ts).
        const detail = marks.find((m) => m.name === 'zhudu:lookUp')?.detail as { detailBytes?: number } | undefined;
        coldBytes.push(detail ? `${((HEADWORD_BYTES + (detail.detailBytes ?? 0)) / 1000).toFixed(0)} KB` : 'none');
      }
      cold.sort((a, b) => a - b);
      console.log(`${name}: first card after a service-worker cold start, the pointer jumping straight onto ${label}: median ${quantile(cold, 0.5).toFixed(1)} ms, max ${cold.at(-1)!.toFixed(1)} ms (${cold.map((ms) => ms.toFixed(0)).join(', ')})`);
      console.log(`${name}:   inside the worker, ms after it started — listening / headwords read / the card's details read / first lookup answered (– never: the page asked nothing): ${stages.join(', ')}`);
      console.log(`${name}:   dictionary bytes read before the first card (of ${(DICTIONARY_BYTES / 1000).toFixed(0)} KB shipped): ${coldBytes.join(', ')}`);
    };
    await coldRuns('a word on screen, the pointer moved once after the page loaded', (i) => onScreen[Math.floor(((i * 2 + 1) * onScreen.length) / 10)]!, true);
    // Nobody there since the page loaded: the screen's cards were fetched once it had gone quiet.
    await coldRuns('the same word, no pointer on the page since it loaded', (i) => onScreen[Math.floor(((i * 2 + 1) * onScreen.length) / 10)]!, false);
    // A word in the article's second half, scrolled to as the pointer lands: the page fetched the cards
    // below the screen after those on it (read-ahead.ts), so this is answered in the page too.
    await coldRuns('a word in the article\'s second half, scrolled to at that moment', (i) => {
      const at = starts[Math.floor(((20 + i * 4) * starts.length) / 40)]!;
      return text.slice(at, at + 6); // six characters: found there, not at an earlier occurrence on screen
    }, false);
    // The worker's own cold path: a paragraph the page added after it read ahead (a live update), scrolled
    // to as the pointer lands; its cards are nowhere but in the stopped worker.
    await coldRuns('a word of a paragraph added later, scrolled to at that moment', (i) => `更新${i}：${text.slice(starts[i * 3]!, starts[i * 3]! + 4)}`, false, async (i) => {
      const at = starts[i * 3]!;
      await page.evaluate((added) => {
        const p = document.createElement('p');
        p.textContent = added;
        document.querySelector('.article-content')!.append(p);
      }, `更新${i}：${text.slice(at, at + 120)}`);
    });
    // The same for a glossary term, the card with the most to read and draw: its entry's file too (lazy-entries.ts).
    await coldRuns('a glossary term (新质生产力) of a paragraph added later, scrolled to at that moment', () => '发展新质生产力，推动高质量', false, async (i) => {
      await page.evaluate((added) => {
        const p = document.createElement('p');
        p.textContent = added;
        document.querySelector('.article-content')!.append(p);
      }, `更新${i}：会议强调，要加快发展新质生产力，推动高质量发展。`);
    }, 3);
    // As a hand moves: the pointer first crosses the page (its first move tells the worker, which gets
    // ready: utils/background/word-service.ts prepare), and reaches the word 400 ms, or 150 ms, later.
    for (const travelMs of [400, 150]) {
      const approached: number[] = [];
      for (let i = 0; i < 5; i++) {
        await page.goto(url);
        await waitForZhuDu(page);
        await sleep(1_000);
        await h.stopBackground();
        await page.mouseMove(5, 300);
        await sleep(travelMs);
        const at = starts[Math.floor(((i * 7 + 3) * starts.length) / 40)]!;
        approached.push(await timeFirstCard(page, text.slice(at, at + 2)));
      }
      approached.sort((a, b) => a - b);
      console.log(`${name}: the same, the pointer crossing the page for ${travelMs} ms first: median ${quantile(approached, 0.5).toFixed(1)} ms, max ${approached.at(-1)!.toFixed(1)} ms (${approached.map((ms) => ms.toFixed(0)).join(', ')})`);
    }
    const popup = await h.openPopup();
    await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ zhudu: 'searchWords', data: { query: 'invest', limit: 20 } }));
    const heapAfterSearch = await h.backgroundHeap();
    const searchedBytes = HEADWORD_BYTES === DICTIONARY_BYTES ? DICTIONARY_BYTES : HEADWORD_BYTES + DICTIONARY_BYTES;
    const mb = (bytes: number | null) => (bytes === null ? '?' : (bytes / 1_048_576).toFixed(1));
    console.log(
      `${name}: background JS heap ${mb(heapAfterHovers)} MB after the hovers, ${mb(heapAfterSearch)} MB after an English search; ` +
        // After a search the split dictionary holds its headword file and every entry joined into one text (about the old single file).
        `+ the dictionary buffers ${mb(searchedBytes)} MB → ${mb((heapAfterSearch ?? 0) + searchedBytes)} MB in all`,
    );
    await popup.close();
  }
  await h.close();
}
await server.close();
