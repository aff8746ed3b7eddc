import { describe, expect, it } from 'vitest';
import { markPinyin, markSyllable, readableSense } from '../../../utils/core/dictionary/marks';

describe('CEDICT pinyin with tone marks', () => {
  it('puts the mark where pinyin puts it', () => {
    expect(markPinyin('tou2 zi1')).toBe('tóu zī');
    expect(markPinyin('lu:4 se4')).toBe('lǜ sè');
    expect(markPinyin('Chen2')).toBe('Chén');
    expect(markPinyin('gui4 zhou1')).toBe('guì zhōu');
    expect(markPinyin('xiu1 liu2')).toBe('xiū liú');
    expect(markPinyin('er2 zi5')).toBe('ér zi');
    expect(markSyllable('r5')).toBe('r');
    expect(markSyllable('Ou1')).toBe('Ōu');
  });

  it('writes cross-references readably', () => {
    expect(readableSense('see 株洲市[Zhu1 zhou1 Shi4]')).toBe('see 株洲市 [Zhū zhōu Shì]');
    expect(readableSense('variant of 隻|只[zhi1]')).toBe('variant of 只 [zhī]');
    expect(readableSense('to invest')).toBe('to invest');
  });
});
