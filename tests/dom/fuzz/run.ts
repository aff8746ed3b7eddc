import { caseSeed, createRng, type Rng } from './prng';

/** The regular run checks this many cases per property; `FUZZ_CASES` scales it, `FUZZ_SEED` changes the stream. */
export const DEFAULT_CASES = 1000;
export const DEFAULT_SEED = 0x2d7f0210;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name}=${raw} is not a number`);
  return value;
}

export const FUZZ = {
  cases: envNumber('FUZZ_CASES') ?? DEFAULT_CASES,
  seed: (envNumber('FUZZ_SEED') ?? DEFAULT_SEED) >>> 0,
  /** Replays one case (its index), as printed by a failure. */
  only: envNumber('FUZZ_CASE'),
  /** First case index: scripts/fuzz.ts runs long fuzzes in chunks (happy-dom leaks <select> and <slot>). */
  from: envNumber('FUZZ_FROM') ?? 0,
};

export interface Property<C> {
  name: string;
  generate(rng: Rng, index: number): C;
  /** Throws (or rejects) when the property does not hold. */
  check(c: C): void | Promise<void>;
  shrink?(c: C): Iterable<C>;
  print(c: C): string;
  /** Fraction of FUZZ.cases this property runs (a slow, asynchronous one may run fewer). */
  share?: number;
}

async function fails<C>(property: Property<C>, c: C): Promise<unknown> {
  try {
    await property.check(c);
    return undefined;
  } catch (error) {
    return error ?? new Error('threw a falsy value');
  }
}

/** Greedy shrinking: take the first smaller case that still fails, until none does or time runs out. */
async function shrink<C>(property: Property<C>, failing: C, error: unknown): Promise<{ c: C; error: unknown; steps: number }> {
  let current = { c: failing, error, steps: 0 };
  const deadline = Date.now() + (envNumber('FUZZ_SHRINK_MS') ?? 60_000);
  if (!property.shrink) return current;
  for (let improved = true; improved && Date.now() < deadline; ) {
    improved = false;
    for (const candidate of property.shrink(current.c)) {
      if (Date.now() >= deadline) break;
      const candidateError = await fails(property, candidate);
      if (candidateError !== undefined) {
        current = { c: candidate, error: candidateError, steps: current.steps + 1 };
        improved = true;
        break;
      }
    }
  }
  return current;
}

const describeError = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/**
 * Runs a property over the seeded cases. The first failure is shrunk and reported with the line
 * that replays it alone (`FUZZ_SEED=… FUZZ_CASE=…`).
 */
export async function fuzz<C>(property: Property<C>): Promise<{ cases: number; ms: number }> {
  const started = performance.now();
  const total = Math.max(1, Math.round(FUZZ.cases * (property.share ?? 1)));
  const indexes = FUZZ.only !== undefined ? [FUZZ.only] : Array.from({ length: total }, (_, i) => FUZZ.from + i);
  for (const index of indexes) {
    const c = property.generate(createRng(caseSeed(FUZZ.seed, index)), index);
    const error = await fails(property, c);
    if (error === undefined) continue;
    const small = await shrink(property, c, error);
    throw new Error(
      `${property.name}: case ${index} failed. Replay: FUZZ_SEED=${FUZZ.seed} FUZZ_CASE=${index}\n` +
        `${describeError(error).split('\n').slice(0, 6).join('\n')}\n\n` +
        `Shrunk in ${small.steps} steps to:\n${property.print(small.c)}\n\nwhich fails with:\n${describeError(small.error)}`,
    );
  }
  return { cases: indexes.length, ms: performance.now() - started };
}

/**
 * Test timeout for a property: generous, scaled with the number of cases. 1 s a case: a 1,000-case
 * property took 318 s with other jobs on both cores; a limit, not a speed check.
 */
export const timeoutFor = (share = 1) => 60_000 + FUZZ.cases * share * 1_000;
