// Before the demo and the browser tests: find the browsers, and on a Debian machine where we are
// root, install what is missing with apt-get, saying what and why. Anywhere else, one message with
// the exact command. Nothing here downloads a browser any other way.
import { spawnSync } from 'node:child_process';
import {
  BROWSER_SPECS,
  CJK_FONT_PACKAGE,
  debianPackages,
  findBrowser,
  findOnPath,
  installCommand,
  missingMessage,
  realSystem,
  type BrowserName,
  type System,
} from './find-browser.ts';

/** How packages get installed; a test passes its own and no apt-get ever runs. */
export interface Installer {
  isRoot(): boolean;
  hasAptGet(): boolean;
  /** Runs a command with output shown; its exit status. */
  run(command: string, args: readonly string[]): number;
  log(line: string): void;
}

export type Ensured = { ok: true; paths: Partial<Record<BrowserName, string>> } | { ok: false; message: string };

const CJK_FONT_FILES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

interface Need {
  pkg: string;
  why: string;
  /** Without it the run cannot go on; a missing font only makes the pages show boxes. */
  required: boolean;
}

function needs(browsers: readonly BrowserName[], system: System): Need[] {
  const list: Need[] = browsers
    .filter((name) => !findBrowser(name, system).found)
    .map((name) => ({ pkg: BROWSER_SPECS[name].debianPackage, why: `${BROWSER_SPECS[name].label}, the browser ZhuDu is loaded into`, required: true }));
  if (system.platform === 'linux') {
    if (!CJK_FONT_FILES.some((file) => system.exists(file))) {
      list.push({ pkg: CJK_FONT_PACKAGE, why: 'a font with Chinese glyphs, so the pages and screenshots show characters, not boxes', required: false });
    }
    // The fixture server makes a throw-away https certificate with it.
    if (!findOnPath(['openssl'], system)) list.push({ pkg: 'openssl', why: 'to make the local https certificate for the bundled pages', required: true });
  }
  return list;
}

export function ensureBrowsers(browsers: readonly BrowserName[], system: System, installer: Installer): Ensured {
  let missing = needs(browsers, system);
  if (missing.length && system.platform === 'linux' && installer.hasAptGet() && installer.isRoot()) {
    installer.log(`Installing with apt-get (Debian packages):\n${missing.map((need) => `  ${need.pkg}: ${need.why}`).join('\n')}`);
    const packages = missing.map((need) => need.pkg);
    const installed =
      installer.run('apt-get', ['update', '-qq']) === 0 &&
      installer.run('apt-get', ['install', '-y', '-qq', ...packages]) === 0;
    if (!installed) installer.log(`apt-get could not install ${packages.join(' ')}.`);
    missing = needs(browsers, system);
  }

  const blocking = missing.filter((need) => need.required);
  if (blocking.length) {
    const absent = browsers.filter((name) => !findBrowser(name, system).found);
    const badEnvPath = browsers.flatMap((name) => {
      const lookup = findBrowser(name, system);
      return !lookup.found && lookup.badEnvPath ? [lookup.badEnvPath] : [];
    })[0];
    // The font goes with any browser: a fresh machine has none, and apt-get skips what is installed.
    const packages = [...new Set([...(absent.length ? debianPackages(absent) : []), ...missing.map((need) => need.pkg)])];
    return { ok: false, message: missingMessage(absent, packages, system, badEnvPath) };
  }
  for (const need of missing) installer.log(`Note: no Chinese font found; pages will show boxes. Install one with: ${installCommand([need.pkg], true)}`);

  const paths: Partial<Record<BrowserName, string>> = {};
  for (const name of browsers) {
    const lookup = findBrowser(name, system);
    if (lookup.found) paths[name] = lookup.path;
  }
  return { ok: true, paths };
}

export function realInstaller(system: System = realSystem()): Installer {
  return {
    isRoot: () => process.getuid?.() === 0,
    hasAptGet: () => Boolean(findOnPath(['apt-get'], system)),
    run: (command, args) =>
      spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1,
    log: (line) => console.log(line),
  };
}
