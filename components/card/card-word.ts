import type { WordReading } from '@/utils/core/pinyin/readings';
import { lexiconGloss } from '@/utils/core/words/lexicon-glosses';
import type { CardWord } from '@/utils/content/card-model';

/** What the card shows of a word's reading, with what a place or local phrase means. */
export function cardWord(word: Pick<WordReading, 'text' | 'syllables' | 'name'>): CardWord {
  const gloss = lexiconGloss(word.text);
  return { text: word.text, syllables: word.syllables, kind: [...word.text].length === 1 ? 'char' : 'word', ...(word.name && { name: word.name }), ...(gloss && { gloss }) };
}
