import { describe, expect, it } from 'vitest';
import { cutsWord } from '@/utils/core/glossary/word-boundary';
import { createGlossary, GLOSSARY } from '@/utils/core/glossary/index';

// A few words of a dictionary, enough for these sentences.
const WORDS = new Set(['边界', '交通', '中心', '区位', '位列', '地和', '创新', '联赛', '高新']);
const isWord = (word: string) => WORDS.has(word);
const hitOf = (text: string, form: string) => ({ start: text.indexOf(form), end: text.indexOf(form) + form.length });

describe('cutsWord', () => {
  it('finds a short form whose last character makes a word with the next one (湘赣边 in 湘赣边界)', () => {
    const text = '发力建设湘赣边界交通中心';
    expect(cutsWord(text, hitOf(text, '湘赣边'), isWord)).toBe(true);
  });

  it('keeps a form followed by a word of its own, or by a character that stands alone', () => {
    expect(cutsWord('株洲高新区位列第35位', hitOf('株洲高新区位列第35位', '高新区'), isWord)).toBe(false);
    expect(cutsWord('重要策源地和创新应用', hitOf('重要策源地和创新应用', '策源地'), isWord)).toBe(false);
  });

  it('never checks a long form', () => {
    expect(cutsWord('湘赣边区域合作示范区界', { start: 0, end: 10 }, () => true)).toBe(false);
  });

  it('drops the cut form from a scan with a dictionary, and only then', () => {
    const glossary = createGlossary(GLOSSARY);
    const text = '茶陵打造成为湘赣边界茶叶交易中心，推进湘赣边区域合作。';
    const withWords = glossary.scan([text], isWord).spots[0]!.filter((spot) => spot.entryId);
    expect(withWords.map((spot) => spot.text)).toEqual(['湘赣边区域合作']);
    expect(glossary.scan([text]).spots[0]!.filter((spot) => spot.entryId).map((spot) => spot.text)).toContain('湘赣边');
  });
});
