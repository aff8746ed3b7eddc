/**
 * Character folding for glossary matching. A slogan reaches us quoted (“三个高地”), bracketed
 * (《…》), split by a line break or a space that came from joining DOM text nodes, or typed with
 * full-width digits (２＋２). Folding makes all of these the same code-unit sequence, so one
 * pattern matches them all and offsets still point into the original text.
 */

/** Opening → closing quote and bracket pairs that may wrap a slogan. */
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
  ['〔', '〕'],
  ['（', '）'],
  ['(', ')'],
  ['"', '"'],
  ["'", "'"],
]);

/**
 * Code units skipped while matching: quotes and brackets (both sides), white space incl. U+3000
 * and NBSP, zero-width characters and the soft hyphen (both appear in hostile-weird-dom.html).
 */
const TRANSPARENT = new Set<number>();
for (const [open, close] of QUOTE_PAIRS) {
  TRANSPARENT.add(open.charCodeAt(0));
  TRANSPARENT.add(close.charCodeAt(0));
}
for (const ch of ' \t\n\r\f\v\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad') TRANSPARENT.add(ch.charCodeAt(0));

/** Returned by foldUnit for a code unit the matcher skips. */
export const SKIP = -1;

const DUN_HAO = '、'.charCodeAt(0);

function computeFold(code: number): number {
  if (TRANSPARENT.has(code)) return SKIP;
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x2c || code === 0xff0c) return DUN_HAO;
  return code;
}

// One table lookup per code unit instead of set and range tests: matching runs this on every
// character of a page. Filled as code units are met (filling all 65,536 up front cost 1.5–3 ms of
// every page load). 0 means "not folded yet"; 0xffff stands for SKIP (U+FFFF is a noncharacter).
const FOLD_TABLE = new Uint16Array(0x10000);

/**
 * The folded value of one UTF-16 code unit, or SKIP. Full-width ASCII becomes ASCII, ASCII
 * letters become lower case, and the comma forms (，,) become 、 because lists of slogan parts
 * are written with either.
 */
export function foldUnit(code: number): number {
  let folded = FOLD_TABLE[code]!;
  if (folded === 0) {
    const computed = computeFold(code);
    folded = computed === SKIP ? 0xffff : computed;
    FOLD_TABLE[code] = folded;
  }
  return folded === 0xffff ? SKIP : folded;
}

/** Folds a whole pattern (a term or alias) to the form the automaton stores. */
export function foldPattern(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldUnit(text.charCodeAt(i));
    if (code !== SKIP) out += String.fromCharCode(code);
  }
  return out;
}

const OPENERS = new Set(QUOTE_PAIRS.keys());
const CLOSERS = new Set(QUOTE_PAIRS.values());

export function isOpeningQuote(ch: string): boolean {
  return OPENERS.has(ch);
}

export function isClosingQuote(ch: string): boolean {
  return CLOSERS.has(ch);
}
