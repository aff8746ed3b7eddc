import { hasHan } from '../../core/text/han';
import type { WordLookup } from '../../core/words/word-card';
import { eachBlockRoot, proseOf, type BlockText } from '../../page/prose';
import { sentencesOf } from '../../page/ruby';
import type { PageEnv } from '../page-env';

/** Sentences are asked for in stretches of about this many characters: a long paragraph costs one request per screen or so. */
const STRETCH = 300;

/** A word the reading cursor can stand on: its block, its span in the block's text, and its card. */
export interface ReadingWord {
  block: BlockText;
  start: number;
  end: number;
  lookup: WordLookup;
  sentence: string;
}

/** Where a word is: its block (in article order), its stretch, and its index in that stretch. */
export interface WordPlace {
  block: number;
  stretch: number;
  word: number;
}

/**
 * The words of the article in reading order, as the card cuts them (the background's dictionary
 * segmenter: glossary terms whole), fetched a stretch of sentences at a time as the cursor reaches
 * them. A block whose text changed is read again.
 */
export interface ReadingWords {
  /** The word at a place, once its stretch is here. */
  at(place: WordPlace): Promise<ReadingWord | null>;
  first(): Promise<WordPlace | null>;
  /** The word at or after a text offset of a block (the start of the selection). */
  near(root: Node, offset: number): Promise<WordPlace | null>;
  next(place: WordPlace): Promise<WordPlace | null>;
  previous(place: WordPlace): Promise<WordPlace | null>;
}

interface Stretch {
  start: number;
  end: number;
  words?: Promise<ReadingWord[]>;
}

export function createReadingWords(env: PageEnv): ReadingWords {
  const roots = [...eachBlockRoot(env.article.regions())];
  const blocks = new Map<number, { block: BlockText; stretches: Stretch[] }>();

  const blockAt = (index: number) => {
    const root = roots[index];
    if (!root) return null;
    const block = proseOf(root);
    const known = blocks.get(index);
    if (known && known.block.text === block.text) return known;
    const fresh = { block, stretches: stretchesOf(block.text) };
    blocks.set(index, fresh);
    return fresh;
  };

  const wordsOf = (index: number, stretchIndex: number): Promise<ReadingWord[]> => {
    const known = blockAt(index);
    const stretch = known?.stretches[stretchIndex];
    if (!known || !stretch) return Promise.resolve([]);
    // A failed request is not kept: the next move asks again.
    stretch.words ??= fetchStretch(env, known.block, stretch).catch((error: unknown) => {
      stretch.words = undefined;
      throw error;
    });
    return stretch.words;
  };

  /** The first place at or after (block, stretch) holding a word, going forward or back. */
  const scan = async (block: number, stretch: number, step: 1 | -1): Promise<WordPlace | null> => {
    for (let b = block; b >= 0 && b < roots.length; b += step) {
      const count = blockAt(b)?.stretches.length ?? 0;
      // Going back, a stretch past the end means the block's last one.
      let s = b !== block ? (step === 1 ? 0 : count - 1) : step === 1 ? stretch : Math.min(stretch, count - 1);
      for (; s >= 0 && s < count; s += step) {
        const words = await wordsOf(b, s);
        if (words.length > 0) return { block: b, stretch: s, word: step === 1 ? 0 : words.length - 1 };
      }
    }
    return null;
  };

  return {
    async at(place) {
      return (await wordsOf(place.block, place.stretch))[place.word] ?? null;
    },
    first: () => scan(0, 0, 1),
    async near(root, offset) {
      const index = roots.indexOf(root);
      const known = index >= 0 ? blockAt(index) : null;
      if (!known) return null;
      const stretch = Math.max(0, known.stretches.findIndex((s) => s.start <= offset && offset < s.end));
      const words = await wordsOf(index, stretch);
      const word = words.findIndex((w) => offset < w.end);
      return word >= 0 ? { block: index, stretch, word } : scan(index, stretch + 1, 1);
    },
    async next(place) {
      const words = await wordsOf(place.block, place.stretch);
      if (place.word + 1 < words.length) return { ...place, word: place.word + 1 };
      return scan(place.block, place.stretch + 1, 1);
    },
    async previous(place) {
      if (place.word > 0) return { ...place, word: place.word - 1 };
      return place.stretch > 0 ? scan(place.block, place.stretch - 1, -1) : scan(place.block - 1, Infinity, -1);
    },
  };
}

/** A block's text cut into stretches of whole sentences, about STRETCH characters each. */
function stretchesOf(text: string): Stretch[] {
  const stretches: Stretch[] = [];
  for (const sentence of sentencesOf(text)) {
    const last = stretches[stretches.length - 1];
    if (last && last.end - last.start + (sentence.end - sentence.start) <= STRETCH) last.end = sentence.end;
    else stretches.push({ start: sentence.start, end: sentence.end });
  }
  return stretches;
}

/** The cards of a stretch's words, from the background, placed in the block. */
async function fetchStretch(env: PageEnv, block: BlockText, stretch: Stretch): Promise<ReadingWord[]> {
  const text = block.text.slice(stretch.start, stretch.end);
  if (!hasHan(text)) return [];
  const { settings, corrections } = env.state();
  const wanted = [...corrections].filter(([word]) => text.includes(word));
  const lookups = await env.lookUpBlock({ text, offset: 0, toneStyle: settings.toneStyle, toneSandhi: settings.toneSandhi, corrections: wanted });
  const sentences = sentencesOf(text);
  return lookups.map((lookup) => {
    const sentence = sentences.find((s) => s.start <= lookup.start && lookup.start < s.end) ?? { start: 0, end: text.length };
    return { block, start: stretch.start + lookup.start, end: stretch.start + lookup.end, lookup, sentence: text.slice(sentence.start, sentence.end).trim() };
  });
}
