import { describe, expect, it } from 'vitest';
import { cardWord } from '../../../components/card/card-word';
import { LEXICON } from '../../../utils/core/pinyin/lexicon';
import { lexiconGloss } from '../../../utils/core/words/lexicon-glosses';

describe('the lexicon’s glosses, kept out of the page', () => {
  it('explain every lexicon word that has a romanised name, and nothing else', () => {
    for (const entry of LEXICON.filter((candidate) => candidate.name)) expect(lexiconGloss(entry.word), entry.word).toMatch(/\w/);
    expect(lexiconGloss('没有这个词')).toBeUndefined();
    expect(lexiconGloss('constructor')).toBeUndefined();
  });

  it('reach the cards the options preview and the welcome page draw from a reading alone', () => {
    expect(cardWord({ text: '渌口', syllables: ['lù', 'kǒu'], name: 'Lùkǒu' })).toEqual({
      text: '渌口',
      syllables: ['lù', 'kǒu'],
      kind: 'word',
      name: 'Lùkǒu',
      gloss: 'Lukou, a district of Zhuzhou',
    });
    expect(cardWord({ text: '的', syllables: ['de'] })).toEqual({ text: '的', syllables: ['de'], kind: 'char' });
  });
});
