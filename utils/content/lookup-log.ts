/** A word the user looked up on this page, for the study sheet and the Anki cards. */
export interface LookedUpWord {
  word: string;
  pinyin: string;
  name?: string;
  gloss?: string;
}

const LIMIT = 200;
const logs = new WeakMap<Document, Map<string, LookedUpWord>>();

/**
 * Remembers a looked-up word for as long as the page is open (in memory only: nothing is stored).
 * A word counts as looked up when the user pins its card, has it read aloud, or keeps the pointer on it.
 */
export function recordLookup(doc: Document, shown: { text: string; syllables: string[]; name?: string; gloss?: string }): void {
  const word: LookedUpWord = {
    word: shown.text,
    pinyin: shown.syllables.join(' '),
    ...(shown.name && { name: shown.name }),
    ...(shown.gloss && { gloss: shown.gloss }),
  };
  let log = logs.get(doc);
  if (!log) logs.set(doc, (log = new Map()));
  log.delete(word.word); // the latest lookup goes last
  log.set(word.word, word);
  if (log.size > LIMIT) log.delete(log.keys().next().value!);
}

/** The page's looked-up words, oldest first. */
export function lookupsOf(doc: Document): LookedUpWord[] {
  return [...(logs.get(doc)?.values() ?? [])];
}
