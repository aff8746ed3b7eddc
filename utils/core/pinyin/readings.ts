import { isHan, sentenceAround } from '../text/han';
import { liveAlternatives } from './ambiguity';
import { createCharTable } from './chars';
import { correctionSpans, type Corrections } from './correction-spans';
import { createWordDictionary, type WordDictionary } from './dictionary';
import { lexiconEntry } from './lexicon';
import { readSentence, type SettledBy } from './reader';
import { icuSegmenter, segmentWords, type Segmenter, type WordSpan } from './segment';
import { styleSyllable, type ToneStyle } from './syllable';
import type { PinyinTables } from './tables';

export type { ToneStyle } from './syllable';

export interface ReadingOptions {
  toneStyle: ToneStyle;
  /** 一 and 不 change tone before another syllable (不断 búduàn); off gives the dictionary tone (bùduàn). */
  toneSandhi: boolean;
  /** The user's own readings of words; they win over everything else. */
  corrections?: Corrections;
}

export const DEFAULT_READING_OPTIONS: ReadingOptions = { toneStyle: 'marks', toneSandhi: true };

/**
 * One character's reading in context. `alternatives` lists the other readings in play when nothing
 * settled the reading (no lexicon or dictionary word holds the character, no name or context rule
 * chose it) and the character is a real polyphone in modern prose (ambiguity.ts): 为 in a clause no
 * rule recognises gets ['wéi']; 重 in 重新 gets nothing, the word settled it.
 */
export interface CharReading {
  char: string;
  /** Offset of the character in the text that was read (UTF-16 units). */
  index: number;
  pinyin: string;
  alternatives: string[];
  /** What chose the reading, when something did (a lexicon or dictionary word, a name, a rule, the user). */
  settledBy?: SettledBy | 'user';
}

export interface WordReading extends WordSpan {
  syllables: string[];
  /** Romanised proper name of a place (Zhūzhōu), when the word is one. */
  name?: string;
  /** Characters of the word whose reading is a guess between several: those with alternatives. */
  polyphones: CharReading[];
}

/** Reads Chinese text: everything the card, ruby mode, the study sheet and the CLI ask of pinyin. */
export interface PinyinReader {
  /**
   * Reads every Han character of `text` in context: the whole text is segmented at once with the
   * lexicon and the word dictionary, so words are seen across inline element boundaries. Non-Han
   * characters, and the rare Han ones with no known reading (𠮷), get no entry.
   *
   * @example readChars('市长') → [{char:'市', pinyin:'shì'}, {char:'长', pinyin:'zhǎng'}]
   */
  readChars(text: string, options?: ReadingOptions): CharReading[];
  /** The word around `offset` with its pinyin read in its sentence; undefined when that character is not Han. */
  readWordAt(text: string, offset: number, options?: ReadingOptions): WordReading | undefined;
  /** Pinyin of each Han character of a line, space-separated (the CLI's `pinyin` output). */
  pinyinLine(line: string, options?: ReadingOptions): string;
  /** The words of `text`, as the card and ruby cut them. */
  segmentWords(text: string): WordSpan[];
  /** Every reading of one character, the most common first. */
  charReadings(char: string): readonly string[];
  /**
   * What the first reading would do at once, as separate steps (the word segmenter's dictionary, the
   * character table, the word dictionary: each a few ms), for a caller that can run them in idle
   * moments before the first reading is asked for.
   */
  readonly warmUp: readonly (() => void)[];
  /** The word data behind the readings, for the dictionary segmenter (words/segmenter.ts). */
  readonly words: WordDictionary;
}

/**
 * A reader over `tables`. Everything is built on first use, so making one costs nothing; each reader
 * holds its own indexes (the content script makes one when the background has sent the tables).
 */
export function createPinyinReader(tables: PinyinTables, segmenter: Segmenter = icuSegmenter()): PinyinReader {
  const chars = createCharTable(tables.charTable);
  const dictionary = createWordDictionary(tables, chars);

  const readChars = (text: string, options: ReadingOptions = DEFAULT_READING_OPTIONS): CharReading[] => {
    const readings: CharReading[] = [];
    for (const { char, index, reading, settledBy } of readSentence(text, dictionary, chars, options.toneSandhi)) {
      if (reading === undefined) continue;
      const alternatives = settledBy ? [] : liveAlternatives(char, reading);
      readings.push({
        char,
        index,
        pinyin: styleSyllable(reading, options.toneStyle),
        alternatives: alternatives.map((other) => styleSyllable(other, options.toneStyle)),
        ...(settledBy && { settledBy }),
      });
    }
    if (options.corrections) applyCorrections(text, readings, options.corrections, options.toneStyle);
    return readings;
  };

  const words = (text: string) => segmentWords(text, segmenter);

  const readWordAt = (text: string, offset: number, options: ReadingOptions = DEFAULT_READING_OPTIONS): WordReading | undefined => {
    if (offset < 0 || offset >= text.length) return undefined;
    const char = String.fromCodePoint(text.codePointAt(offset)!);
    if (!isHan(char)) return undefined;
    const sentence = sentenceAround(text, offset);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const local = offset - sentence.start;
    const word = words(sentenceText).find((span) => span.start <= local && local < span.end);
    if (!word) return undefined;
    const inWord = readChars(sentenceText, options).filter((reading) => reading.index >= word.start && reading.index < word.end);
    const entry = lexiconEntry(word.text);
    return {
      start: word.start + sentence.start,
      end: word.end + sentence.start,
      text: word.text,
      syllables: inWord.map((reading) => reading.pinyin),
      name: entry?.name,
      polyphones: inWord.filter((reading) => reading.alternatives.length > 0),
    };
  };

  return {
    readChars,
    readWordAt,
    pinyinLine: (line, options) =>
      readChars(line, options)
        .map((reading) => reading.pinyin)
        .join(' '),
    segmentWords: words,
    charReadings: chars.readings,
    warmUp: [() => words('株洲'), () => chars.first('株'), () => dictionary.cost('株洲')],
    words: dictionary,
  };
}

function applyCorrections(text: string, readings: CharReading[], corrections: Corrections, toneStyle: ToneStyle): void {
  const byIndex = new Map(readings.map((reading) => [reading.index, reading]));
  for (const span of correctionSpans(text, corrections)) {
    let syllable = 0;
    for (let at = span.start; at < span.start + span.word.length; at++) {
      const reading = byIndex.get(at);
      const corrected = span.syllables[syllable++];
      if (!reading || !corrected) continue;
      reading.pinyin = styleSyllable(corrected, toneStyle);
      reading.alternatives = [];
      reading.settledBy = 'user';
    }
  }
}
