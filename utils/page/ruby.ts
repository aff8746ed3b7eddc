import type { PinyinReader, ReadingOptions } from '../core/pinyin/readings';
import { toneOf } from '../core/pinyin/tones';
import { hasHan, isHan, sentenceAround } from '../core/text/han';
import { wholeSpans } from '../core/text/word-pieces';
import { personNames } from '../core/words/person-names';
import { PINYIN_ATTRIBUTE, RUBY_CLASS, RUBY_SYLLABLE_CLASS, TONE_CLASS_PREFIX } from '../dom-labels';
import type { DomJournal } from './dom-journal';
import { isOffLimits, proseOf, type BlockText } from './prose';

/** A sentence's words, and the pinyin of each Han character by its offset in the sentence. */
export interface SentenceReading {
  words: readonly { start: number; end: number }[];
  pinyin: ReadonlyMap<number, string>;
}

export type ReadSentence = (sentence: string) => SentenceReading;

/**
 * Reads a sentence the way the hover card does: the same readings in context, and its words, a
 * personal name whole (陈恢清 one ruby, as the card shows it, not 陈 | 恢 | 清).
 */
export function sentenceReader(reader: PinyinReader, options: ReadingOptions): ReadSentence {
  const commonWord = (word: string) => (reader.words.cost(word) ?? Infinity) < 6;
  return (sentence) => ({
    words: wholeSpans(reader.segmentWords(sentence), personNames(sentence, commonWord)),
    pinyin: new Map(reader.readChars(sentence, options).map((reading) => [reading.index, reading.pinyin])),
  });
}

export interface RubyOptions {
  read: ReadSentence;
  /** Where the writes go: the journal, so that they can be undone. */
  journal: Pick<DomJournal, 'replaceText'>;
  toneColors: boolean;
  /** Text nodes to leave as they are (ones the page keeps writing to). */
  skip?: (node: Text) => boolean;
}

/** A sentence longer than this (a page with no stops) is cut, so one reading stays a few ms. */
const MAX_SENTENCE = 400;

/** Whether ruby may write inside `block` at all (not inside a form field, an editor, a ruby, ZhuDu's own UI…). */
export function isAnnotatable(block: Element): boolean {
  if (block.ownerDocument.designMode === 'on') return false;
  for (let at: Element | null = block; at; at = at.parentElement) {
    if (isOffLimits(at) || at.tagName.toUpperCase() === 'RUBY') return false;
  }
  return true;
}

function isInsideRuby(node: Node, block: Element): boolean {
  for (let at = node.parentElement; at && at !== block; at = at.parentElement) {
    if (at.tagName.toUpperCase() === 'RUBY') return true;
  }
  return false;
}

/** Sentence bounds of `text`, as hover reads them (sentenceAround), with run-on sentences cut. */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  for (let at = 0; at < text.length; ) {
    const { end } = sentenceAround(text, at);
    for (let start = at; start < end; ) {
      const cut = end - start <= MAX_SENTENCE ? end : cutPoint(text, start, start + MAX_SENTENCE);
      sentences.push({ start, end: cut });
      start = cut;
    }
    at = end;
  }
  return sentences;
}

/** Where to cut an over-long sentence: after the last comma or space, else at the limit (never inside a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit - 1; i > start + MAX_SENTENCE / 2; i--) {
    if (/[，、,：:\s]/.test(text.charAt(i))) return i + 1;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function rubyElement(doc: Document, base: string, syllables: readonly string[], toneColors: boolean): HTMLElement {
  const ruby = doc.createElement('ruby');
  ruby.className = RUBY_CLASS;
  ruby.append(doc.createTextNode(base));
  const rt = doc.createElement('rt');
  for (const syllable of syllables) {
    // No pinyin text in the DOM: the stylesheet draws the attribute (see PINYIN_ATTRIBUTE).
    const span = doc.createElement('span');
    span.className = toneColors ? `${RUBY_SYLLABLE_CLASS} ${TONE_CLASS_PREFIX}${toneOf(syllable)}` : RUBY_SYLLABLE_CLASS;
    span.setAttribute(PINYIN_ATTRIBUTE, syllable);
    rt.append(span);
  }
  ruby.append(rt);
  return ruby;
}

/** What is known of a Han character at a block offset: its pinyin and where its word starts. */
interface HanReading {
  pinyin: string;
  word: number;
}

/**
 * The nodes that replace one text node: one ruby per run of read Han characters of one word, and
 * plain text for everything else (U+3000, NBSP, digits, punctuation, unread characters such as 𠮷).
 * Null when there is nothing to wrap.
 */
