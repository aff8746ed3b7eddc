import { describe, expect, it } from 'vitest';
import { isReadingShape } from '../../../utils/core/pinyin/stored-reading';

describe('the stored shape of a reading', () => {
  it('is one lower-case syllable per character with at most one tone mark', () => {
    expect(isReadingShape('株洲', 'zhū zhōu')).toBe(true);
    expect(isReadingShape('律', 'lǜ')).toBe(true);
    expect(isReadingShape('嗯', 'ńg')).toBe(true);
    expect(isReadingShape('的', 'de')).toBe(true);
  });

  it('refuses numbers, capitals, wrong counts, two marks, non-Han words and non-strings', () => {
    expect(isReadingShape('好', 'hao3')).toBe(false);
    expect(isReadingShape('好', 'Hǎo')).toBe(false);
    expect(isReadingShape('株洲', 'zhū')).toBe(false);
    expect(isReadingShape('好', 'hǎó')).toBe(false);
    expect(isReadingShape('ab', 'a b')).toBe(false);
    expect(isReadingShape('好', { reading: 'hǎo' })).toBe(false);
    expect(isReadingShape('', '')).toBe(false);
  });
});
