import type { Dictionary } from '../dictionary/dictionary';
import { isAnotherForm, ownSenses } from '../dictionary/entry';
import { markPinyin, readableSense } from '../dictionary/marks';
import { followReferences, isReference, onlyPoints } from '../dictionary/references';
import type { DictEntry } from '../dictionary/types';
import type { TermFinder } from '../glossary/glossary';
import type { ScannedSpot } from '../glossary/scan';
import { lexiconEntry } from '../pinyin/lexicon';
import type { CharReading, PinyinReader, ReadingOptions } from '../pinyin/readings';
import { bareSyllable, styleSyllable } from '../pinyin/syllable';
import { toneOf } from '../pinyin/tones';
import { isHan } from '../text/han';
import { lexiconGloss } from './lexicon-glosses';
import { LOCAL_WORDS } from './local-words';
import { createSegmenter, type UnitKind, type WordUnit } from './segmenter';
import type { InnerWord, WordCard, WordLookup, WordMeaning } from './word-card';

export interface WordLookupSources {
  reader: PinyinReader;
  glossary: TermFinder;
  /** CC-CEDICT; without it words are cut by ZhuDu's own data and have no senses. */
  dictionary?: Dictionary;
}

export interface WordLookups {
  /**
   * The unit of `text` at `offset` with its card: a glossary term whole, else a word with an entry,
   * a name or place, else the character. Undefined when the character there is not Han, unless it
   * is part of a glossary term with an entry (the digits of “2+2”).
   *
   * @example lookUp('加快发展新质生产力', 6) → { start: 4, end: 9, word: { text: '新质生产力', syllables: ['xīn', 'zhì', …], kind: 'term' }, term: { entry: <新质生产力> } }
   */
  lookUp(text: string, offset: number, options: ReadingOptions): WordLookup | undefined;
  /** Every unit of `text` as the card cuts it, Han or not, in order. */
  units(text: string): WordUnit[];
  /**
   * The span lookUp would make a card of at `offset`: every word its card decodes lies inside it
   * (the word, its inner words, its characters), so a split dictionary loads only that span first.
   * Needs no entry's details, nor a glossary entry's texts: `entryId` names the entry the card will show.
   */
  spanAt(text: string, offset: number): { start: number; end: number; entryId?: string } | undefined;
  /** The glossary entries the cards of `text` name (lookUpAll's), so that only their files are read first. */
  termIdsIn(text: string): string[];
  /** Cards for every Han unit and every marked glossary term of a text (the CLI, hover's word cache): one reading of the whole text. */
  lookUpAll(text: string, options: ReadingOptions): WordLookup[];
  /**
   * Builds what the first card builds (the glossary's matcher, the pinyin index, the segmenters) on a
   * short sample, decoding no dictionary entry: a worker woken by a moving pointer does it before the
   * pointer reaches a word.
   */
  warmUp(): void;
}

/** A short sample with a glossary term, a name and ordinary words, for warmUp. */
const WARM_UP_SAMPLE = '株洲市长在会上说，加快发展新质生产力。';

/** Words whose meanings are kept once worked out (a page repeats its words: 的, 发展, 项目). */
const MEMO_LIMIT = 5_000;

/** A bounded memo: the oldest answer goes when it is full. */
function memo<T>(limit: number): (key: string, make: () => T) => T {
  const kept = new Map<string, T>();
  return (key, make) => {
    if (kept.has(key)) return kept.get(key)!;
    const value = make();
    kept.set(key, value);
    if (kept.size > limit) kept.delete(kept.keys().next().value!);
    return value;
  };
}

