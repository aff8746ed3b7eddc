import type { PinyinReader, ReadingOptions } from '../pinyin/readings';

/** A piece of text: a word with its pinyin, one syllable per Han character, or text with none. */
export interface RubyPiece {
  text: string;
  syllables?: string[];
}

/**
 * Cuts a paragraph into words with their pinyin, read in context (the whole paragraph at once, as the
 * hover card reads a word in its sentence). Non-Han text stays whole between the words.
 *
 * @example rubyWords(reader, '株洲市长。') → [{ text: '株洲', syllables: ['zhū','zhōu'] }, { text: '市长', … }, { text: '。' }]
 */
export function rubyWords(reader: PinyinReader, text: string, options?: ReadingOptions): RubyPiece[] {
  const byIndex = new Map(reader.readChars(text, options).map((reading) => [reading.index, reading.pinyin]));
  const pieces: RubyPiece[] = [];
  let plain = '';
  for (const word of reader.segmentWords(text)) {
    const syllables: string[] = [];
    for (let i = word.start; i < word.end; i++) {
      const pinyin = byIndex.get(i);
      if (pinyin !== undefined) syllables.push(pinyin);
    }
    if (syllables.length === 0) {
      plain += word.text;
      continue;
    }
    if (plain) pieces.push({ text: plain });
    plain = '';
    pieces.push({ text: word.text, syllables });
  }
  // segmentWords may skip what lies between words (spaces): keep the text whole.
  const covered = pieces.map((p) => p.text).join('') + plain;
  if (covered !== text) return [{ text }];
  if (plain) pieces.push({ text: plain });
  return pieces;
}
