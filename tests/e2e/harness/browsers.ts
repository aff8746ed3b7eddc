// One interface over Debian's Chromium (playwright-core, CDP) and Firefox ESR (puppeteer-core,
// WebDriver BiDi), each with the built extension loaded and *.zznews.gov.cn / *.example.test
// mapped to the local fixture server. Recipes: shared/research/stack-recipes.md §6–7.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type KeyInput, type Page as PpPage } from 'puppeteer-core';
import { browserPathOrExplain } from '../../../scripts/browsers/find-browser.ts';
import { REPO_ROOT } from './fixtures.ts';
import type { FixtureServer } from './serve.ts';
import { makeTempDir } from './tmp.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface PollOptions {
  /** ms; default 10 000. */
  timeout?: number;
  /** ms between tries; default 100. */
  interval?: number;
  /** Said in the error on timeout. */
  message?: string;
}

export type RawPage = { kind: 'playwright'; page: PwPage } | { kind: 'puppeteer'; page: PpPage };

export interface HPage {
  readonly raw: RawPage;
  /** The document's URL (async: puppeteer's BiDi page does not see moz-extension:// navigations). */
  url(): Promise<string>;
  /** Navigates and waits for `load` (extension pages: until readyState is complete). */
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page's main world; it must be self-contained (it is serialised). Under tsx
   * (scripts/demo.ts) it must also bind no function to a name inside (`const f = () => …`,
   * `function f`): tsx's keepNames wraps those in a __name() helper the page does not have.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates `fn` until it returns something truthy; errors count as "not yet" (navigations tear realms down). */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, opts?: PollOptions): Promise<NonNullable<R>>;
  /** Viewport CSS pixels. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Key names as in KeyboardEvent.key: 'Shift', 'Alt', 'Escape', 'a'… */
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  /** A real click (trusted events) at a viewport point. */
  click(x: number, y: number): Promise<void>;
  /** Types text with real key events into whatever has focus. */
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resizes the viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** The extension's id for this tab. Brings the tab to the front (that is how it is found). */
  tabId(): Promise<number>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Harness {
  readonly name: BrowserName;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  readonly extensionOrigin: string;
  /** Wall time from launch until the extension was ready, ms. */
  readonly launchMs: number;
  newPage(): Promise<HPage>;
  /** popup.html opened as a tab; `query` like '?tabId=3' is appended as is. */
  openPopup(query?: string): Promise<HPage>;
  extensionStorage: {
    get(key: string): Promise<unknown>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /** storage.sync, as another browser's copy of ZhuDu would fill it. */
  syncStorage: {
    get(key: string): Promise<unknown>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /**
   * Stops the extension's service worker as Chrome does after ~30 s idle (Chromium, through CDP);
   * false where the background does not sleep (Firefox's MV2 background page).
   */
  stopBackground(): Promise<boolean>;
  /** JS heap the extension's service worker keeps after a garbage collection, in bytes (Chromium, through CDP); null elsewhere. */
  backgroundHeap(): Promise<number | null>;
  /** The `zhudu:` performance marks of the running service worker, ms since it started, with their detail (Chromium); null elsewhere. */
  backgroundMarks(): Promise<{ name: string; ms: number; detail?: unknown }[] | null>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server: FixtureServer;
  /**
   * Built extension; default the e2e build (`wxt build --mode e2e`: .output/chrome-mv3-e2e,
   * .output/firefox-mv2-e2e), the production build with the card's shadow root open for the tests.
   */
  extensionDir?: string;
  /** Chromium only; default headless unless HEADFUL=1 and a DISPLAY exists. */
  headless?: boolean;
}

export function launchBrowser(name: BrowserName, opts: LaunchOptions): Promise<Harness> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

export async function poll<T>(probe: () => Promise<T>, opts: PollOptions = {}): Promise<NonNullable<T>> {
  const { timeout = 10_000, interval = 100 } = opts;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`Timed out after ${timeout} ms: ${opts.message ?? 'condition never held'}${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

// ---------------------------------------------------------------- extension-side helpers
// These run inside an extension context (service worker or extension page), serialised, so they
// must not reference anything outside their own body.

type StorageAreaApi = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
type ExtApi = {
  storage: { local: StorageAreaApi; sync: StorageAreaApi };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

function storageGet(key: string): Promise<unknown> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  return (g.browser ?? g.chrome)!.storage.local.get(key).then((r) => r[key]);
}

function storageSet(items: Record<string, unknown>): Promise<void> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  return (g.browser ?? g.chrome)!.storage.local.set(items);
}

function syncGet(key: string): Promise<unknown> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  return (g.browser ?? g.chrome)!.storage.sync.get(key).then((r) => r[key]);
}

function syncSet(items: Record<string, unknown>): Promise<void> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  return (g.browser ?? g.chrome)!.storage.sync.set(items);
}

function activeTabIds(): Promise<number[]> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  return (g.browser ?? g.chrome)!.tabs
    .query({ active: true, lastFocusedWindow: true })
    .then((tabs) => tabs.map((t) => t.id!));
}

/** Evaluates in some context that has the extension APIs. */
type ExtEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

// Chromium hides tab URLs from an extension that has only content-script matches (no "tabs" or
// host_permissions), so URLs cannot identify a tab; activation can, and `active` is always visible.
async function findTabId(inExtension: ExtEval, bringToFront: () => Promise<void>): Promise<number> {
  await inExtension(activeTabIds, undefined); // opens the control page first, if one is needed, so it does not steal the front
  await bringToFront();
  const ids = await poll(async () => {
    const found = await inExtension(activeTabIds, undefined);
    return found.length === 1 ? found : undefined;
  }, { timeout: 5_000, message: 'no single active tab after bringing the page to the front' });
  return ids[0]!;
}

// ---------------------------------------------------------------- shared bits

interface Manifest {
  key?: string;
  background?: { service_worker?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

function readManifest(dir: string, buildCommand: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`${buildCommand}\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The page-level half of HPage; the rest is derived from it. */
type PageCore = Omit<HPage, 'waitFor' | 'tabId'>;

/** Which page of a browser is known to be the active tab; unknown after any tab opens. */
interface Front {
  page?: PageCore;
}

// Chromium does not paint a background tab, and mouse moves there soon wait forever for a frame.
// Opening a popup or the control page leaves the test page behind, so input and screenshots first
// bring their page to the front when it may not be there (activate tabs through HPage, not `raw`).
function hpage(core: PageCore, inExtension: ExtEval, front: Front): HPage {
  front.page = core; // a new tab opens active
  const bringToFront = async () => {
    await core.bringToFront();
    front.page = core;
  };
  const inFront = async <T>(action: () => Promise<T>) => {
    if (front.page !== core) await bringToFront();
    return action();
  };
  return {
    ...core,
    mouseMove: (x, y) => inFront(() => core.mouseMove(x, y)),
    keyDown: (key) => inFront(() => core.keyDown(key)),
    keyUp: (key) => inFront(() => core.keyUp(key)),
    click: (x, y) => inFront(() => core.click(x, y)),
    type: (text) => inFront(() => core.type(text)),
    screenshot: (path) => inFront(() => core.screenshot(path)),
    bringToFront,
    close: async () => {
      if (front.page === core) front.page = undefined;
      await core.close();
    },
    waitFor: (fn, arg, opts) => poll(() => core.evaluate(fn, arg), opts),
    tabId: () => findTabId(inExtension, bringToFront),
  };
}

const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------- Chromium

async function launchChromium(opts: LaunchOptions): Promise<Harness> {
  const started = performance.now();
  // realpath: Chromium derives an unpacked extension's id from its resolved path.
  const extDir = realpathSync(resolve(opts.extensionDir ?? join(REPO_ROOT, '.output/chrome-mv3-e2e')));
  const manifest = readManifest(extDir, 'npx wxt build');
  const headless = opts.headless ?? !(process.env.HEADFUL === '1' && process.env.DISPLAY);
  const { httpPort, httpsPort } = opts.server;
  const hostRules = [
    `MAP *zznews.gov.cn:80 127.0.0.1:${httpPort}`,
    `MAP *zznews.gov.cn:443 127.0.0.1:${httpsPort}`,
    `MAP *.example.test:80 127.0.0.1:${httpPort}`,
    `MAP *.example.test:443 127.0.0.1:${httpsPort}`,
    'MAP * ~NOTFOUND', // nothing else resolves: the run can never touch the network
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(',');
  const profile = makeTempDir('zhudu-chromium-');
  let ctx: BrowserContext | undefined;
  try {
    ctx = await chromium.launchPersistentContext(profile.path, {
      // Never undefined: Playwright would then look for its own download and advise `npx playwright install`.
      executablePath: browserPathOrExplain('chromium'),
      headless,
      viewport: VIEWPORT,
      ignoreHTTPSErrors: true,
      // Playwright passes --disable-extensions by default; it already adds --disable-background-networking,
      // --disable-component-update, --no-first-run and friends.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${extDir}`,
        `--load-extension=${extDir}`,
        `--host-resolver-rules=${hostRules}`,
        '--disable-gpu',
        '--disable-quic',
        '--disable-sync',
      ],
    });
    const context = ctx;
    const isOurs = (w: { url(): string }) => w.url().startsWith('chrome-extension://');
    let extensionId: string;
    if (manifest.background?.service_worker) {
      const sw = context.serviceWorkers().find(isOurs) ??
        (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
      extensionId = new URL(sw.url()).host;
    } else {
      extensionId = chromeExtensionId(extDir, manifest.key); // no worker to ask
    }
    const origin = `chrome-extension://${extensionId}/`;

    // The service worker when it is running, else a kept-open extension page.
    const front: Front = {};
    let controlPage: PwPage | undefined;
    /** Workers stopped by stopBackground: Playwright keeps listing them, and evaluating in one hangs. */
    const stopped = new WeakSet<object>();
    const inExtension: ExtEval = async (fn, arg) => {
      const sw = context.serviceWorkers().find((w) => w.url().startsWith(origin) && !stopped.has(w));
      if (sw) return sw.evaluate(fn as (a: unknown) => never, arg);
      if (!controlPage || controlPage.isClosed()) {
        controlPage = await context.newPage();
        front.page = undefined;
        await controlPage.goto(`${origin}popup.html`);
      }
      return controlPage.evaluate(fn as (a: unknown) => never, arg);
    };

    const wrap = (page: PwPage): HPage =>
      hpage(
        {
          raw: { kind: 'playwright', page },
          url: async () => page.url(),
          goto: async (url) => {
            await page.goto(url, { waitUntil: 'load' });
          },
          evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
          mouseMove: (x, y) => page.mouse.move(x, y),
          keyDown: (key) => page.keyboard.down(key),
          keyUp: (key) => page.keyboard.up(key),
          click: (x, y) => page.mouse.click(x, y),
          type: (text) => page.keyboard.type(text),
          screenshot: async (path) => {
            await page.screenshot({ path });
          },
          setViewport: (width, height) => page.setViewportSize({ width, height }),
          bringToFront: () => page.bringToFront(),
          close: () => page.close(),
        },
        inExtension,
        front,
      );

    /** CDP commands run in the extension's service worker, in order; their results, or null when no worker is running. */
    const inWorker = async (commands: { method: string; params?: object }[]): Promise<unknown[] | null> => {
      const session = await context.browser()!.newBrowserCDPSession();
      try {
        const worker = (await session.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(origin));
        if (!worker) return null;
        // A non-flat attach: commands to the worker go through Target.sendMessageToTarget.
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
        const results = new Map<number, unknown>();
        const all = new Promise<void>((resolve) => {
          session.on('Target.receivedMessageFromTarget', (event) => {
            const message = JSON.parse(event.message) as { id?: number; result?: unknown };
            if (message.id === undefined) return;
            results.set(message.id, message.result);
            if (results.size === commands.length) resolve();
          });
        });
        for (const [id, command] of commands.entries()) {
          await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, ...command }) });
        }
        await all;
        return commands.map((_, id) => results.get(id));
      } finally {
        await session.detach().catch(() => {});
      }
    };

    return {
      name: 'chromium',
      extensionOrigin: origin,
      launchMs: Math.round(performance.now() - started),
      newPage: async () => wrap(await context.newPage()),
      async openPopup(query = '') {
        const page = wrap(await context.newPage());
        await page.goto(`${origin}popup.html${query}`);
        return page;
      },
      extensionStorage: {
        get: (key) => inExtension(storageGet, key),
        set: (items) => inExtension(storageSet, items),
      },
      syncStorage: {
        get: (key) => inExtension(syncGet, key),
        set: (items) => inExtension(syncSet, items),
      },
      async stopBackground() {
        // What Chrome does after ~30 s idle, at once: the worker's target closes; the next event starts it again.
        const session = await context.browser()!.newBrowserCDPSession();
        try {
          const workers = async () =>
            (await session.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin));
          for (const worker of context.serviceWorkers()) if (worker.url().startsWith(origin)) stopped.add(worker);
          for (const worker of await workers()) await session.send('Target.closeTarget', { targetId: worker.targetId });
          await poll(async () => ((await workers()).length === 0 ? true : undefined), { timeout: 5_000, message: 'the service worker did not stop' });
        } finally {
          await session.detach().catch(() => {});
        }
        return true;
      },
      async backgroundHeap() {
        // Garbage first: what is measured is what the worker keeps.
        const replies = await inWorker([{ method: 'HeapProfiler.collectGarbage' }, { method: 'Runtime.getHeapUsage' }]);
        return (replies?.[1] as { usedSize: number } | undefined)?.usedSize ?? null;
      },
      async backgroundMarks() {
        const expression = "JSON.stringify(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('zhudu:')).map((m) => ({ name: m.name, ms: m.startTime, detail: m.detail })))";
        const replies = await inWorker([{ method: 'Runtime.evaluate', params: { expression, returnByValue: true } }]);
        const value = (replies?.[0] as { result?: { value?: string } } | undefined)?.result?.value;
        return value ? (JSON.parse(value) as { name: string; ms: number; detail?: unknown }[]) : null;
      },
      async close() {
        await context.close();
        profile.remove();
      },
    };
  } catch (err) {
    await ctx?.close().catch(() => {});
    profile.remove();
    throw err;
  }
}

