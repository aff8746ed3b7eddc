import type { TermFinder } from '../glossary/glossary';

const NUMBERED = /^[一二两三四五六七八九十百千万]/;
const QUOTES = /[“”‘’「」『』"'《》]/g;

/**
 * The glossary's numbered slogans written in a text (七大攻坚, 三个高地, 十四五): each is one unit to a
 * reader, where the dictionaries would cut it into a numeral, a measure word and a noun.
 *
 * @example numberedTerms(glossary)('持续打造“三个高地”') → [{ start: 5, end: 9 }]
 */
export function numberedTerms(glossary: Pick<TermFinder, 'find'>): (text: string) => { start: number; end: number }[] {
  return (text) => {
    const spans: { start: number; end: number }[] = [];
    for (const hit of glossary.find(text)) {
      // The hit may include the quotes around it: the unit is the words inside.
      const inner = hit.text.replace(QUOTES, '');
      const start = text.indexOf(inner, hit.start);
      if (start < 0 || start >= hit.end || !NUMBERED.test(inner) || inner.length > 8) continue;
      spans.push({ start, end: start + inner.length });
    }
    return spans;
  };
}
