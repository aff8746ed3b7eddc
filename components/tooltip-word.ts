import type { WordReading } from '@/utils/core/pinyin/readings';
import type { TooltipWord } from './PinyinTooltip';

/** What the card shows of a word's reading. */
export function tooltipWord(word: Pick<WordReading, 'text' | 'syllables' | 'name' | 'gloss'>): TooltipWord {
  return { text: word.text, syllables: word.syllables, ...(word.name && { name: word.name }), ...(word.gloss && { gloss: word.gloss }) };
}
