import { buildAutomaton } from './automaton';
import { foldPattern, foldUnit, isClosingQuote, isOpeningQuote, QUOTE_PAIRS, SKIP } from './fold';
import { entryForms } from './forms';
import { plenumListHits } from './plenum-lists';
import type { GlossaryForms, TermHit } from './types';
import { derivedForms } from './variants';

export interface GlossaryMatcher {
  /**
   * All glossary terms in `text`, left to right, leftmost-longest and non-overlapping, in one pass.
   * Quote marks, brackets and white space inside or around a term are skipped, so a text joined
   * from several DOM text nodes matches as if it were one string.
   *
   * A form that needs a word nearby (学习教育 needs 八项规定) looks for it in `context`, the whole
   * article when `text` is one of its paragraphs; by default in `text` itself.
   *
   * A quote-only form that may stand bare (化债) counts unquoted only where `standsBare` says so; the
   * matcher has no dictionary, the caller has (see bare-forms.ts). It is asked before the longest
   * match is chosen, so a bare form it rejects never hides another term.
   *
   * @example find('推动“十四五”规划圆满收官') → [{ entryId: 'shi-si-wu', start: 2, end: 9, text: '“十四五”规划' }]
   */
  find(text: string, context?: string, standsBare?: BareFormCheck): TermHit[];
  readonly stateCount: number;
  readonly patternCount: number;
}

/** Whether the quote-only form found unquoted at [start, end) of `text` counts there. */
export type BareFormCheck = (text: string, start: number, end: number) => boolean;

interface PatternInfo {
  entryId: string;
  quotedOnly: boolean;
  /** A quote-only form that `standsBare` may let count unquoted (see forms.ts). */
  mayStandBare?: true;
  /** Folded word the text must also hold for this form to count (see variants.ts). */
  requires?: string;
}

/** True when the characters just outside [start, end) are a matching pair of quotes or brackets. */
/** Latin letters and digits, half- or full-width: the characters of an English word or a number. */
const ALNUM = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const isAlnum = (ch: string) => ch !== '' && ALNUM.test(ch);

/**
 * Whether [start, end) cuts a Latin word or a number: a form that begins or ends with a letter or a
 * digit needs a boundary there (GEP is not inside "PagePicMap", 2+2 not inside 12+25), and the white
 * space folding skips does not join letters (GEP is not "messaGE Posted").
 */
function cutsLatinWord(text: string, start: number, end: number): boolean {
  if (isAlnum(text.charAt(start)) && isAlnum(text.charAt(start - 1))) return true;
  if (isAlnum(text.charAt(end - 1)) && isAlnum(text.charAt(end))) return true;
  for (let i = start + 1; i < end - 1; i++) {
    if (/\s/.test(text.charAt(i)) && isAlnum(text.charAt(i - 1)) && isAlnum(text.charAt(i + 1))) return true;
  }
  return false;
}

function isQuoted(text: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS.get(text.charAt(start - 1));
  return close !== undefined && text.charAt(end) === close;
}

/**
 * Widens a hit by one character on a side when a quote inside it would otherwise be unpaired:
 * 十四五”规划 becomes “十四五”规划, so a highlight never cuts a pair of quotes in half.
 */
function balanceQuotes(text: string, start: number, end: number): [number, number] {
  const open: string[] = [];
  let strayClose = '';
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'") continue; // ASCII quotes open and close alike; leave them be.
    if (isOpeningQuote(ch)) open.push(QUOTE_PAIRS.get(ch)!);
    else if (isClosingQuote(ch)) {
      if (open.at(-1) === ch) open.pop();
      else if (!strayClose) strayClose = ch;
    }
  }
  let s = start;
  let e = end;
  if (strayClose && QUOTE_PAIRS.get(text.charAt(s - 1)) === strayClose) s--;
  if (open.length > 0 && text.charAt(e) === open.at(-1)) e++;
  return [s, e];
}

/** Whether the folded form of `text` holds `word` (folded); quotes and line breaks may split it. */
function holds(text: string, word: string): boolean {
  return foldPattern(text).includes(word);
}

/** One folded pattern of the matcher and what it stands for. */
export interface MatcherForm extends PatternInfo {
  folded: string;
}