function replacementFor(doc: Document, data: string, start: number, han: ReadonlyMap<number, HanReading>, toneColors: boolean): Node[] | null {
  const nodes: Node[] = [];
  let plain = '';
  let run: { word: number; base: string; syllables: string[] } | null = null;
  const flushPlain = () => {
    if (plain) nodes.push(doc.createTextNode(plain));
    plain = '';
  };
  const flushRun = () => {
    if (run) nodes.push(rubyElement(doc, run.base, run.syllables, toneColors));
    run = null;
  };
  for (let i = 0; i < data.length; ) {
    const char = String.fromCodePoint(data.codePointAt(i)!);
    const reading = han.get(start + i);
    if (reading && isHan(char)) {
      if (run && run.word === reading.word) {
        run.base += char;
        run.syllables.push(reading.pinyin);
      } else {
        flushRun();
        flushPlain();
        run = { word: reading.word, base: char, syllables: [reading.pinyin] };
      }
    } else {
      flushRun();
      plain += char;
    }
    i += char.length;
  }
  flushRun();
  flushPlain();
  return nodes.some((node) => node.nodeType === Node.ELEMENT_NODE) ? nodes : null;
}

/** A text node to wrap, as it was when the block was read. */
interface Candidate {
  node: Text;
  parent: Node | null;
  data: string;
  start: number;
  end: number;
}

/** Text nodes of the block that get ruby: Han text not already under a ruby (the page's or ours). */
function candidatesOf(block: Element, prose: BlockText, skip: (node: Text) => boolean): Candidate[] {
  return prose.nodes
    .filter(({ node }) => hasHan(node.data) && !isInsideRuby(node, block) && !skip(node))
    .map(({ node, start }) => ({ node, parent: node.parentNode, data: node.data, start, end: start + node.data.length }));
}

/**
 * Puts ruby over the Han text of one block (a paragraph): each text node's Han runs become
 * `<ruby class="zhudu-ruby">词<rt>…</rt></ruby>`, one per word, the words and readings taken from
 * the block's flat text so that a sentence cut by <strong> or <span> reads as one. Ruby goes inside
 * the page's inline wrappers and never splits them: a word across two elements gets one ruby in each.
 *
 * A generator: it yields after each sentence read and each text node written, so the caller can
 * spread a long block over several tasks and bound what one frame has to lay out. It re-checks every text node before writing it (the page may have changed it in
 * between) and returns the number of rubies added. Running it again on an annotated block adds none.
 */
export function* annotateBlock(block: Element, options: RubyOptions): Generator<void, number> {
  if (!isAnnotatable(block)) return 0;
  const prose = proseOf(block);
  const candidates = candidatesOf(block, prose, options.skip ?? (() => false));
  if (candidates.length === 0) return 0;
  const doc = block.ownerDocument;
  const han = new Map<number, HanReading>();
  let added = 0;
  let next = 0; // first candidate not yet written
  let ahead = 0; // first candidate that ends after the current sentence starts
  for (const sentence of sentencesOf(prose.text)) {
    // Only sentences that touch a candidate are read: re-running on an annotated block is cheap.
    while (ahead < candidates.length && candidates[ahead]!.end <= sentence.start) ahead++;
    if (ahead === candidates.length) break;
    if (candidates[ahead]!.start >= sentence.end) continue;
    readInto(han, prose.text, sentence, options.read);
    yield;
    // Write every candidate that now has all of its sentences read.
    for (; next < candidates.length; next++) {
      const { node, parent, data, start, end } = candidates[next]!;
      if (end > sentence.end) break;
      if (node.parentNode !== parent || node.data !== data) continue; // the page changed it: its mutation brings us back
      const nodes = replacementFor(doc, data, start, han, options.toneColors);
      if (nodes && options.journal.replaceText(node, nodes)) {
        added += nodes.filter((n) => n.nodeType === Node.ELEMENT_NODE).length;
        yield; // after each write too: the caller limits how much is written per frame
      }
    }
  }
  return added;
}

function readInto(han: Map<number, HanReading>, text: string, sentence: { start: number; end: number }, read: ReadSentence): void {
  const { words, pinyin } = read(text.slice(sentence.start, sentence.end));
  for (const word of words) {
    for (let i = word.start; i < word.end; i++) {
      const syllable = pinyin.get(i);
      if (syllable !== undefined) han.set(sentence.start + i, { pinyin: syllable, word: sentence.start + word.start });
    }
  }
}

/** Annotates a block in one go (tests, small blocks). */
export function annotateBlockNow(block: Element, options: RubyOptions): number {
  const steps = annotateBlock(block, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
