import { pinyin } from 'pinyin-pro';
import { isHan, sentenceAround } from '../text/han';
import { lexiconEntry } from './lexicon';
import { lexiconSpans, segmentWords, type WordSpan } from './segment';
import { toneOf } from './tones';

export type ToneStyle = 'marks' | 'numbers' | 'none';

export interface ReadingOptions {
  toneStyle: ToneStyle;
  /** 一 and 不 change tone before another syllable (不断 búduàn); off gives the dictionary tone (bùduàn). */
  toneSandhi: boolean;
}

export const DEFAULT_READING_OPTIONS: ReadingOptions = { toneStyle: 'marks', toneSandhi: true };

/** One character's reading in context. `alternatives` lists the other readings of a polyphone. */
export interface CharReading {
  char: string;
  /** Offset of the character in the text that was read (UTF-16 units). */
  index: number;
  pinyin: string;
  alternatives: string[];
}

export interface WordReading extends WordSpan {
  syllables: string[];
  /** Romanised proper name of a place (Zhūzhōu), when the word is one. */
  name?: string;
  gloss?: string;
  /** Characters of the word that have other common readings. */
  polyphones: CharReading[];
}

const TONE_TYPE = { marks: 'symbol', numbers: 'num', none: 'none' } as const;

/**
 * Reads every Han character of `text` in context: the whole text goes to pinyin-pro at once, so
 * its word dictionary and our lexicon see neighbours across inline element boundaries.
 * Non-Han characters get no entry.
 *
 * @example readChars('市长') → [{char:'市', pinyin:'shì'}, {char:'长', pinyin:'zhǎng'}]
 */
export function readChars(text: string, options: ReadingOptions = DEFAULT_READING_OPTIONS): CharReading[] {
  const results = pinyin(text, {
    type: 'all',
    toneType: TONE_TYPE[options.toneStyle],
    toneSandhi: options.toneSandhi,
  });
  const readings: CharReading[] = [];
  let index = 0;
  for (const result of results) {
    const at = text.indexOf(result.origin, index);
    if (at < 0) continue;
    index = at + result.origin.length;
    // Rare characters pinyin-pro has no reading for (𠮷) come back empty or unchanged: no reading.
    if (!isHan(result.origin) || !result.pinyin || result.pinyin === result.origin) continue;
    const alternatives = (result.polyphonic ?? []).filter((reading) => reading !== result.pinyin);
    readings.push({ char: result.origin, index: at, pinyin: result.pinyin, alternatives });
  }
  applyLexicon(text, readings, options.toneStyle);
  return readings;
}

/**
 * Lexicon words override pinyin-pro after the fact. (Its own customPinyin changes how it cuts the
 * rest of the sentence: with 应急处突 added, 市长 in the same sentence came out as shì cháng.)
 */
function applyLexicon(text: string, readings: CharReading[], toneStyle: ToneStyle): void {
  const byIndex = new Map(readings.map((reading) => [reading.index, reading]));
  for (const span of lexiconSpans(text)) {
    const syllables = lexiconEntry(span.text)!.pinyin.split(' ');
    let i = 0;
    for (let at = span.start; at < span.end; at++) {
      const reading = byIndex.get(at);
      if (!reading) continue;
      reading.pinyin = styleSyllable(syllables[i++] ?? reading.pinyin, toneStyle);
      reading.alternatives = [];
    }
  }
}

/** Lexicon syllables are written with marks; restyle them like pinyin-pro's output. */
function styleSyllable(marked: string, toneStyle: ToneStyle): string {
  if (toneStyle === 'marks') return marked;
  // Drop only the four tone marks; the diaeresis of ü stays, as in pinyin-pro's own output.
  const bare = marked.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC');
  if (toneStyle === 'none') return bare;
  const tone = toneOf(marked);
  return tone === 5 ? bare : bare + tone;
}

/**
 * The word around `offset` in `text`, with its pinyin read in the context of its sentence.
 * Returns undefined when the character at `offset` is not Han.
 */
export function readWordAt(
  text: string,
  offset: number,
  options: ReadingOptions = DEFAULT_READING_OPTIONS,
): WordReading | undefined {
  if (offset < 0 || offset >= text.length) return undefined;
  const char = String.fromCodePoint(text.codePointAt(offset)!);
  if (!isHan(char)) return undefined;
  const sentence = sentenceAround(text, offset);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const local = offset - sentence.start;
  const word = segmentWords(sentenceText).find((span) => span.start <= local && local < span.end);
  if (!word) return undefined;
  const inWord = readChars(sentenceText, options).filter(
    (reading) => reading.index >= word.start && reading.index < word.end,
  );
  const entry = lexiconEntry(word.text);
  return {
    start: word.start + sentence.start,
    end: word.end + sentence.start,
    text: word.text,
    syllables: inWord.map((reading) => reading.pinyin),
    name: entry?.name,
    gloss: entry?.gloss,
    // A lexicon word's reading is settled; elsewhere, show what else a polyphone could be.
    polyphones: entry ? [] : inWord.filter((reading) => reading.alternatives.length > 0),
  };
}

/** Pinyin of each Han character of a line, space-separated (the CLI's `pinyin` output). */
export function pinyinLine(line: string, options: ReadingOptions = DEFAULT_READING_OPTIONS): string {
  return readChars(line, options)
    .map((reading) => reading.pinyin)
    .join(' ');
}
