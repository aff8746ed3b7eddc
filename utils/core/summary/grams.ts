/**
 * Text units for comparing sentences. Chinese has no spaces and word segmenters differ between engines
 * (ICU in Node cuts 株洲高新区 into single characters), so sentences are compared by characters and
 * character bigrams: deterministic, dictionary-free, and the usual units for Chinese retrieval.
 */

/** Han characters one by one; runs of Latin letters and digits (Twinsen, 12.6, 4G) as one unit each. */
const UNIT = /\p{Script=Han}|[A-Za-z0-9]+(?:\.[0-9]+)?%?/gu;

/** Characters too common in Chinese prose to say what a sentence is about. */
const FUNCTION_CHARS = new Set([...'的了是在和与及等也都就而又这那之为对将把被从以于着过到其或并但更还已由所此个一不有我你他她它们']);

export function isFunctionUnit(unit: string): boolean {
  return FUNCTION_CHARS.has(unit);
}

/** The units of each clause; punctuation separates clauses, so no bigram spans a comma. */
export function clauseUnits(text: string): string[][] {
  return text
    .split(/[\p{P}\s]+/u)
    .map((clause) => clause.match(UNIT) ?? [])
    .filter((units) => units.length > 0);
}

/** Units that carry content: everything but function characters. */
export function contentUnits(text: string): string[] {
  return clauseUnits(text)
    .flat()
    .filter((unit) => !FUNCTION_CHARS.has(unit));
}

/**
 * The content bigrams of a text with their counts. A bigram made only of function characters (的是, 了一)
 * is dropped; a clause of one unit contributes that unit.
 */
export function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (gram: string) => counts.set(gram, (counts.get(gram) ?? 0) + 1);
  for (const units of clauseUnits(text)) {
    if (units.length === 1) {
      if (!FUNCTION_CHARS.has(units[0]!)) add(units[0]!);
      continue;
    }
    for (let i = 0; i + 1 < units.length; i++) {
      const a = units[i]!;
      const b = units[i + 1]!;
      if (FUNCTION_CHARS.has(a) && FUNCTION_CHARS.has(b)) continue;
      add(a + b);
    }
  }
  return counts;
}

/** Length in characters as a reader counts them (code points, white space ignored). */
export function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}
