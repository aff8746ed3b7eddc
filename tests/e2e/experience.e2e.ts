// Issue #7 in the built extension, in real Chromium and Firefox: the UI language, the keyboard
// commands, the study sheet and its Anki CSV, and axe-core on every extension page in both themes.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseAnkiCsv } from '../../utils/core/study/anki.ts';
import { seriousViolations, useScheme, isDark, type Scheme } from './a11y-helpers.ts';
import { BROWSERS, launchBrowser, poll, type Harness, type HPage } from './harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from './harness/serve.ts';
import { hoverFor, sleep, waitForZhuDu } from './page-helpers.ts';
import { glossary } from '../helpers/engine.ts';
import { changeStoredSettings, storedSettings } from './harness/stored.ts';
import type { UiLanguage } from '../../utils/core/storage/settings.ts';

interface SeedArticle {
  slug: string;
  pretitle: string;
  title: string;
  subtitle: string;
  paragraphs: string[];
}

const SHOTS = 'e2e-output/experience';
const SEED = JSON.parse(readFileSync('tests/fixtures/articles.json', 'utf8')) as SeedArticle[];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => server?.close());

const urlOf = (slug: string) => server.fixtures.file.articles.find((a) => a.slug === slug)!.www;

/** The popup's visible strings that must change with the language. */
function popupStrings(popup: HPage) {
  return popup.evaluate(() => ({
    lang: document.documentElement.lang,
    tabs: [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent),
    ruby: document.querySelector('#zhudu-ruby')?.closest('label')?.textContent ?? null,
    welcome: document.querySelector('footer [data-testid="open-welcome"]')?.textContent ?? null,
  }));
}

/**
 * Runs a keyboard command the way the browser does when its shortcut is pressed, minus the key press
 * itself (headless browsers cannot press OS-level extension shortcuts): a ZhuDu page asks the
 * background, whose listener calls runCommand, the same function `commands.onCommand` calls.
 */
function dispatchCommand(extensionPage: HPage, name: string): Promise<boolean> {
  return extensionPage.evaluate((command) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ zhudu: 'runCommand', data: { name: command } });
  }, name);
}

type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; remove(ids: number[]): Promise<void> } };

