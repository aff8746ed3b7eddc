import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBrowsers, type Installer } from '@/scripts/browsers/ensure-browsers';
import { BrowserMissingError, browserPathOrExplain, findBrowser, knownBrowserPaths, realSystem, type System } from '@/scripts/browsers/find-browser';

// The lookup that `npm run demo` and `npm test` run first, on a machine whose browsers are hidden:
// PATH is an empty directory and the known install paths are empty, so nothing of this machine's
// own Chromium or Firefox can be seen. apt-get never runs: the installer is a recording stand-in.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhudu-find-browser-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

/** This machine's file system, seen through an empty PATH and no known install paths. */
function hidden(env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux'): System {
  const real = realSystem();
  return {
    env: { PATH: dir, ...env },
    platform,
    isExecutable: real.isExecutable,
    exists: () => false, // no Chinese font either
    knownPaths: () => [],
  };
}

function recordingInstaller(opts: { root: boolean; apt: boolean; installs?: () => void; status?: number }) {
  const runs: string[] = [];
  const logs: string[] = [];
  const installer: Installer = {
    isRoot: () => opts.root,
    hasAptGet: () => opts.apt,
    run: (command, args) => {
      runs.push([command, ...args].join(' '));
      if (args[0] === 'install') opts.installs?.();
      return opts.status ?? 0;
    },
    log: (line) => logs.push(line),
  };
  return { installer, runs, logs };
}

describe('finding the browsers', () => {
  it('takes CHROMIUM_PATH and FIREFOX_PATH first', () => {
    const chrome = program('my-chrome');
    const firefox = program('my-firefox');
    const system = hidden({ CHROMIUM_PATH: chrome, FIREFOX_PATH: firefox });
    expect(findBrowser('chromium', system)).toEqual({ found: true, path: chrome, from: 'CHROMIUM_PATH' });
    expect(findBrowser('firefox', system)).toEqual({ found: true, path: firefox, from: 'FIREFOX_PATH' });
  });

  it('tries the known install paths before PATH, and finds Chrome or Firefox on PATH by their usual names', () => {
    const debian = program('debian-chromium');
    program('google-chrome');
    const firefox = program('firefox');
    expect(findBrowser('chromium', { ...hidden(), knownPaths: () => ['/nowhere/chromium', debian] })).toMatchObject({ found: true, path: debian });
    expect(findBrowser('chromium', hidden())).toMatchObject({ found: true, path: join(dir, 'google-chrome'), from: 'PATH' });
    expect(findBrowser('firefox', hidden())).toMatchObject({ found: true, path: firefox, from: 'PATH' });
  });

  it('knows Debian, macOS and Windows install paths', () => {
    expect(knownBrowserPaths('chromium', 'linux').slice(0, 2)).toEqual(['/usr/lib/chromium/chromium', '/usr/bin/chromium']);
    expect(knownBrowserPaths('firefox', 'linux')[0]).toBe('/usr/bin/firefox-esr');
    expect(knownBrowserPaths('chromium', 'darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(knownBrowserPaths('firefox', 'darwin')).toEqual(['/Applications/Firefox.app/Contents/MacOS/firefox']);
    expect(knownBrowserPaths('firefox', 'win32')).toContain('C:\\Program Files\\Mozilla Firefox\\firefox.exe');
  });

  it('says a path in CHROMIUM_PATH is not a program rather than looking elsewhere', () => {
    program('chromium'); // on PATH, but the variable wins
    const error = (() => {
      try {
        browserPathOrExplain('chromium', hidden({ CHROMIUM_PATH: join(dir, 'missing') }));
      } catch (err) {
        return err as Error;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(BrowserMissingError);
    expect(error.message).toContain(`CHROMIUM_PATH is set to ${join(dir, 'missing')}, which is not a program`);
  });
});

describe('with the browsers hidden', () => {
  it('as root with apt-get: installs chromium, firefox-esr and the Chinese font, says why, then finds them', () => {
    program('openssl');
    const { installer, runs, logs } = recordingInstaller({
      root: true,
      apt: true,
      installs: () => {
        program('chromium');
        program('firefox-esr');
      },
    });
    const result = ensureBrowsers(['chromium', 'firefox'], hidden(), installer);
    expect(runs).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium firefox-esr fonts-wqy-microhei']);
    expect(logs[0]).toMatch(/^Installing with apt-get/);
    expect(logs[0]).toContain('chromium: Chromium, the browser ZhuDu is loaded into');
    expect(logs[0]).toContain('fonts-wqy-microhei: a font with Chinese glyphs');
    expect(result).toEqual({ ok: true, paths: { chromium: join(dir, 'chromium'), firefox: join(dir, 'firefox-esr') } });
  });

  it('without root: stops with one message naming the packages and the exact command, and installs nothing', () => {
    program('openssl');
    const { installer, runs } = recordingInstaller({ root: false, apt: true });
    const result = ensureBrowsers(['chromium', 'firefox'], hidden(), installer);
    expect(runs).toEqual([]);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('ZhuDu needs Chromium and Firefox');
    expect(message).toContain('sudo apt-get update && sudo apt-get install -y chromium firefox-esr fonts-wqy-microhei');
    expect(message).toContain('CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox');
    expect(message).not.toMatch(/playwright/i);
  });

  it('when apt-get fails: the same message, after saying so', () => {
    program('openssl');
    const { installer, runs, logs } = recordingInstaller({ root: true, apt: true, status: 100 });
    const result = ensureBrowsers(['chromium'], hidden(), installer);
    expect(runs).toEqual(['apt-get update -qq']);
    expect(logs).toContain('apt-get could not install chromium fonts-wqy-microhei.');
    expect(result.ok ? '' : result.message).toContain('sudo apt-get install -y chromium fonts-wqy-microhei');
  });

  it('with openssl missing too (the fixture server needs it): names it in the command', () => {
    const { installer } = recordingInstaller({ root: false, apt: true });
    const result = ensureBrowsers(['chromium'], hidden(), installer);
    expect(result.ok ? '' : result.message).toContain('sudo apt-get install -y chromium fonts-wqy-microhei openssl');
  });

  it('on a Mac (no apt-get): says to install the browser or set CHROMIUM_PATH', () => {
    const { installer, runs } = recordingInstaller({ root: false, apt: false });
    const result = ensureBrowsers(['chromium'], hidden({}, 'darwin'), installer);
    expect(runs).toEqual([]);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('Install Chromium from its website.');
    expect(message).toContain('CHROMIUM_PATH=/path/to/chromium');
    expect(message).not.toContain('apt-get');
  });

  it('the harness, asked to launch a hidden browser, throws the message instead of Playwright advice', () => {
    expect(() => browserPathOrExplain('firefox', hidden())).toThrow(/sudo apt-get install -y firefox-esr fonts-wqy-microhei/);
  });

  it('a missing font alone is a note, not a stop', () => {
    program('openssl');
    const chrome = program('chromium');
    const { installer, runs, logs } = recordingInstaller({ root: false, apt: true });
    expect(ensureBrowsers(['chromium'], hidden(), installer)).toEqual({ ok: true, paths: { chromium: chrome } });
    expect(runs).toEqual([]);
    expect(logs.join('\n')).toContain('sudo apt-get install -y fonts-wqy-microhei');
  });
});
