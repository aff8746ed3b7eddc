/**
 * English words of CEDICT senses, the same way for the index (over UTF-8 bytes, scanWordBytes) and
 * for queries and ranking (over strings, englishWords): runs of ASCII letters and digits, lower case,
 * plural `s` taken off (forces → force, cities → city), nothing inside `[…]` (the pinyin of a
 * cross-reference). Any other character, Chinese included, ends a word. Words are built in a small
 * byte buffer so that the index never makes a string for a word it has seen.
 */

/** Longer runs (chemical names, URLs) are cut here; no query word is that long. */
export const MAX_WORD = 48;

/** Function words: not indexed, so a query needs a content word; still compared when ranking. */
export const STOP_WORDS: readonly string[] = 'an the of to in on at by for from with and or as is be sb sth etc'.split(' ');
const STOP_WORD_SET: ReadonlySet<string> = new Set(STOP_WORDS);

/** Whether the index lists a word: not a function word, nor a single letter (sb's → sb, s). */
export function isIndexed(word: string): boolean {
  return word.length > 1 && !STOP_WORD_SET.has(word);
}

/**
 * Plural to singular in place, the same on both sides: the new length of word[0, length). Leaves
 * words of three letters or fewer and those in -ss, -us, -is; -ies → -y; -ches, -shes, -sses, -xes,
 * -zes lose -es; others lose -s.
 */
export function singularLength(word: Uint8Array, length: number): number {
  const S = 0x73;
  if (length <= 3 || word[length - 1] !== S) return length;
  const before = word[length - 2];
  if (before === S || before === 0x75 /* u */ || before === 0x69 /* i */) return length;
  if (length > 4 && before === 0x65 /* e */ && word[length - 3] === 0x69) {
    word[length - 3] = 0x79; // ies → y
    return length - 2;
  }
  if (before === 0x65) {
    const third = word[length - 3];
    if (third === 0x78 || third === 0x7a) return length - 2; // xes, zes
    if (third === 0x68 && (word[length - 4] === 0x63 || word[length - 4] === S)) return length - 2; // ches, shes
    if (third === S && word[length - 4] === S) return length - 2; // sses
  }
  return length - 1;
}

/** The lower-case code of an ASCII letter or digit, 0 for anything else. */
export function wordCode(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0x30 && code <= 0x39) return code;
  return 0;
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const COMMA = 0x2c;

/** The words of `text` (a query or one gloss), in order, lower case and singular. */
export function englishWords(text: string): string[] {
  return glossWords(text).words;
}

/**
 * The words of a gloss; its core, the words outside `(…)` notes; and its head, the core words before
 * the first comma or note. "(fashion) model (loanword)" has the words fashion, model, loanword and the
 * core model; "Xi Jinping (1953–), PRC politician" has the head xi jinping.
 */
export function glossWords(text: string): { words: string[]; core: string[]; head: string[] } {
  const words: string[] = [];
  const core: string[] = [];
  const head: string[] = [];
  let headEnded = false;
  const word = new Uint8Array(MAX_WORD);
  let length = 0;
  let bracket = false;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (bracket) {
      if (code === CLOSE_BRACKET) bracket = false;
      continue;
    }
    const lower = wordCode(code);
    if (lower !== 0) {
      if (length < MAX_WORD) word[length++] = lower;
      continue;
    }
    if (length > 0) {
      const found = String.fromCharCode(...word.subarray(0, singularLength(word, length)));
      words.push(found);
      if (depth === 0) core.push(found);
      if (depth === 0 && !headEnded) head.push(found);
    }
    length = 0;
    if (code === OPEN_BRACKET) bracket = true;
    else if (code === OPEN_PAREN) depth++;
    else if (code === CLOSE_PAREN && depth > 0) depth--;
    if (head.length > 0 && (code === OPEN_PAREN || code === COMMA)) headEnded = true;
  }
  return { words, core, head };
}

/**
 * Calls `take(word, length)` for each word of bytes[start, end), as englishWords finds them in the
 * decoded text (UTF-8 bytes of non-ASCII characters are all ≥ 0x80, so they end words). `word` is
 * a buffer of MAX_WORD bytes reused for every word.
 */
export function scanWordBytes(bytes: Uint8Array, start: number, end: number, word: Uint8Array, take: (word: Uint8Array, length: number) => void): void {
  let length = 0;
  let bracket = false;
  for (let i = start; i <= end; i++) {
    const code = i < end ? bytes[i]! : 0;
    if (bracket) {
      if (code === CLOSE_BRACKET) bracket = false;
      continue;
    }
    const lower = wordCode(code);
    if (lower !== 0) {
      if (length < MAX_WORD) word[length++] = lower;
      continue;
    }
    if (length > 0) take(word, singularLength(word, length));
    length = 0;
    if (code === OPEN_BRACKET) bracket = true;
  }
}
