import { describe, expect, it } from 'vitest';
import { englishWords, glossWords, MAX_WORD, scanWordBytes } from '../../../utils/core/dictionary/english-words';

describe('English words of senses', () => {
  it('lower-cases, drops plural s, and skips the pinyin of cross-references', () => {
    expect(englishWords('Productive Forces')).toEqual(['productive', 'force']);
    expect(englishWords('cities; boxes; churches; classes; bus; this; news; gas')).toEqual(['city', 'box', 'church', 'class', 'bus', 'this', 'new', 'gas']);
    expect(englishWords('see 株洲市[Zhu1 zhou1 Shi4] (abbr.)')).toEqual(['see', 'abbr']);
    expect(englishWords("people's congress, 3D")).toEqual(['people', 's', 'congress', '3d']);
  });

  it('tells the core of a gloss from its notes', () => {
    expect(glossWords('(fashion) model (loanword)')).toEqual({ words: ['fashion', 'model', 'loanword'], core: ['model'], head: ['model'] });
    expect(glossWords('Xi Jinping (1953–), PRC politician').head).toEqual(['xi', 'jinping']);
    expect(glossWords('Zhuzhou, prefecture-level city in Hunan').head).toEqual(['zhuzhou']);
  });

  it('finds the same words in UTF-8 bytes as in strings', () => {
    const senses = [
      'Zhuzhou, prefecture-level city in Hunan Province 湖南省[Hu2 nan2 Sheng3]',
      'to deduce many things from one case (idiom)',
      'Xi Jinping (1953–), PRC politician; Düsseldorf; naïve',
      'ABBREVIATIONS; ladies; a-z 0-9',
    ];
    for (const sense of senses) {
      const bytes = new TextEncoder().encode(sense);
      const found: string[] = [];
      scanWordBytes(bytes, 0, bytes.length, new Uint8Array(MAX_WORD), (word, length) => found.push(String.fromCharCode(...word.subarray(0, length))));
      expect(found, sense).toEqual(englishWords(sense));
    }
  });
});
