// Finds the browsers `npm run demo`, `npm test` and the benches drive, and what to do when one is
// missing: the Debian package to install and the one command that installs it. Everything the
// lookup reads from the machine comes through `System`, so a test can hide the browsers.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

/** What the lookup may ask of the machine. */
export interface System {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  isExecutable(path: string): boolean;
  exists(path: string): boolean;
  /** Absolute paths tried after the environment variable, before PATH; defaults to the known ones. */
  knownPaths?: (name: BrowserName, platform: NodeJS.Platform) => readonly string[];
}

interface BrowserSpec {
  label: string;
  envVar: string;
  debianPackage: string;
  /** Commands looked for on PATH, best first. */
  commands: readonly string[];
}

export const BROWSER_SPECS: Readonly<Record<BrowserName, BrowserSpec>> = {
  chromium: {
    label: 'Chromium',
    envVar: 'CHROMIUM_PATH',
    debianPackage: 'chromium',
    // Chromium first: branded Chrome 137+ ignores --load-extension, so it is the last resort.
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
  },
  firefox: {
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    debianPackage: 'firefox-esr',
    commands: ['firefox-esr', 'firefox'],
  },
};

/** Chinese glyphs for the pages and screenshots; Debian's Chromium and Firefox bring none. */
export const CJK_FONT_PACKAGE = 'fonts-wqy-microhei';

export function knownBrowserPaths(name: BrowserName, platform: NodeJS.Platform): readonly string[] {
  if (platform === 'darwin') {
    return name === 'chromium'
      ? ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
      : ['/Applications/Firefox.app/Contents/MacOS/firefox'];
  }
  if (platform === 'win32') {
    const roots = ['C:\\Program Files', 'C:\\Program Files (x86)'];
    return name === 'chromium'
      ? roots.flatMap((root) => [`${root}\\Chromium\\Application\\chrome.exe`, `${root}\\Google\\Chrome\\Application\\chrome.exe`])
      : roots.map((root) => `${root}\\Mozilla Firefox\\firefox.exe`);
  }
  // Debian's /usr/bin/chromium is a wrapper script; the binary behind it is what Playwright drives best.
  return name === 'chromium'
    ? ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome']
    : ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'];
}

export type Lookup =
  | { found: true; path: string; from: string }
  | { found: false; /** Set when the environment variable names something that is not a program. */ badEnvPath?: string };

export function findBrowser(name: BrowserName, system: System = realSystem()): Lookup {
  const spec = BROWSER_SPECS[name];
  const fromEnv = system.env[spec.envVar];
  if (fromEnv) {
    return system.isExecutable(fromEnv) ? { found: true, path: fromEnv, from: spec.envVar } : { found: false, badEnvPath: fromEnv };
  }
  const known = (system.knownPaths ?? knownBrowserPaths)(name, system.platform);
  for (const path of known) if (system.isExecutable(path)) return { found: true, path, from: 'a known install path' };
  const onPath = findOnPath(spec.commands, system);
  return onPath ? { found: true, path: onPath, from: 'PATH' } : { found: false };
}

export function findOnPath(commands: readonly string[], system: System): string | undefined {
  const dirs = (system.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of commands) {
    for (const dir of dirs) {
      const path = join(dir, command);
      if (system.isExecutable(path)) return path;
    }
  }
  return undefined;
}

/** The path of a browser the harness is about to launch, or an error whose message says what to do. */
export function browserPathOrExplain(name: BrowserName, system: System = realSystem()): string {
  const lookup = findBrowser(name, system);
  if (lookup.found) return lookup.path;
  throw new BrowserMissingError(missingMessage([name], debianPackages([name]), system, lookup.badEnvPath));
}

export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

/** The one message shown when something is missing and cannot be installed from here. */
export function missingMessage(
  browsers: readonly BrowserName[],
  packages: readonly string[],
  system: Pick<System, 'platform'>,
  badEnvPath?: string,
): string {
  const labels = browsers.map((name) => BROWSER_SPECS[name].label).join(' and ');
  const what = labels || packages.join(' and ');
  const lines = [`ZhuDu needs ${what} to show the extension on the bundled pages and to run its browser tests, and did not find ${browsers.length > 1 ? 'them' : 'it'}.`];
  if (badEnvPath) lines.push(`(${browsers.map((name) => BROWSER_SPECS[name].envVar).join(' / ')} is set to ${badEnvPath}, which is not a program.)`);
  if (system.platform === 'linux') {
    lines.push(`On Debian or Ubuntu, install ${browsers.length > 1 ? 'them' : 'it'} with:\n\n  ${installCommand(packages, true)}\n`);
    if (packages.includes(CJK_FONT_PACKAGE)) lines.push(`(${CJK_FONT_PACKAGE} gives the pages their Chinese glyphs.)`);
  } else if (labels) {
    lines.push(`Install ${labels} from its website.`);
  }
  if (browsers.length) {
    lines.push(`Or point ZhuDu at one you have: ${browsers.map((name) => `${BROWSER_SPECS[name].envVar}=/path/to/${name}`).join(' ')}`);
  }
  return lines.join('\n');
}

export function debianPackages(browsers: readonly BrowserName[]): string[] {
  return [...browsers.map((name) => BROWSER_SPECS[name].debianPackage), CJK_FONT_PACKAGE];
}

export function installCommand(packages: readonly string[], sudo: boolean): string {
  const prefix = sudo ? 'sudo ' : '';
  return `${prefix}apt-get update && ${prefix}apt-get install -y ${packages.join(' ')}`;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function realSystem(): System {
  return { env: process.env, platform: process.platform, isExecutable: isExecutableFile, exists: existsSync };
}
