import type { LookedUp } from '../core/study/cards';

const LIMIT = 200;

/**
 * The words the user looked up on this page, for the study sheet and the Anki cards, kept for as
 * long as the page is open (in memory only: nothing is stored). A word counts as looked up when the
 * user pins its card, has it read aloud, or keeps the pointer on it.
 */
export interface LookupLog {
  record(word: LookedUp): void;
  /** Oldest first. */
  list(): LookedUp[];
}

export function createLookupLog(): LookupLog {
  const words = new Map<string, LookedUp>();
  return {
    record(word) {
      words.delete(word.word); // the latest lookup goes last
      words.set(word.word, word);
      if (words.size > LIMIT) words.delete(words.keys().next().value!);
    },
    list: () => [...words.values()],
  };
}
