// `npm run fuzz`: the DOM fuzz of tests/dom/fuzz with many more cases than `npm test` runs, on a
// fresh seed each time unless FUZZ_SEED is given. The seed is printed first and every failure
// names its case, so it replays alone: FUZZ_SEED=<seed> FUZZ_CASE=<case> npx vitest run tests/dom/fuzz
//
//   npm run fuzz                         20 000 cases per property, random seed
//   FUZZ_CASES=100000 npm run fuzz       more
//   FUZZ_SEED=123 npm run fuzz -- ruby   one seed, only the files whose path contains "ruby"
//
// Cases run in chunks, one vitest process each: happy-dom keeps every <select> and shadow <slot>
// it ever saw, and tens of thousands of pages would run a worker out of memory.
import { spawnSync } from 'node:child_process';

const CHUNK = 2500;
const cases = Number(process.env.FUZZ_CASES ?? 20_000);
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 32));
const filters = process.argv.slice(2);
const files = filters.length ? filters.map((f) => `tests/dom/fuzz/${f}`) : ['tests/dom/fuzz'];
console.log(`fuzz: ${cases} cases per property, FUZZ_SEED=${seed}${filters.length ? `, files matching ${filters.join(', ')}` : ''}`);

for (let from = 0; from < cases; from += CHUNK) {
  const count = Math.min(CHUNK, cases - from);
  console.log(`\ncases ${from}–${from + count - 1}`);
  const run = spawnSync('npx', ['vitest', 'run', ...files], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_CASES: String(count), FUZZ_FROM: String(from), FUZZ_SEED: seed },
  });
  if (run.status !== 0) {
    console.log(`\nfuzz failed (FUZZ_SEED=${seed}): the failure above names the case to replay.`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\nfuzz: ${cases} cases per property passed with FUZZ_SEED=${seed}`);
