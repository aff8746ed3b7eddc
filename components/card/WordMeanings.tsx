import type { CardWord } from '@/utils/content/card-model';
import type { DictLabel } from '@/utils/core/dictionary/types';
import { langTag, t, type MessageKey } from '@/utils/i18n';

/** Senses shown on a card that is not pinned; pinning shows them all. */
const SHORT_SENSES = 3;

const LABEL_KEYS: Record<DictLabel | 'name-kind' | 'place-kind', MessageKey> = {
  name: 'labelName',
  place: 'labelPlace',
  surname: 'labelSurname',
  variant: 'labelVariant',
  abbr: 'labelAbbr',
  'name-kind': 'labelName',
  'place-kind': 'labelPlace',
};

/** The labels of a word: from the segmenter (a name after a title) and from the dictionary's first reading. */
function labelsOf(word: CardWord): MessageKey[] {
  const keys = new Set<MessageKey>();
  if (word.kind === 'name') keys.add(LABEL_KEYS['name-kind']);
  if (word.kind === 'place') keys.add(LABEL_KEYS['place-kind']);
  for (const label of word.meanings?.[0]?.labels ?? []) keys.add(LABEL_KEYS[label]);
  return [...keys];
}

/**
 * What a word means, from CC-CEDICT: its labels, the senses of the reading in context (the first
 * few, all when pinned), its measure words, the other readings when pinned, and the shorter words
 * inside it, each with pinyin and a sense.
 */
export function WordMeanings({ word, pinned }: { word: CardWord; pinned: boolean }) {
  const [first, ...others] = word.meanings ?? [];
  const labels = labelsOf(word);
  const senses = first ? (pinned ? first.senses : first.senses.slice(0, SHORT_SENSES)) : [];
  const hidden = (first ? first.senses.length - senses.length : 0) + (pinned ? 0 : others.reduce((sum, meaning) => sum + meaning.senses.length, 0));
  return (
    <div class="meanings" lang="en">
      {labels.length > 0 && (
        <p class="labels" lang={langTag()}>
          {labels.map((key) => (
            <span key={key} class="chip" data-label={key}>
              {t(key)}
            </span>
          ))}
        </p>
      )}
      {senses.length > 0 && (
        <ol class="senses" data-testid="senses">
          {senses.map((sense, i) => (
            <li key={i}>{sense}</li>
          ))}
        </ol>
      )}
      {first && first.classifiers.length > 0 && (
        <p class="classifiers" lang={langTag()}>
          {t('measureWords', first.classifiers.join('、'))}
        </p>
      )}
      {pinned && others.length > 0 && (
        <section class="other-readings">
          <h3 lang={langTag()}>{t('otherReadings')}</h3>
          {others.map((meaning, i) => (
            <p key={i}>
              <span class="reading" lang="zh-Latn-pinyin">
                {meaning.pinyin}
              </span>{' '}
              {meaning.senses.join('; ')}
            </p>
          ))}
        </section>
      )}
      {!pinned && hidden > 0 && (
        <p class="more" lang={langTag()}>
          {t('moreSenses', String(hidden))}
        </p>
      )}
      {word.inner && word.inner.length > 0 && (
        <section class="inner" data-testid="inner-words">
          <h3 lang={langTag()}>{t('wordsInside')}</h3>
          <ul>
            {(pinned ? word.inner : word.inner.slice(0, 4)).map((inner) => (
              <li key={inner.text} lang="zh-CN">
                <span class="inner-word">{inner.text}</span> <span lang="zh-Latn-pinyin">{inner.pinyin}</span>
                {inner.sense && (
                  <span class="inner-sense" lang="en">
                    {' '}
                    {inner.sense}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