/** Chromium's id for an unpacked extension: sha256 of the manifest key (or the path), first 32 hex digits mapped 0-f → a-p. */
export function chromeExtensionId(absPath: string, manifestKey?: string): string {
  const input = manifestKey ? Buffer.from(manifestKey, 'base64') : Buffer.from(absPath);
  return [...createHash('sha256').update(input).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');
}

// ---------------------------------------------------------------- Firefox

/** Pinned via extensions.webextensions.uuids so the moz-extension:// origin is known before install. */
export const FIREFOX_EXTENSION_UUID = '5b0f5c7e-2d43-4c1a-9e6b-7a3d1f08c2e4';

// On top of puppeteer's own defaults (updates, safebrowsing, datareporting, new tab page…).
const QUIET_FIREFOX_PREFS: Record<string, unknown> = {
  // Release builds ignore this pref unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the environment (set below);
  // without both, Firefox polls firefox.settings.services.mozilla.com.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'app.update.auto': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'dom.push.connection.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'identity.fxaccounts.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5, // no DNS over HTTPS
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

async function launchFirefox(opts: LaunchOptions): Promise<Harness> {
  const started = performance.now();
  const extDir = resolve(opts.extensionDir ?? join(REPO_ROOT, '.output/firefox-mv2-e2e'));
  const geckoId = readManifest(extDir, 'npx wxt build -b firefox').browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;

  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPathOrExplain('firefox'),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_FIREFOX_PREFS,
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(opts.server.proxyPacScript)}`,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    await browser.installExtension(extDir); // a temporary add-on, gone with the profile

    const gotoUrl = async (page: PpPage, url: string) => {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load' });
        return;
      }
      // BiDi never reports moz-extension:// navigations as finished: fire, then poll the document.
      page.goto(url).catch(() => {});
      await poll(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), {
        timeout: 15_000,
        message: `${url} did not load`,
      });
    };

    // An extension page kept open in its own tab: the place to call storage and tabs from.
    const front: Front = {};
    let controlPage: PpPage | undefined;
    const inExtension: ExtEval = async (fn, arg) => {
      if (!controlPage || controlPage.isClosed()) {
        controlPage = await browser.newPage();
        front.page = undefined;
        await gotoUrl(controlPage, `${origin}popup.html`);
      }
      return controlPage.evaluate(fn as (a: unknown) => never, arg) as Promise<never>;
    };

    const wrap = (page: PpPage): HPage =>
      hpage(
        {
          raw: { kind: 'puppeteer', page },
          url: () => page.evaluate(() => location.href).catch(() => page.url()),
          goto: (url) => gotoUrl(page, url),
          evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as Promise<never>,
          mouseMove: (x, y) => page.mouse.move(x, y),
          keyDown: (key) => page.keyboard.down(key as KeyInput),
          keyUp: (key) => page.keyboard.up(key as KeyInput),
          click: (x, y) => page.mouse.click(x, y),
          type: (text) => page.keyboard.type(text),
          screenshot: async (path) => {
            await page.screenshot({ path: path as `${string}.png` });
          },
          setViewport: (width, height) => page.setViewport({ width, height }),
          bringToFront: () => page.bringToFront(),
          close: () => page.close(),
        },
        inExtension,
        front,
      );

    return {
      name: 'firefox',
      extensionOrigin: origin,
      launchMs: Math.round(performance.now() - started),
      newPage: async () => wrap(await browser.newPage()),
      async openPopup(query = '') {
        const page = wrap(await browser.newPage());
        await page.goto(`${origin}popup.html${query}`);
        return page;
      },
      extensionStorage: {
        get: (key) => inExtension(storageGet, key),
        set: (items) => inExtension(storageSet, items),
      },
      syncStorage: {
        get: (key) => inExtension(syncGet, key),
        set: (items) => inExtension(syncSet, items),
      },
      stopBackground: async () => false,
      backgroundHeap: async () => null,
      backgroundMarks: async () => null,
      close: () => browser.close(), // puppeteer removes its temporary profile
    };
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}
