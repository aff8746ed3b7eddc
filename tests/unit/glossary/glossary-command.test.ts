import { describe, expect, it } from 'vitest';
import { glossaryCommand } from '../../../cli/glossary-command';
import { glossary } from '../../helpers/engine';

describe('glossary command', () => {
  it('prints one JSON array with one object per distinct term', async () => {
    const out = glossaryCommand('打造“三个高地”，推动“十四五”规划收官，打造“三个高地”，落实“四个一批”。', glossary);
    const rows = JSON.parse(out) as unknown[];
    expect(rows).toEqual([
      {
        term: '三个高地', count: 2, known: true, id: 'san-ge-gao-di', scope: 'hunan', english: expect.stringContaining('advanced manufacturing'),
        forms: ['三个高地'], spans: [[3, 7], [24, 28]],
      },
      { term: '十四五', count: 1, known: true, id: 'shi-si-wu', scope: 'national', english: 'the 14th Five-Year Plan (2021–2025)', forms: ['“十四五”规划'], spans: [[11, 18]] },
      { term: '四个一批', count: 1, known: false, forms: ['四个一批'], spans: [[33, 37]] },
    ]);
  });

  it('prints an empty array for text without slogans', async () => {
    expect(JSON.parse(glossaryCommand('今天天气很好。', glossary))).toEqual([]);
  });
});