/** At most this many shorter words are listed inside a headword. */
const MAX_INNER = 8;
/** Quote marks and brackets a glossary hit may include around or inside its words. */
const NOT_WORD = /[\s“”‘’「」『』"'《》〈〉（）()【】]/u;

/** Pinyin syllables compared without their style: `zhǎng`, `zhang3` and CEDICT's `Zhang3` alike. */
const syllableKey = (syllable: string) => `${bareSyllable(syllable.replace(/[0-5]$/, '')).toLowerCase()}${toneOf(syllable)}`;
const tonelessKey = (syllable: string) => bareSyllable(syllable.replace(/[0-5]$/, '')).toLowerCase();

/** How well a CEDICT reading fits the syllables read in context: 2 the same, 1 the same but for tones, 0 another reading. */
function readingFit(entry: DictEntry, syllables: readonly string[]): number {
  const theirs = markPinyin(entry.pinyin).split(' ');
  if (theirs.length !== syllables.length) return 0;
  if (theirs.every((syllable, i) => syllableKey(syllable) === syllableKey(syllables[i]!))) return 2;
  return theirs.every((syllable, i) => tonelessKey(syllable) === tonelessKey(syllables[i]!)) ? 1 : 0;
}

/** A sense of older Chinese, which modern news rarely means when another entry has the same reading (余: I, me). */
const isDated = (sense: string) => /^\((?:literary|archaic|old|classical)\)/.test(sense);

/**
 * Entries in the order a reader wants them: the reading in context first, common before proper
 * (names first for a name), an entry that opens with older Chinese or a pointer after one that does
 * not, mere pointers last ("used in 家伙", "variant of 谈": after even a surname). A traditional
 * form's "variant of" the very word on the page (朞 → 期) says nothing in simplified text: dropped,
 * and that form's entry follows the word's own.
 */
function rankEntries(entries: readonly DictEntry[], syllables: readonly string[], kind: UnitKind): DictEntry[] {
  const wantsProper = kind === 'name' || kind === 'place';
  const rank = (entry: DictEntry, anotherForm: boolean) =>
    -readingFit(entry, syllables) * 4 + (entry.proper !== wantsProper ? 2 : 0) + (onlyPoints(entry.senses) ? 3 : 0) +
    (anotherForm || isDated(entry.senses[0]!) || isReference(entry.senses[0]!) ? 1 : 0);
  return entries
    .map((entry, order) => ({ entry: { ...entry, senses: ownSenses(entry) }, order, anotherForm: isAnotherForm(entry) }))
    .filter(({ entry }) => entry.senses.length > 0)
    .map(({ entry, order, anotherForm }) => ({ entry, order, rank: rank(entry, anotherForm) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ entry }) => entry);
}

/**
 * The glossary spots a card is cut by. Terms as the page's marks find them (word-service.ts
 * scanTerms), with the dictionary: a term the page marks is the term its card shows (一手抓化债), and
 * a short form that cuts a word is neither. Unexplained slogans only by their shape, as without it:
 * the dictionary would also flag every quoted coinage (“高端化”), whose card then loses the senses
 * of its words (bench:words, words explained on real news 99.8% → 99.6%).
 */
function cardSpots(glossary: WordLookupSources['glossary'], text: string, dictionary: Dictionary | undefined): ScannedSpot[] {
  const shaped = glossary.scan([text]).spots[0] ?? [];
  if (!dictionary) return shaped;
  const terms = (glossary.scan([text], (word) => dictionary.has(word)).spots[0] ?? []).filter((spot) => spot.entryId);
  const free = (spot: ScannedSpot) => !terms.some((term) => term.start < spot.end && spot.start < term.end);
  return [...terms, ...shaped.filter((spot) => !spot.entryId && free(spot))].sort((a, b) => a.start - b.start);
}

/**
 * The card engine of the background: ZhuDu's reader for pinyin in context, CC-CEDICT for senses, the
 * glossary for terms, the dictionary segmenter for what a word is. Pure: the caller owns the data.
 */
export function createWordLookups({ reader, glossary, dictionary }: WordLookupSources): WordLookups {
  // The last text's glossary spots: the segmenter asks for them, then the lookup for their entries.
  let scanned: { text: string; spots: ScannedSpot[] } = { text: '', spots: [] };
  const spotsOf = (text: string) => {
    if (scanned.text !== text) scanned = { text, spots: cardSpots(glossary, text, dictionary) };
    return scanned.spots;
  };
  const termSpans = (text: string) => spotsOf(text).map((spot) => innerSpan(text, spot));
  const segment = createSegmenter({ words: reader.words, ...(dictionary && { dictionary }), units: termSpans });
  // Inside a term: its words, not the term again.
  const segmentWords = createSegmenter({ words: reader.words, ...(dictionary && { dictionary }) });

  const hasMeaning = (word: string) => !!dictionary?.has(word) || Object.hasOwn(LOCAL_WORDS, word) || !!lexiconGloss(word);

  /** A unit no dictionary explains becomes the longest explained words inside it, else its characters. */
  const explainedPieces = (unit: WordUnit): WordUnit[] => {
    if (unit.kind !== 'word' || hasMeaning(unit.text)) return [unit];
    const pieces: WordUnit[] = [];
    for (let at = unit.start; at < unit.end; ) {
      let length = unit.end - at;
      while (length > 1 && !hasMeaning(unit.text.slice(at - unit.start, at - unit.start + length))) length--;
      const text = unit.text.slice(at - unit.start, at - unit.start + length);
      const single = length === 1 || (length === 2 && text.codePointAt(0)! > 0xffff);
      pieces.push({ start: at, end: at + length, text, kind: single ? 'char' : 'word', cutFrom: unit.text });
      at += length;
    }
    return pieces;
  };
  // The last text's units: the word service asks for the span first, then for its card.
  let cut: { text: string; units: WordUnit[] } = { text: '', units: [] };
  const units = (text: string) => {
    if (cut.text !== text) cut = { text, units: segment(text).flatMap(explainedPieces) };
    return cut.units;
  };
  const unitAt = (text: string, offset: number) => units(text).find((candidate) => candidate.start <= offset && offset < candidate.end);

  const meaningsMemo = memo<WordMeaning[]>(MEMO_LIMIT);
  const senseMemo = memo<string | undefined>(MEMO_LIMIT);
  const meaningsOf = (word: string, syllables: readonly string[], kind: UnitKind, options: ReadingOptions): WordMeaning[] =>
    meaningsMemo(`${word}|${syllables.join(' ')}|${kind}|${options.toneStyle}`, () => workOutMeanings(word, syllables, kind, options));
  const workOutMeanings = (word: string, syllables: readonly string[], kind: UnitKind, options: ReadingOptions): WordMeaning[] => {
    const style = (pinyin: string) => markPinyin(pinyin).split(' ').map((syllable) => styleSyllable(syllable, options.toneStyle)).join(' ');
    const lookup = (other: string) => dictionary?.lookup(other) ?? [];
    const meanings = rankEntries(lookup(word), syllables, kind).map((entry) => ({
      pinyin: style(entry.pinyin),
      senses: followReferences(entry.senses, lookup).map(readableSense),
      classifiers: entry.classifiers.map((classifier) => `${classifier.hanzi} ${style(classifier.pinyin)}`),
      labels: entry.labels,
    }));
    const local = LOCAL_WORDS[word];
    if (local && Object.hasOwn(LOCAL_WORDS, word)) meanings.unshift({ pinyin: syllables.join(' '), senses: [local], classifiers: [], labels: [] });
    return meanings;
  };

  const firstSense = (word: string, syllables: readonly string[]) => senseMemo(`${word}|${syllables.join(' ')}`, () => workOutFirstSense(word, syllables));
  const workOutFirstSense = (word: string, syllables: readonly string[]): string | undefined => {
    if (Object.hasOwn(LOCAL_WORDS, word)) return LOCAL_WORDS[word];
    const lookup = (other: string) => dictionary?.lookup(other) ?? [];
    const sense = followReferences(rankEntries(lookup(word), syllables, 'word')[0]?.senses ?? [], lookup)[0];
    return sense === undefined ? lexiconGloss(word) : readableSense(sense);
  };

  /** Shorter words inside a headword: the term's own words, or every shorter dictionary word, or its characters. */
  const innerWords = (text: string, unit: WordUnit, readingAt: (index: number) => string | undefined): InnerWord[] => {
    if (unit.end - unit.start < 2 || unit.kind === 'name') return [];
    const pinyinOf = (start: number, end: number) => {
      const syllables: string[] = [];
      for (let i = start; i < end; i++) {
        const reading = readingAt(i);
        if (reading) syllables.push(reading);
      }
      return syllables;
    };
    const inner: InnerWord[] = [];
    const add = (start: number, end: number) => {
      const word = text.slice(start, end);
      if (![...word].some(isHan)) return;
      const syllables = pinyinOf(start, end);
      const sense = firstSense(word, syllables);
      inner.push({ text: word, pinyin: syllables.join(' '), ...(sense && { sense }) });
    };
    if (unit.kind === 'term') {
      for (const piece of segmentWords(text.slice(unit.start, unit.end))) add(unit.start + piece.start, unit.start + piece.end);
    } else {
      for (let start = unit.start; start < unit.end; start++) {
        for (let end = unit.end - (start === unit.start ? 1 : 0); end >= start + 2; end--) {
          if (dictionary?.has(text.slice(start, end))) add(start, end);
        }
      }
      if (inner.length === 0) for (let at = unit.start; at < unit.end; at++) add(at, at + 1);
    }
    return inner.slice(0, MAX_INNER);
  };

  /** The glossary spot a term unit stands for (its quotes and brackets around it). */
  const termSpotOf = (text: string, unit: WordUnit) =>
    unit.kind === 'term' ? spotsOf(text).find((candidate) => candidate.start <= unit.start && unit.end <= candidate.end) : undefined;

  const cardFor = (text: string, unit: WordUnit, readings: Map<number, CharReading>, options: ReadingOptions): WordLookup => {
    const inUnit: CharReading[] = [];
    for (let i = unit.start; i < unit.end; i++) {
      const reading = readings.get(i);
      if (reading) inUnit.push(reading);
    }
    const syllables = inUnit.map((reading) => reading.pinyin);
    const polyphones = inUnit.filter((reading) => reading.alternatives.length > 0).map(({ char, alternatives }) => ({ char, alternatives }));
    const entry = lexiconEntry(unit.text);
    const gloss = lexiconGloss(unit.text);
    const meanings = meaningsOf(unit.text, syllables, unit.kind, options);
    const inner = innerWords(text, unit, (index) => readings.get(index)?.pinyin);
    const word: WordCard = {
      text: unit.text,
      syllables,
      kind: unit.kind,
      ...(entry?.name && { name: entry.name }),
      ...(gloss && { gloss }),
      ...(polyphones.length > 0 && { polyphones }),
      ...(meanings.length > 0 && { meanings }),
      ...(inner.length > 0 && { inner }),
    };
    const spot = termSpotOf(text, unit);
    const termEntry = spot?.entryId ? glossary.entry(spot.entryId) : undefined;
    const term = spot && { text: unit.text, ...(termEntry ? { entry: termEntry } : spot.entryId && { unavailable: true as const }) };
    return { start: unit.start, end: unit.end, word, ...(term && { term }), ...(unit.cutFrom && { cutFrom: unit.cutFrom }) };
  };

  const readingsOf = (text: string, options: ReadingOptions) => new Map(reader.readChars(text, options).map((reading) => [reading.index, reading]));

  return {
    units: (text) => [...units(text)],
    warmUp() {
      // The sample touches what a card reads (the reader's word and character data, the segmenter, the
      // glossary); not the reader's own warm-up, whose ICU segmenter cards never use.
      for (let at = 0; at < WARM_UP_SAMPLE.length; at += 4) unitAt(WARM_UP_SAMPLE, at);
    },
    termIdsIn: (text) => spotsOf(text).flatMap((spot) => (spot.entryId ? [spot.entryId] : [])),
    spanAt(text, offset) {
      const unit = offset < 0 || offset >= text.length ? undefined : unitAt(text, offset);
      const entryId = unit && termSpotOf(text, unit)?.entryId;
      return unit && { start: unit.start, end: unit.end, ...(entryId && { entryId }) };
    },
    lookUp(text, offset, options) {
      if (offset < 0 || offset >= text.length) return undefined;
      const unit = unitAt(text, offset);
      if (!unit) return undefined;
      if (isHan(String.fromCodePoint(text.codePointAt(offset)!))) return cardFor(text, unit, readingsOf(text, options), options);
      // A marked glossary term is explained wherever it is pointed at, its digits and + too (“2+2”).
      const lookup = unit.kind === 'term' ? cardFor(text, unit, readingsOf(text, options), options) : undefined;
      return lookup?.term?.entry ? lookup : undefined;
    },
    lookUpAll(text, options) {
      const readings = readingsOf(text, options);
      return units(text).flatMap((unit) => {
        const han = [...unit.text].some(isHan);
        if (!han && unit.kind !== 'term') return [];
        const lookup = cardFor(text, unit, readings, options);
        return han || lookup.term?.entry ? [lookup] : [];
      });
    },
  };
}

/** The words of a glossary hit without the quotes and brackets around them: “三个高地” → 三个高地. */
function innerSpan(text: string, spot: ScannedSpot): { start: number; end: number } {
  let { start, end } = spot;
  while (start < end && NOT_WORD.test(text.charAt(start))) start++;
  while (end > start && NOT_WORD.test(text.charAt(end - 1))) end--;
  return { start, end };
}
