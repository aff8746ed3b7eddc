import type { PinyinReader, ReadingOptions } from '../../core/pinyin/readings';
import { sentenceAround } from '../../core/text/han';
import { textPointAt } from '../../page/hit-test';
import { blockTextOf, isProse, type BlockText } from '../../page/prose';
import type { ArticleScope } from '../article-scope';
import type { Box, CardTerm, CardWord } from '../card-model';
import type { TermIndex } from '../term-index';
import type { HoverPlace } from './hover-state';

/** The word under a point, read in its sentence, with the glossary term it belongs to. */
export interface HoverHit {
  word: CardWord;
  term?: CardTerm;
  /** The word's text in the page, for the highlight. */
  range: Range;
  /** Its line boxes in the viewport. */
  boxes: Box[];
  /** Where the word is in the page: the pointer moving within it changes nothing. */
  place: HoverPlace;
  /** The sentence around the word, for reading aloud. */
  sentence: string;
  /** The block whose terms are still being found: look again when `terms.scan([block])` resolves. */
  pendingBlock?: BlockText;
}

export interface LookupDeps {
  reader: PinyinReader;
  article: ArticleScope;
  terms: TermIndex;
  options: ReadingOptions;
}

/**
 * What the card shows for the point (x, y): null where there is no readable Han word (outside the
 * article, in a form field, over an image). Reads only the hovered block; writes nothing.
 */
export function lookUpAt(doc: Document, x: number, y: number, deps: LookupDeps): HoverHit | null {
  const point = textPointAt(doc, x, y);
  if (!point || !isProse(point.node) || !deps.article.contains(point.node)) return null;
  const block = blockTextOf(point.node);
  const offset = block.offsetOf(point.node) + point.offset;
  const reading = deps.reader.readWordAt(block.text, offset, deps.options);
  if (!reading) return null;
  const range = block.rangeOf(reading.start, reading.end);
  const boxes = [...range.getClientRects()]
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map(({ left, top, width, height }) => ({ left, top, width, height }));
  const around = sentenceAround(block.text, reading.start);
  const spot = deps.terms.termAt(block, offset);
  const word: CardWord = {
    text: reading.text,
    syllables: reading.syllables,
    ...(reading.name && { name: reading.name }),
    ...(reading.gloss && { gloss: reading.gloss }),
    ...(reading.polyphones.length > 0 && { polyphones: reading.polyphones.map(({ char, alternatives }) => ({ char, alternatives })) }),
  };
  return {
    word,
    ...(spot && spot !== 'pending' && { term: { text: spot.text, ...(spot.entry && { entry: spot.entry }) } }),
    range,
    boxes,
    place: { node: range.startContainer, start: range.startOffset, end: range.endOffset, term: spot && spot !== 'pending' ? spot.start : -1 },
    sentence: block.text.slice(around.start, around.end).trim(),
    ...(spot === 'pending' && { pendingBlock: block }),
  };
}
