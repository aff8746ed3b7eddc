import { afterEach, describe, expect, it } from 'vitest';
import { checkCorrection, type CorrectionProblem } from '@/utils/core/pinyin/corrections';
import { correctionMessage } from '@/utils/correction-message';
import { setUiLocale } from '@/utils/i18n';
import '../../helpers/ui-tables';

const problemOf = (word: string, reading: string): CorrectionProblem => {
  const checked = checkCorrection(word, reading);
  if (!('problem' in checked)) throw new Error(`${reading} was accepted for ${word}`);
  return checked.problem;
};

describe('why a correction is refused, in the UI language', () => {
  afterEach(() => setUiLocale(null));

  it('says it in English', () => {
    setUiLocale('en');
    expect(correctionMessage(problemOf('一', 'xyz'))).toBe('“xyz” is not a Mandarin syllable.');
    expect(correctionMessage(problemOf('一', 'hao'))).toBe('Add a tone to “hao”: hao1 or hāo (5 or 0 for the neutral tone).');
    expect(correctionMessage(problemOf('寿仁', 'shou4'))).toBe('Give one syllable per character: 寿仁 needs 2, you gave 1.');
    expect(correctionMessage(problemOf('好', 'hǎo3'))).toMatch(/^“hǎo3”: give one tone/);
  });

  it('says it in Chinese, with full-width punctuation', () => {
    setUiLocale('zh_CN');
    const messages = [
      correctionMessage(problemOf('一', 'xyz')),
      correctionMessage(problemOf('一', 'hao')),
      correctionMessage(problemOf('寿仁', 'shou4')),
      correctionMessage(problemOf('好', 'hǎo3')),
      correctionMessage(problemOf('GDP', 'g')),
      correctionMessage(problemOf('一', ' ')),
    ];
    expect(messages.slice(0, 3)).toEqual(['“xyz”不是普通话音节。', '请给“hao”加上声调：hao1 或 hāo（轻声写 5 或 0）。', '每个字一个音节：“寿仁”需要 2 个，你写了 1 个。']);
    for (const message of messages) expect(message, message).not.toMatch(/[:,()]|\.$/);
  });
});
