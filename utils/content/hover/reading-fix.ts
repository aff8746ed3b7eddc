import { styleSyllable } from '../../core/pinyin/syllable';
import type { CardWord, ReadingFix } from '../card-model';
import type { PageEnv } from '../page-env';

/**
 * "Fix this reading" on a pinned card, hover's or the reading cursor's: stored through the
 * background; the card shows the new reading at once through `replace`.
 */
export function readingFix(env: PageEnv, shownWord: () => CardWord | undefined, replace: (word: CardWord) => void): ReadingFix {
  return {
    save: async (reading) => {
      const word = shownWord();
      if (!word) return null;
      // Checked in the background (the syllable table stays out of the page); the syllables shown give a
      // "no tone" message its examples.
      const saved = await env.saveCorrection(word.text, reading, word.syllables);
      if (saved.problem || !saved.reading) return saved.problem ?? null;
      if (shownWord() === word) {
        const syllables = saved.reading.split(' ').map((syllable) => styleSyllable(syllable, env.state().settings.toneStyle));
        replace({ ...word, syllables, polyphones: [] });
      }
      return null;
    },
    reset: async () => {
      const word = shownWord();
      if (word) await env.saveCorrection(word.text, null);
    },
  };
}
