import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../helpers/engine';

interface Article {
  title: string;
  paragraphs: string[];
}

const PARAGRAPHS = (JSON.parse(readFileSync('tests/fixtures/articles.json', 'utf8')) as Article[]).flatMap((a) => [a.title, ...a.paragraphs]);

describe('scanTexts (what the background answers the content script)', () => {
  it('finds terms with offsets into each text, and sends the entries they name', () => {
    const { spots, entries } = glossary.scan(['推动“十四五”规划圆满收官', '没有术语的一句话', '落实“九个七大”']);
    expect(spots[0]).toEqual([{ start: 2, end: 9, text: '“十四五”规划', entryId: 'shi-si-wu' }]);
    expect(spots[1]).toEqual([]);
    // A slogan-shaped quote no entry explains is a spot without an entry.
    expect(spots[2]).toEqual([{ start: 3, end: 7, text: '九个七大' }]);
    expect(entries.map((entry) => entry.id)).toEqual(['shi-si-wu']);
  });

  it('flags a list of -化 words as an unexplained enumeration, quoted or not, but not a list of verbs', () => {
    const text = '推动服饰产业向高端化、智能化、品牌化转型，既是深化、内化、转化成果。';
    const start = text.indexOf('高端化');
    expect(glossary.scan([text]).spots[0]).toEqual([{ start, end: start + '高端化、智能化、品牌化'.length, text: '高端化、智能化、品牌化' }]);
  });

  it('counts, on every front-page paragraph, what summarizeGlossaryTerms counts', () => {
    const { spots, entries } = glossary.scan(PARAGRAPHS);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    let known = 0;
    PARAGRAPHS.forEach((text, i) => {
      const counts = new Map<string, number>();
      for (const spot of spots[i]!) {
        expect(text.slice(spot.start, spot.end)).toBe(spot.text);
        const term = spot.entryId ? byId.get(spot.entryId)!.term : spot.text;
        counts.set(term, (counts.get(term) ?? 0) + 1);
        if (spot.entryId) known++;
      }
      const expected = new Map(glossary.summarize(text).map((row) => [row.term, row.count]));
      expect(counts).toEqual(expected);
      expect(spots[i]!.map((spot) => spot.start)).toEqual([...spots[i]!.map((spot) => spot.start)].sort((a, b) => a - b));
    });
    expect(known).toBeGreaterThan(20);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });
});
