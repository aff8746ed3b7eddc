import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeUnits } from '@/utils/core/summary/rouge';

describe('rouge', () => {
  it('counts characters, without punctuation or white space', () => {
    expect(rougeUnits('株洲，日报！ A b')).toEqual(['株', '洲', '日', '报', 'a', 'b']);
  });

  it('matches a hand-computed example', () => {
    // candidate 株洲日报 / reference 株洲新闻: unigrams 2 of 4 each way → F1 0.5;
    // bigrams 株洲 only, 1 of 3 each way → 1/3; LCS 株洲 = 2 → 0.5.
    const scores = rouge('株洲日报', '株洲新闻');
    expect(scores.rouge1).toBeCloseTo(0.5);
    expect(scores.rouge2).toBeCloseTo(1 / 3);
    expect(scores.rougeL).toBeCloseTo(0.5);
  });

  it('uses the longest common subsequence for ROUGE-L, not contiguous matches', () => {
    // LCS of 市长主持会议 and 市长今天主持了会议 is 市长主持会议 (6): P = 6/6, R = 6/9, F = 0.8.
    expect(rouge('市长主持会议', '市长今天主持了会议').rougeL).toBeCloseTo(0.8);
    expect(lcsLength([...'ABCBDAB'], [...'BDCABA'])).toBe(4);
  });

  it('clips repeated grams and ignores punctuation', () => {
    // candidate 好好好 vs reference 好: 1 hit; P 1/3, R 1 → F 0.5.
    expect(rouge('好，好，好。', '好').rouge1).toBeCloseTo(0.5);
    expect(rouge('一模一样。', '一模一样')).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
  });

  it('scores 0 when nothing is shared or a side is empty', () => {
    expect(rouge('甲乙', '丙丁')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
    expect(rouge('', '丙丁').rougeL).toBe(0);
  });
});
