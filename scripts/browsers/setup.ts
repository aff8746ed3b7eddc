// `tsx scripts/browsers/setup.ts chromium [firefox]`: run by `npm run demo` before it builds and by
// `npm test` before the browser suites. Prints where each browser is, or one message and exits 1.
import { ensureBrowsers, realInstaller } from './ensure-browsers.ts';
import { realSystem, type BrowserName } from './find-browser.ts';

const names = process.argv.slice(2).filter((arg): arg is BrowserName => arg === 'chromium' || arg === 'firefox');
const wanted: BrowserName[] = names.length ? names : ['chromium', 'firefox'];
const system = realSystem();
const result = ensureBrowsers(wanted, system, realInstaller(system));
if (result.ok) {
  for (const name of wanted) console.log(`${name}: ${result.paths[name]}`);
} else {
  console.error(`\n${result.message}\n`);
  process.exit(1);
}
