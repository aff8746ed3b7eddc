import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, mergeCards, parseAnkiCsv, toAnkiCsv, toSpreadsheetCsv, type CardRow } from '@/utils/core/study/anki';
import { foundEntries, studyCards } from '@/utils/core/study/cards';
import { rubyWords } from '@/utils/core/study/ruby-words';
import { ENGINE, glossary, reader } from '../../helpers/engine';

const URL_ = 'http://www.zznews.gov.cn/news/2025/0210/400004.shtml';

const ROWS: CardRow[] = [
  { term: '七大攻坚', pinyin: 'qī dà gōng jiān', gloss: 'Hunan’s seven "priority" campaigns, 2025', english: 'seven tough battles', sentence: '', sourceUrl: URL_ },
  { term: '市长', pinyin: 'shì zhǎng', gloss: 'mayor', english: '', sentence: '市长陈恢清主持召开会议，研究“七大攻坚”。', sourceUrl: URL_ },
];

/** The file as the browser saves it: the string encoded as UTF-8, as a Blob of it is. */
const bytes = (text: string) => Buffer.from(new TextEncoder().encode(text));

describe('Anki CSV', () => {
  it('starts with the UTF-8 byte-order mark, then Anki’s first header line', () => {
    const file = bytes(toAnkiCsv(ROWS));
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.subarray(3, 3 + '#separator:Comma\r\n'.length).toString('latin1')).toBe('#separator:Comma\r\n');
    // Once: a second mark would reach Anki as part of the first field.
    expect(file.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 1)).toBe(-1);
    // The Chinese is UTF-8 bytes: 七 is E4 B8 83.
    expect(file.indexOf(Buffer.from([0xe4, 0xb8, 0x83]))).toBeGreaterThan(3);
  });

  it('for spreadsheets: the mark, one header row of column names, the same rows, no # lines', () => {
    const csv = toSpreadsheetCsv(ROWS);
    const file = bytes(csv);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Term,Pinyin,Gloss,English,Sentence,Source URL');
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([]);
    expect(lines).toHaveLength(ROWS.length + 2); // header, rows, and the empty string after the last CRLF
    expect(parseAnkiCsv(csv)).toEqual([[...CSV_COLUMNS], ...ROWS.map((r) => [r.term, r.pinyin, r.gloss, r.english, r.sentence, r.sourceUrl])]);
    expect(csv.slice(csv.indexOf('\r\n') + 2)).toBe(toAnkiCsv(ROWS).split('\r\n').slice(3).join('\r\n'));
  });

  it('writes Anki’s headers and one quoted-as-needed line per card, and reads back the same', () => {
    const rows = ROWS;
    const csv = toAnkiCsv(rows);
    expect(csv.slice(1).split('\r\n').slice(0, 3)).toEqual(['#separator:Comma', '#html:false', `#columns:${CSV_COLUMNS.join(',')}`]);
    expect(csv).toContain('"Hunan’s seven ""priority"" campaigns, 2025"');
    expect(parseAnkiCsv(csv)).toEqual(rows.map((r) => [r.term, r.pinyin, r.gloss, r.english, r.sentence, r.sourceUrl]));
  });

  it('makes one card per explained term, then the looked-up words that are not terms', () => {
    const terms = [
      { id: 'qi-da-gong-jian', known: true },
      { known: false },
      { id: 'qi-da-gong-jian', known: true },
      { id: 'san-ge-gao-di', known: true },
    ];
    expect(foundEntries(terms, glossary).map((e) => e.id)).toEqual(['qi-da-gong-jian', 'san-ge-gao-di']);
    const cards = studyCards(ENGINE, terms, [{ word: '市长', pinyin: 'shì zhǎng', meaning: 'mayor', sentence: '市长陈恢清说。' }, { word: '三个高地', pinyin: 'x', sentence: '打造“三个高地”。' }, { word: '株洲', pinyin: 'zhū zhōu', name: 'Zhūzhōu', gloss: 'Zhuzhou' }], URL_);
    expect(cards.map((c) => c.term)).toEqual(['七大攻坚', '三个高地', '市长', '株洲']);
    expect(cards[0]).toMatchObject({ pinyin: 'qī dà gōng jiān', sourceUrl: URL_ });
    expect(cards[0]!.gloss).not.toBe('');
    expect(cards[0]!.english).not.toBe('');
    expect(cards[3]).toMatchObject({ gloss: 'Zhuzhou', english: 'Zhūzhōu' });
    // A looked-up word keeps its meaning and sentence; a term looked up gets the sentence of its lookup.
    expect(cards[2]).toMatchObject({ term: '市长', gloss: 'mayor', sentence: '市长陈恢清说。' });
    expect(cards[1]).toMatchObject({ term: '三个高地', sentence: '打造“三个高地”。' });
    expect(mergeCards([], [cards[2]!, cards[2]!])).toHaveLength(1);
  });
});

describe('ruby of a paragraph', () => {
  it('gives each word its pinyin read in context and keeps the rest of the text whole', () => {
    const text = '株洲市长陈恢清说，GDP增长5.5%。';
    const pieces = rubyWords(reader, text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.find((p) => p.text.includes('长') && p.syllables)?.syllables).toContain('zhǎng');
    expect(pieces.filter((p) => !p.syllables).map((p) => p.text)).toEqual(['，GDP', '5.5%。']);
  });
});
