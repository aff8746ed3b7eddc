import { describe, expect, it } from 'vitest';
import { countHan, hasHan, isHan, sentenceAround } from '@/utils/core/text/han';

describe('han', () => {
  it('recognises Han characters, extension planes included, and nothing else', () => {
    expect(isHan('株')).toBe(true);
    expect(isHan('𠮷')).toBe(true);
    expect(isHan('，')).toBe(false);
    expect(isHan('　')).toBe(false);
    expect(hasHan('Zhuzhou 2025')).toBe(false);
    expect(countHan('𠮷株a洲。')).toBe(3);
  });

  it('finds the sentence around an offset, stop mark included', () => {
    const text = '第一句。第二句，还没完！第三句';
    const at = text.indexOf('还');
    expect(text.slice(sentenceAround(text, at).start, sentenceAround(text, at).end)).toBe('第二句，还没完！');
    expect(sentenceAround(text, text.length - 1)).toEqual({ start: 12, end: text.length });
  });
});
