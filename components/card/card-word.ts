import type { WordReading } from '@/utils/core/pinyin/readings';
import type { CardWord } from '@/utils/content/card-model';

/** What the card shows of a word's reading. */
export function cardWord(word: Pick<WordReading, 'text' | 'syllables' | 'name' | 'gloss'>): CardWord {
  return { text: word.text, syllables: word.syllables, kind: [...word.text].length === 1 ? 'char' : 'word', ...(word.name && { name: word.name }), ...(word.gloss && { gloss: word.gloss }) };
}
