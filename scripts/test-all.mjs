// `npm test`: types, lint, unit + DOM tests, both builds, then the real-browser suite (Chromium and
// Firefox, including web-ext lint and manifest checks). Ends with one line `N passed, N failed`
// totalled over every run, which CI reads; exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;

function step(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  return run.status === 0;
}

/** Runs a vitest suite and adds its counts; a suite that crashed before reporting counts as one failure. */
function vitestSuite(title, extraArgs, report) {
  rmSync(report, { force: true });
  const ok = step(title, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed++;
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  if (!ok && result.numFailedTests === 0) failed++; // e.g. an error outside any test
}

/** A check that is not a vitest suite: one pass or one failure. */
function check(title, command, args) {
  if (step(title, command, args)) passed++;
  else failed++;
}

// First, so a missing browser is said at once (and installed, as root on Debian), not after the unit tests.
const browsersReady = step('browsers (Chromium, Firefox ESR)', 'npx', ['tsx', 'scripts/browsers/setup.ts', 'chromium', 'firefox']);
check('type check', 'npx', ['tsc', '--noEmit']);
check('lint (layers, HTML sinks, typescript-eslint; no warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']);
vitestSuite('unit and DOM tests', [], '.vitest-report.json');
// The production builds (checked as shipped: manifests, lint, zips, a closed card), and the e2e builds
// the browser tests drive: the same code with the card's shadow root open (components/card/card-view.tsx).
const built =
  step('build for Chrome', 'npx', ['wxt', 'build']) &&
  step('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']) &&
  step('e2e build for Chrome', 'npx', ['wxt', 'build', '--mode', 'e2e']) &&
  step('e2e build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']);
if (!browsersReady) {
  failed++;
  console.log('\n▶ browser tests skipped: no browser (see the message at the top, from scripts/browsers/setup.ts)');
} else if (built) vitestSuite('browser tests (Chromium, Firefox)', ['--config', 'vitest.e2e.config.ts'], '.vitest-e2e-report.json');
else failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