/**
 * Every pattern the matcher knows: each entry's term, aliases and quote-only forms, then the derived
 * forms of variants.ts that no entry claims. A form shared by two entries goes to the first; the
 * entries test forbids that anyway.
 */
export function matcherForms(entries: readonly GlossaryForms[]): MatcherForm[] {
  const forms: MatcherForm[] = [];
  for (const entry of entries) {
    for (const { folded, quotedOnly, mayStandBare } of entryForms(entry)) forms.push({ folded, entryId: entry.id, quotedOnly, ...(mayStandBare && { mayStandBare }) });
  }
  const claimed = new Set(forms.map((f) => f.folded));
  for (const { form, entryId, requires } of derivedForms(entries)) {
    const folded = foldPattern(form);
    if (claimed.has(folded)) continue;
    claimed.add(folded);
    forms.push({ folded, entryId, quotedOnly: false, ...(requires && { requires: foldPattern(requires) }) });
  }
  return forms;
}

/** Builds a matcher over matcherForms(entries). */
export function buildMatcher(entries: readonly GlossaryForms[]): GlossaryMatcher {
  return matcherOver(matcherForms(entries));
}

/** Builds a matcher over forms worked out before (the background's come from the build: build/glossary-assets.ts). */
export function matcherOver(info: readonly MatcherForm[]): GlossaryMatcher {
  const patterns = info.map((form) => form.folded);
  const automaton = buildAutomaton(patterns);
  const { patternLength } = automaton;
  // Starts that may still get a match live within the longest pattern of the current position.
  const window = automaton.maxPatternLength + 1;

  function find(text: string, context: string = text, standsBare?: BareFormCheck): TermHit[] {
    const hits: TermHit[] = [];
    // Ring buffers indexed by folded position modulo `window`.
    const origin = new Int32Array(window);
    const bestLength = new Int32Array(window);
    const bestPattern = new Int32Array(window);
    let state = 0;
    let folded = -1; // index of the current code unit in the folded stream
    let original = 0; // index of the current code unit in `text`
    let cursor = 0; // folded index where the next hit may start
    let sweep = 0; // next folded start to settle
    const nearby = new Map<string, boolean>(); // required word → whether the context holds it

    const consider = (patternId: number): void => {
      const length = patternLength[patternId]!;
      const start = folded - length + 1;
      if (start < cursor) return;
      const slot = start % window;
      const { quotedOnly, mayStandBare, requires } = info[patternId]!;
      if (quotedOnly && !isQuoted(text, origin[slot]!, original + 1)) {
        if (!mayStandBare || !standsBare?.(text, origin[slot]!, original + 1)) return;
      }
      if (cutsLatinWord(text, origin[slot]!, original + 1)) return;
      if (requires !== undefined) {
        if (!nearby.has(requires)) nearby.set(requires, holds(context, requires));
        if (!nearby.get(requires)) return;
      }
      if (length > bestLength[slot]!) {
        bestLength[slot] = length;
        bestPattern[slot] = patternId;
      }
    };

    // A start is settled once no live prefix reaches back to it; emit its longest match if free.
    const settle = (start: number): void => {
      const slot = start % window;
      const length = bestLength[slot]!;
      bestLength[slot] = 0;
      if (length === 0 || start < cursor) return;
      cursor = start + length;
      const [s, e] = balanceQuotes(text, origin[slot]!, origin[(start + length - 1) % window]! + 1);
      hits.push({ entryId: info[bestPattern[slot]!]!.entryId, start: s, end: e, text: text.slice(s, e) });
    };

    for (original = 0; original < text.length; original++) {
      const code = foldUnit(text.charCodeAt(original));
      if (code === SKIP) continue;
      folded++;
      const slot = folded % window;
      origin[slot] = original;
      bestLength[slot] = 0;
      state = automaton.step(state, code);
      automaton.forEachOutput(state, consider);
      const firstLive = folded + 1 - automaton.depth(state);
      while (sweep < firstLive) settle(sweep++);
    }
    while (sweep <= folded) settle(sweep++);
    return hits;
  }

  return {
    find(text, context, standsBare) {
      const hits = find(text, context, standsBare);
      const listed = plenumListHits(text, (name) => find(name), hits);
      return listed.length === 0 ? hits : [...hits, ...listed].sort((a, b) => a.start - b.start);
    },
    stateCount: automaton.stateCount,
    patternCount: patterns.length,
  };
}
