/**
 * `npm run cli -- glossary < article.txt`: the policy slogans in a text, as one JSON array with one
 * object per distinct term in order of first appearance. Known terms carry the glossary id, scope
 * and English; quoted slogans and coinages the glossary cannot explain come with known: false.
 * Every row lists the strings matched in the text (`forms`) and where ([start, end) UTF-16 offsets,
 * `spans`). With `isWord` (CC-CEDICT, as in the background) every quoted coinage is flagged.
 */
import type { Glossary } from '../utils/core/glossary/index';

interface GlossaryRow {
  term: string;
  count: number;
  known: boolean;
  id?: string;
  scope?: string;
  english?: string;
  forms: string[];
  spans: [number, number][];
}

export function glossaryCommand(input: string, glossary: Glossary, isWord?: (word: string) => boolean): string {
  const rows: GlossaryRow[] = glossary.summarize(input, isWord).map(({ term, count, known, entry, forms, spans }) =>
    entry
      ? { term, count, known, id: entry.id, scope: entry.scope, english: entry.english.text, forms, spans }
      : { term, count, known, forms, spans },
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
