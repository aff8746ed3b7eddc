import { describe, expect, it } from 'vitest';
import { savedCorrections } from '@/utils/core/storage/corrections';
import { correctionsFileText, planImport, readCorrectionsFile } from '@/utils/core/storage/corrections-file';

describe('saved corrections', () => {
  it('are listed newest first with the time they were saved; deleted and undated ones as such', () => {
    const record = {
      version: 2 as const,
      entries: {
        炎陵: { value: 'yàn líng', at: 1_700_000_000_000 },
        株洲: { value: 'zhū zhōu', at: 1_800_000_000_000 },
        曾: { value: 'zēng', at: 1 },
        一: { value: null, at: 1_900_000_000_000 },
        好: { value: 'hao3', at: 1_900_000_000_000 }, // not the stored shape (a tone number)
      },
    };
    expect(savedCorrections(record)).toEqual([
      { word: '株洲', reading: 'zhū zhōu', savedAt: 1_800_000_000_000 },
      { word: '炎陵', reading: 'yàn líng', savedAt: 1_700_000_000_000 },
      { word: '曾', reading: 'zēng', savedAt: null },
    ]);
  });
});

describe('the corrections file', () => {
  const saved = [
    { word: '株洲', reading: 'zhū zhōu', savedAt: Date.UTC(2026, 11, 1) },
    { word: '曾', reading: 'zēng', savedAt: null },
  ];

  it('reads back what was exported', () => {
    const text = correctionsFileText(saved, Date.UTC(2026, 11, 7));
    expect(JSON.parse(text)).toMatchObject({ kind: 'zhudu-corrections', version: 1, exportedAt: '2026-12-07T00:00:00.000Z' });
    expect(readCorrectionsFile(text)).toEqual({
      entries: [
        { word: '株洲', reading: 'zhū zhōu' },
        { word: '曾', reading: 'zēng' },
      ],
      refused: [],
    });
  });

  it('takes a plain object or list too, checks each entry as if typed, and says why one is refused', () => {
    expect(readCorrectionsFile('\uFEFF{"好": "hao3", "一": "xyz", "寿仁": "shou ren"}')).toEqual({
      entries: [{ word: '好', reading: 'hǎo' }],
      refused: [
        { word: '一', problem: { kind: 'notSyllable', text: 'xyz' } },
        { word: '寿仁', problem: { kind: 'noTone', text: 'shou', withNumber: 'shou1', withMark: 'shōu' } },
      ],
    });
    expect(readCorrectionsFile('[{"word": "律", "reading": "lv4"}, {"reading": "yi1"}, 7, {"word": "一", "reading": 1}]')).toEqual({
      entries: [{ word: '律', reading: 'lǜ' }],
      refused: [
        { word: '#2', problem: { kind: 'word' } },
        { word: '#3', problem: { kind: 'word' } },
        { word: '一', problem: { kind: 'empty' } },
      ],
    });
  });

  it('says when a file is not JSON, or not corrections', () => {
    expect(readCorrectionsFile('word,reading\n好,hao3')).toEqual({ error: 'json' });
    expect(readCorrectionsFile('42')).toEqual({ error: 'shape' });
    expect(readCorrectionsFile('{"kind": "zhudu-corrections", "corrections": 5}')).toEqual({ error: 'shape' });
  });

  it('imports add: a saved reading is never replaced', () => {
    const current = new Map([['炎陵', 'yàn líng']]);
    const { changes, report } = planImport(current, [
      { word: '炎陵', reading: 'yán líng' },
      { word: '株洲', reading: 'zhū zhōu' },
      { word: '株洲', reading: 'zhū zhōu' },
      { word: '好', reading: 'hao' },
    ]);
    expect(changes).toEqual({ 株洲: 'zhū zhōu' });
    expect(report).toMatchObject({ added: ['株洲'], same: ['株洲'], kept: ['炎陵'], refused: [{ word: '好' }] });
  });
});
