import type { CorrectionProblem } from './core/pinyin/corrections';
import { t } from './i18n';

/** What is wrong with a reading, in the UI language: for the card's form and the options page. */
export function correctionMessage(problem: CorrectionProblem): string {
  switch (problem.kind) {
    case 'word':
      return t('correctionWordInvalid');
    case 'empty':
      return t('correctionEmpty');
    case 'notSyllable':
      return t('correctionNotSyllable', problem.text);
    case 'tone':
      return t('correctionBadTone', problem.text);
    case 'count':
      return t('correctionCount', problem.word, problem.characters, problem.syllables);
    case 'noTone':
      return t('correctionNoTone', problem.text, problem.withNumber, problem.withMark);
  }
}
