import { isHan, sentenceAround } from '../../core/text/han';
import type { WordLookup, WordRequest } from '../../core/words/word-card';
import type { ReadingOptions } from '../../core/pinyin/readings';
import { textPointAt } from '../../page/hit-test';
import { blockTextOf, isProse, type BlockText } from '../../page/prose';
import type { ArticleScope } from '../article-scope';
import type { Box, CardTerm, CardWord } from '../card-model';
import type { HoverPlace } from './hover-state';

/** At most this many characters on each side of the pointer go to the background with a lookup. */
const CONTEXT = 80;

/** The Han character under a point: its block, its offset there, and the sentence around it. */
export interface HoverTarget {
  block: BlockText;
  offset: number;
  /** The sentence around the character (at most CONTEXT characters each side): what is looked up. */
  start: number;
  end: number;
  /** The whole sentence, for reading aloud. */
  sentence: string;
}

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
}

/**
 * The Han character at the point (x, y), or null where there is none to read (outside the article,
 * in a form field, over an image, on punctuation outside a marked term). Reads only the hovered block; writes nothing.
 */
export function targetAt(doc: Document, x: number, y: number, article: ArticleScope, marked: MarkedAt = () => false): HoverTarget | null {
  const point = textPointAt(doc, x, y);
  if (!point || !isProse(point.node) || !article.contains(point.node)) return null;
  const block = blockTextOf(point.node);
  const offset = block.offsetOf(point.node) + point.offset;
  if (offset < 0 || offset >= block.text.length) return null;
  if (!isHan(String.fromCodePoint(block.text.codePointAt(offset)!)) && !marked(block, offset)) return null;
  return targetIn(block, offset);
}

/** Whether the character at an offset of a block is part of a marked glossary term (its digits and + count too). */
export type MarkedAt = (block: BlockText, offset: number) => boolean;

/** The target at an offset of a block: the sentence around it, as the background is asked about it. */
export function targetIn(block: BlockText, offset: number): HoverTarget {
  const around = sentenceAround(block.text, offset);
  return {
    block,
    offset,
    start: Math.max(around.start, offset - CONTEXT),
    end: Math.min(around.end, offset + CONTEXT),
    sentence: block.text.slice(around.start, around.end).trim(),
  };
}

/** What the background is asked about a target: its sentence, and the user's readings of words in it. */
export function requestFor(target: HoverTarget, options: ReadingOptions): WordRequest {
  const text = target.block.text.slice(target.start, target.end);
  const corrections = [...(options.corrections ?? new Map<string, string>())].filter(([word]) => text.includes(word));
  return { text, offset: target.offset - target.start, toneStyle: options.toneStyle, toneSandhi: options.toneSandhi, corrections };
}

/** The card's hit for a lookup of `target`: the word's range and line boxes in the page now. */
export function hitFor(target: HoverTarget, lookup: WordLookup): HoverHit {
  const start = target.start + lookup.start;
  const end = target.start + lookup.end;
  const range = target.block.rangeOf(start, end);
  const boxes = [...range.getClientRects()]
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map(({ left, top, width, height }) => ({ left, top, width, height }));
  return {
    word: lookup.word,
    ...(lookup.term && { term: lookup.term }),
    range,
    boxes,
    place: { node: range.startContainer, start: range.startOffset, end: range.endOffset, term: lookup.term ? start : -1 },
    sentence: target.sentence,
  };
}