/** The few extension APIs these tests call from inside an extension page. */
type ExtApi = {
  runtime: { sendMessage(message: unknown): Promise<boolean> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

describe.each(BROWSERS)('%s: the experience people expect', (name) => {
  let h: Harness;
  let article: HPage;
  let tabId: number;

  beforeAll(async () => {
    h = await launchBrowser(name, { server });
    article = await h.newPage();
    await article.goto(urlOf('changwu'));
    await waitForZhuDu(article);
    tabId = await article.tabId();
  });
  afterAll(() => h?.close());

  async function open(path: string, scheme: Scheme = 'light'): Promise<HPage> {
    const page = await h.newPage();
    await page.goto(`${h.extensionOrigin}${path}`);
    await page.waitFor(() => document.querySelector('main') !== null, undefined, { message: `${path} rendered nothing` });
    await useScheme(page, scheme);
    return page;
  }

  it('switching the UI language in the options switches the popup strings and the card, live', async () => {
    const popup = await h.openPopup(`?tabId=${tabId}`);
    await popup.waitFor(() => document.querySelector('#zhudu-ruby') !== null);
    expect(await popupStrings(popup)).toEqual({
      lang: 'en',
      tabs: ['This page', 'Summary', 'Glossary'],
      ruby: 'Pinyin over the whole article (ruby)',
      welcome: 'Welcome & tour',
    });

    const options = await open('options.html');
    const choose = (value: string) =>
      options.evaluate((v) => {
        const select = document.querySelector<HTMLSelectElement>('#ui-language')!;
        select.value = v;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    await choose('zh_CN');
    await options.waitFor(() => document.documentElement.lang === 'zh-CN' && document.querySelector('h1')?.textContent === '株读设置');
    expect(await popup.waitFor(() => (document.documentElement.lang === 'zh-CN' ? true : null), undefined, { message: 'the popup stayed in English' })).toBe(true);
    expect(await popupStrings(popup)).toEqual({ lang: 'zh-CN', tabs: ['本页', '摘要', '词表'], ruby: '全文注音（拼音标在字上）', welcome: '欢迎与导览' });
    expect((await storedSettings(h)).uiLanguage).toBe('zh_CN');
    // The card on the news page speaks it too: the content script gets its strings from the background.
    await hoverFor(article, { text: '市长陈恢清', charIndex: 3, within: '.article-content' });
    const label = await article.waitFor(
      (want) => {
        const chip = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.labels .chip')?.textContent;
        return chip === want ? chip : null;
      },
      '人名',
      { message: 'the card did not speak Chinese' },
    );
    expect(label).toBe('人名');

    await choose('auto'); // back to the browser's language (en-US in the test profiles)
    await popup.waitFor(() => document.documentElement.lang === 'en');
    expect((await popupStrings(popup)).tabs).toEqual(['This page', 'Summary', 'Glossary']);
    await Promise.all([popup.close(), options.close()]);
  });

  it('the popup’s footer opens the welcome page in a tab (unpacked installs never open it themselves)', async () => {
    const popup = await h.openPopup(`?tabId=${tabId}`);
    await popup.waitFor(() => document.querySelector('[data-testid="open-welcome"]') !== null);
    const welcomeTabs = () =>
      popup.evaluate(async () => {
        const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
        return (await (g.browser ?? g.chrome)!.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html')).map((tab) => tab.id!);
      });
    expect(await welcomeTabs()).toEqual([]);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="open-welcome"]')!.click());
    const opened = await poll(async () => ((await welcomeTabs()).length === 1 ? true : undefined), { message: 'no welcome tab opened' });
    expect(opened).toBe(true);
    await popup.evaluate(async (ids) => {
      const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      await (g.browser ?? g.chrome)!.tabs.remove(ids);
    }, await welcomeTabs());
    await popup.close();
    await article.bringToFront();
  });

    it('declares the four shortcuts and the browser keeps a key for each', async () => {
    const options = await open('options.html');
    const commands = await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
      return (await (g.browser ?? g.chrome)!.commands.getAll()).map((c) => [c.name, c.shortcut]).sort();
    });
    const popupCommand = name === 'chromium' ? '_execute_action' : '_execute_browser_action';
    expect(commands).toEqual(
      [
        [popupCommand, 'Alt+Shift+K'],
        ['toggle-hover', 'Alt+Shift+H'],
        ['toggle-ruby', 'Alt+Shift+Y'],
        ['read-by-keyboard', 'Alt+Shift+L'],
      ].sort(),
    );
    expect(await options.waitFor(() => document.querySelectorAll('[data-testid="shortcuts"] kbd').length)).toBe(4);
    await options.close();
  });

  it('the toggle-ruby command puts pinyin over the article, and again takes it away', async () => {
    const options = await open('options.html');
    expect(await dispatchCommand(options, 'toggle-ruby')).toBe(true);
    expect(await storedSettings(h)).toMatchObject({ ruby: true });
    await article.bringToFront();
    // Ruby writes a slice per frame: wait for the paragraphs in view, not just the first slice.
    const rubies = await article.waitFor(
      () => {
        const count = document.querySelectorAll('ruby.zhudu-ruby').length;
        return count > 50 ? count : 0;
      },
      undefined,
      { message: 'no ruby over the article after the toggle-ruby command' },
    );
    expect(rubies).toBeGreaterThan(50);

    const popup = await h.openPopup(`?tabId=${tabId}`);
    expect(await popup.waitFor(() => document.querySelector<HTMLInputElement>('#zhudu-ruby')?.checked)).toBe(true);
    expect(await dispatchCommand(options, 'toggle-ruby')).toBe(true);
    expect(await popup.waitFor(() => document.querySelector<HTMLInputElement>('#zhudu-ruby')?.checked === false)).toBe(true);
    await article.bringToFront();
    await article.waitFor(() => document.querySelectorAll('ruby.zhudu-ruby').length === 0, undefined, {
      message: 'ruby stayed after the second toggle-ruby command',
    });

    // toggle-hover: off, then back to the mode the user had.
    await dispatchCommand(options, 'toggle-hover');
    expect(await storedSettings(h)).toMatchObject({ hoverMode: 'off' });
    await dispatchCommand(options, 'toggle-hover');
    expect(await storedSettings(h)).toMatchObject({ hoverMode: 'always' });
    await Promise.all([popup.close(), options.close()]);
    await article.bringToFront();
  });

  it('the study sheet renders the article with ruby and the page’s glossary terms, and its CSV has one card per term and per looked-up word, with its meaning and sentence', async () => {
    const changwu = SEED.find((a) => a.slug === 'changwu')!;
    const known = glossary.summarize([changwu.pretitle, changwu.title, changwu.subtitle, ...changwu.paragraphs].join('\n'))
      .filter((term) => term.entry)
      .map((term) => term.entry!);

    // The reader pins the card of 市长: a looked-up word, with its meaning and its sentence.
    await article.goto(urlOf('changwu'));
    await waitForZhuDu(article);
    await hoverFor(article, { text: '市长陈恢清', charIndex: 1, within: '.article-content' });
    await article.keyDown('p');
    await article.keyUp('p');
    await article.waitFor(() => !!document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    await article.keyDown('Escape');
    await article.keyUp('Escape');

    const sheet = await open(`study.html?tabId=${tabId}`);
    const shown = await sheet.waitFor(
      () => {
        const text = document.querySelector('[data-testid="study-text"]');
        const rubies = [...(text?.querySelectorAll('ruby') ?? [])];
        if (rubies.length < 50) return null;
        const read = (base: string) => {
          const ruby = rubies.find((r) => r.firstChild?.textContent === base);
          return ruby?.querySelector('rt')?.textContent ?? null;
        };
        // The reader's text: the ruby bases without their pinyin.
        const title = document.querySelector('[data-testid="study-title"]')!.cloneNode(true) as Element;
        for (const rt of title.querySelectorAll('rt, rp')) rt.remove();
        return {
          title: title.textContent ?? '',
          shizhang: read('市长'),
          rubies: rubies.length,
          entries: [...document.querySelectorAll('[data-testid="study-terms"] [data-entry]')].map((e) => e.getAttribute('data-entry')),
          csv: document.querySelector<HTMLAnchorElement>('[data-testid="anki-csv"]')?.href ?? '',
          table: document.querySelector<HTMLAnchorElement>('[data-testid="table-csv"]')?.href ?? '',
        };
      },
      undefined,
      { message: 'the study sheet showed no ruby' },
    );
    expect(shown.title).toContain('陈恢清');
    expect(shown.shizhang).toBe('shì zhǎng');
    expect(shown.entries).toEqual(known.map((entry) => entry.id));
    expect(shown.entries).toContain('qi-da-gong-jian');

    // The files' bytes as saved: both start with the UTF-8 byte-order mark (r.text() would drop it).
    const [csvFile, tableFile] = await sheet.evaluate(
      (hrefs) =>
        Promise.all(
          hrefs.map((href) =>
            fetch(href)
              .then((r) => r.arrayBuffer())
              .then((buffer) => ({ mark: [...new Uint8Array(buffer).slice(0, 3)], text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer) })),
          ),
        ),
      [shown.csv, shown.table],
    );
    for (const file of [csvFile!, tableFile!]) expect(file.mark).toEqual([0xef, 0xbb, 0xbf]);
    const csv = csvFile!.text;
    expect(csv.split('\r\n')).toContain(`#columns:${CSV_COLUMNS.join(',')}`);
    const table = tableFile!.text.slice(1).split('\r\n');
    expect(table[0]).toBe(CSV_COLUMNS.join(','));
    expect(table.filter((line) => line.startsWith('#'))).toEqual([]);
    expect(parseAnkiCsv(tableFile!.text).slice(1)).toEqual(parseAnkiCsv(csv));
    const rows = parseAnkiCsv(csv);
    expect(rows.map((row) => row[0])).toEqual([...known.map((entry) => entry.term), '市长']);
    const mayor = rows.find((row) => row[0] === '市长')!;
    expect(mayor.slice(1, 3)).toEqual(['shì zhǎng', expect.stringContaining('mayor')]);
    expect(mayor[4]).toContain('市长陈恢清');
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const qi = rows.find((row) => row[0] === '七大攻坚')!;
    expect(qi[1]).toBe('qī dà gōng jiān');
    expect(qi[5]).toBe(urlOf('changwu'));
    await sheet.close();
    await article.bringToFront();
  });

  it('in the page: the hover result is announced, P pins a focused dialog, Esc closes it and gives focus back; P typed into a field does nothing', async () => {
    await article.goto(urlOf('changwu'));
    await waitForZhuDu(article);
    await article.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'zz-test-field';
      input.setAttribute('aria-label', 'test field');
      document.body.prepend(input);
    });
    const card = await hoverFor(article, { text: '市长陈恢清', charIndex: 1, within: '.article-content' });
    const said = await article.waitFor(
      () => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent || null,
    );
    expect(said).toContain(card.hanzi);
    expect(said).toContain(card.pinyin);

    // Typing P into a field of the page is the page's business.
    await article.evaluate(() => document.getElementById('zz-test-field')!.focus({ preventScroll: true }));
    await article.keyDown('p');
    await article.keyUp('p');
    await sleep(300);
    expect(await article.evaluate(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]') ?? null)).toBeNull();
    expect(await article.evaluate(() => (document.getElementById('zz-test-field') as HTMLInputElement).value)).toBe('p');

    // Outside a field, P pins the card: a dialog with a name and a Close button, holding the focus.
    await article.evaluate(() => (document.activeElement as HTMLElement).blur());
    await hoverFor(article, { text: '市长陈恢清', charIndex: 0, within: '.article-content' });
    await article.keyDown('p');
    await article.keyUp('p');
    const dialog = await article.waitFor(() => {
      const root = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot;
      const d = root?.querySelector('[role="dialog"]');
      return d && root!.activeElement === d ? { name: d.getAttribute('aria-label'), close: root!.querySelector('button.close')?.getAttribute('aria-label') } : null;
    });
    expect(dialog).toEqual({ name: expect.stringContaining('ZhuDu'), close: 'Close' });
    await article.keyDown('Escape');
    await article.keyUp('Escape');
    await article.waitFor(() => !document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.card') && document.activeElement !== document.querySelector('[data-zhudu-ui="card"]'), undefined, {
      message: 'Esc did not close the card and give focus back',
    });
  });

  it('the accessibility checker itself reports a serious violation when there is one', async () => {
    const page = await open('options.html');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'icon/16.png'; // no alt: axe's image-alt, critical
      document.querySelector('main')!.append(img);
    });
    expect((await seriousViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
    await article.bringToFront();
  });

  describe.each(['light', 'dark'] as const)('axe-core, %s theme', (scheme) => {
    const pages = () => [`popup.html?tabId=${tabId}`, 'options.html', 'welcome.html', `study.html?tabId=${tabId}`];

    it('finds no serious or critical violation on the popup, options, welcome and study sheet', async () => {
      const found: Record<string, unknown[]> = {};
      for (const path of pages()) {
        const page = await open(path, scheme);
        // Wait for the content that comes from the tab (the popup's terms, the sheet's ruby).
        await page.waitFor(() => document.querySelector('[data-testid="page-terms"], [data-testid="study-text"] ruby, .options, .welcome') !== null);
        expect(await isDark(page), `${path} in ${scheme}`).toBe(scheme === 'dark');
        found[path.split('?')[0]!] = await seriousViolations(page);
        if (path.startsWith('popup')) {
          await page.evaluate(() => document.querySelector<HTMLElement>('#tab-glossary')!.click());
          await page.waitFor(() => document.querySelector('#glossary-search') !== null);
          found['popup.html#glossary'] = await seriousViolations(page);
        }
        await page.close();
      }
      expect(found).toEqual({ 'popup.html': [], 'popup.html#glossary': [], 'options.html': [], 'welcome.html': [], 'study.html': [] });
      await article.bringToFront();
    });
  });

  it.runIf(name === 'chromium')('screenshots: popup in both languages and themes at 400×600, options, study sheet, welcome', async () => {
    const shoot = async (path: string, file: string, scheme: Scheme, size: { width: number; height: number }, lang: UiLanguage = 'auto') => {
      await changeStoredSettings(h, { uiLanguage: lang });
      const page = await open(path, scheme);
      if (page.raw.kind !== 'playwright') return;
      await page.raw.page.setViewportSize(size);
      await page.waitFor(() => document.querySelector('[data-testid="page-terms"], [data-testid="study-text"] ruby, .options, .welcome') !== null);
      if (path.startsWith('popup')) {
        // The popup fits the browsers' popup limits: nothing scrolls sideways, nothing runs past 600 px.
        const box = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.body.scrollHeight }));
        expect(box.width).toBeLessThanOrEqual(400);
        expect(box.height).toBeLessThanOrEqual(600);
      }
      await page.screenshot(`${SHOTS}/${file}`);
      await page.close();
    };
    const popupSize = { width: 400, height: 600 };
    await shoot(`popup.html?tabId=${tabId}`, 'popup-en-light.png', 'light', popupSize, 'en');
    await shoot(`popup.html?tabId=${tabId}`, 'popup-en-dark.png', 'dark', popupSize, 'en');
    await shoot(`popup.html?tabId=${tabId}`, 'popup-zh-light.png', 'light', popupSize, 'zh_CN');
    await shoot(`popup.html?tabId=${tabId}`, 'popup-zh-dark.png', 'dark', popupSize, 'zh_CN');
    await shoot('options.html', 'options.png', 'light', { width: 900, height: 1400 }, 'en');
    await shoot(`study.html?tabId=${tabId}`, 'study-sheet.png', 'light', { width: 900, height: 1200 }, 'en');
    await shoot('welcome.html', 'welcome.png', 'dark', { width: 900, height: 1300 }, 'en');
    await changeStoredSettings(h, { uiLanguage: 'auto' });
  });
});
