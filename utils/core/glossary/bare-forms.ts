import type { BareFormCheck } from './match';
import { isOrdinaryPhrase } from './ordinary-phrase';
import { cutsWord } from './word-boundary';

/**
 * With a dictionary, which unquoted quote-only forms count: a coinage no dictionary knows, neither
 * a word nor a run of words (化债, not 天线 "antenna" or 单项冠军 "individual champion"), where it
 * cuts no word of the text. So 一手抓化债 names the debt work, 优化债务 (optimise debt) does not:
 * 优化 is a word there. Only forms the entry lets stand bare are asked (forms.ts).
 *
 * @example bareFormCheck(isWord)('一手抓发展，一手抓化债', 9, 11) → true
 */
export function bareFormCheck(isWord: (word: string) => boolean): BareFormCheck {
  const coined = new Map<string, boolean>();
  const isCoinage = (form: string): boolean => {
    let known = coined.get(form);
    if (known === undefined) coined.set(form, (known = !isOrdinaryPhrase(form, isWord)));
    return known;
  };
  return (text, start, end) => {
    const form = text.slice(start, end).replace(/[^\p{Script=Han}]/gu, '');
    return form.length > 0 && isCoinage(form) && !cutsWord(text, { start, end }, isWord, { anyLength: true });
  };
}
