/**
 * `npm run cli -- glossary < article.txt`: the policy slogans in a text, as one JSON array with one
 * object per distinct term in order of first appearance. Known terms carry the glossary id, scope
 * and English; quoted slogan-shaped phrases the glossary cannot explain come with known: false.
 */
import type { Glossary } from '../utils/core/glossary/index';

interface GlossaryRow {
  term: string;
  count: number;
  known: boolean;
  id?: string;
  scope?: string;
  english?: string;
}

export function glossaryCommand(input: string, glossary: Glossary): string {
  const rows: GlossaryRow[] = glossary.summarize(input).map(({ term, count, known, entry }) =>
    entry ? { term, count, known, id: entry.id, scope: entry.scope, english: entry.english.text } : { term, count, known },
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
