// The setup every browser suite shares: one fixture server for the test file and, for each browser,
// the built extension launched over it with one page open.
import { afterAll, beforeAll, describe } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserName, type Harness, type HPage } from './browsers.ts';
import { startFixtureServer, type FixtureServer } from './serve.ts';

export interface FixtureSuite {
  readonly server: FixtureServer;
}

export interface BrowserSuite extends FixtureSuite {
  readonly h: Harness;
  readonly page: HPage;
}

/** The fixture server of this test file: started before its tests, closed after them. */
export function serveFixtures(): FixtureSuite {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server?.close());
  return {
    get server() {
      if (!server) throw new Error('the fixture server is read before it started (outside a test or hook)');
      return server;
    },
  };
}

/**
 * One describe block per browser, titled "<browser>: <title>": the extension is launched before
 * `body`'s own hooks and closed after them. Read `suite.h` and `suite.page` inside tests and hooks.
 */
export function eachBrowser(fixtures: FixtureSuite, title: string, body: (suite: BrowserSuite, name: BrowserName) => void): void {
  describe.each(BROWSERS)(`%s: ${title}`, (name) => {
    let opened: { h: Harness; page: HPage } | undefined;
    beforeAll(async () => {
      const h = await launchBrowser(name, { server: fixtures.server });
      opened = { h, page: await h.newPage() };
    });
    afterAll(() => opened?.h.close());
    const read = () => {
      if (!opened) throw new Error(`${name} is read before it was launched (outside a test or hook)`);
      return opened;
    };
    body(
      {
        get server() {
          return fixtures.server;
        },
        get h() {
          return read().h;
        },
        get page() {
          return read().page;
        },
      },
      name,
    );
  });
}
