import { isHan } from '../text/han';
import type { CharTable } from './chars';
import { CHAR_DEFAULTS } from './char-defaults';
import { ruleReading, wordAllowed } from './context-rules';
import type { WordSyllables } from './dictionary';
import { bestPath, type WordSource } from './lattice';
import { lexiconEntry } from './lexicon';
import { nameReadings } from './names';
import { baseReading, isSandhiChar, sandhiReading } from './sandhi';
import { lexiconSpans } from './segment';

export interface Dictionary extends WordSource {
  syllables(word: string): WordSyllables | undefined;
}

/** What decided a character's reading; undefined when it is just the character's usual reading. */
export type SettledBy = 'lexicon' | 'word' | 'name' | 'rule';

export interface ReadChar {
  char: string;
  /** UTF-16 offset in the text. */
  index: number;
  /** Tone-marked syllable; undefined for non-Han characters and Han ones with no known reading. */
  reading: string | undefined;
  settledBy: SettledBy | undefined;
}

interface CharState extends ReadChar {
  /** The dictionary or lexicon word this character starts, if it starts one. */
  startsWord: string | undefined;
  /** Last character of a multi-character word: 一/不 there take no sandhi from what follows. */
  wordEnd: boolean;
  /** Inside a word and written out by the dictionary or lexicon (一期 yī qī): no sandhi either. */
  explicit: boolean;
}

/**
 * Reads one sentence: lexicon words first (they are cut before anything else, as in segment.ts),
 * then the cheapest path through the word dictionary between them, then character defaults, names,
 * context rules for characters standing alone, and finally the sandhi of 一/不.
 */
export function readSentence(text: string, dict: Dictionary, chars: CharTable, toneSandhi: boolean): ReadChar[] {
  const states: CharState[] = [];
  const unitToChar: number[] = [];
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    for (let k = 0; k < char.length; k++) unitToChar.push(states.length);
    states.push({ char, index, reading: undefined, settledBy: undefined, startsWord: undefined, wordEnd: false, explicit: false });
    index += char.length;
  }
  const sentenceChars = states.map((state) => state.char);

  const setWord = (start: number, text: string, syllables: readonly string[], explicit: readonly boolean[], by: SettledBy) => {
    states[start]!.startsWord = text;
    syllables.forEach((syllable, k) => {
      const state = states[start + k]!;
      state.reading = syllable;
      state.explicit = explicit[k] ?? true;
      state.settledBy = by;
      state.wordEnd = k === syllables.length - 1;
    });
  };
  const readGap = (from: number, to: number) => {
    for (const word of bestPath(sentenceChars, from, to, dict, (start, text) => wordAllowed(sentenceChars, start, text))) {
      const entry = dict.syllables(word.text)!;
      setWord(word.start, word.text, entry.syllables, entry.explicit, 'word');
    }
  };

  let gapStart = 0;
  for (const span of lexiconSpans(text)) {
    const start = unitToChar[span.start]!;
    readGap(gapStart, start);
    const syllables = lexiconEntry(span.text)!.pinyin.split(' ');
    setWord(start, span.text, syllables, syllables.map(() => true), 'lexicon');
    gapStart = unitToChar[span.end - 1]! + 1;
  }
  readGap(gapStart, states.length);

  for (const state of states) {
    if (state.settledBy || !isHan(state.char)) continue;
    state.reading = CHAR_DEFAULTS[state.char] ?? chars.first(state.char);
  }
  for (const [at, reading] of nameReadings(sentenceChars, (at) => states[at]!.settledBy === undefined)) {
    states[at]!.reading = reading;
    states[at]!.settledBy = 'name';
  }
  states.forEach((state, at) => {
    if (state.reading === undefined) return;
    // Rules read characters standing alone, and dictionary words they name (当日 after an event).
    const alone = state.settledBy === undefined;
    if (!alone && !(state.settledBy === 'word' && state.startsWord)) return;
    const reading = ruleReading({ chars: sentenceChars, at, word: alone ? undefined : state.startsWord });
    if (reading === undefined) return;
    state.reading = reading;
    state.settledBy = 'rule';
  });
  applySandhi(states, toneSandhi);
  return states.map(({ char, index, reading, settledBy }) => ({ char, index, reading, settledBy }));
}

/**
 * 一 and 不 change tone with the next syllable. Inside a word the next syllable is the word's own, and
 * the last character of a word looks no further; a standalone 一/不 looks at the next character.
 * Their reading is always rule-made, so it counts as settled.
 */
function applySandhi(states: CharState[], toneSandhi: boolean): void {
  states.forEach((state, at) => {
    const char = state.char;
    if (!isSandhiChar(char)) return;
    if (!toneSandhi) {
      state.reading = baseReading(char);
    } else if (!state.explicit) {
      const next = state.wordEnd ? undefined : states[at + 1];
      state.reading = sandhiReading(char, states[at - 1]?.char, next?.char, next?.reading);
    }
    state.settledBy ??= 'rule';
  });
}
