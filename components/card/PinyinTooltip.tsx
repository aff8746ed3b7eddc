import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCard } from '@/utils/content/card-placement';
import type { Box, CardSpeech, CardTerm, CardWord, ReadingFix } from '@/utils/content/card-model';
import { trusted } from '@/utils/content/trusted';
import { langTag, t } from '@/utils/i18n';
import { FixReading } from './FixReading';
import { GlossaryEntryView } from './GlossaryEntryView';
import { ToneSyllables } from './ToneSyllables';
import { WordMeanings } from './WordMeanings';

interface Props {
  word: CardWord;
  term?: CardTerm;
  /** The hovered word's line boxes: the card places itself above or below them. Absent: laid out in the flow (previews). */
  anchor?: Box[];
  toneColors: boolean;
  pinned: boolean;
  onClose: () => void;
  speech?: CardSpeech;
  fix?: ReadingFix;
}

/**
 * The hover card: pinyin over the word, the proper name and a gloss for places, what the word means
 * (CC-CEDICT), and when the pointer is on a policy term, its glossary entry instead. The word and its pinyin are
 * also data attributes, for assistive tools and for the e2e tests. Pinned, it is a dialog that takes
 * focus, with buttons to close it and to read the word or its sentence aloud. It is drawn once per
 * hover and then moves itself next to the word, never over its line.
 */
export function PinyinTooltip({ word, term, anchor, toneColors, pinned, onClose, speech, fix }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card || !anchor || anchor.length === 0) return;
    const view = card.ownerDocument.documentElement;
    const win = card.ownerDocument.defaultView!;
    card.style.maxHeight = '';
    const { left, top, maxHeight } = placeCard(anchor, { width: card.offsetWidth, height: card.offsetHeight }, { width: view.clientWidth || win.innerWidth, height: view.clientHeight || win.innerHeight });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    card.style.maxHeight = `${maxHeight}px`;
  });
  const alternatives = (word.polyphones ?? []).map((p) => `${p.char} ${p.alternatives.join(' / ')}`).join('；');
  return (
    <div
      ref={ref}
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={pinned ? t('cardLabel', term?.entry?.term ?? word.text) : undefined}
      class={`card${pinned ? ' pinned' : ''}${anchor ? '' : ' in-flow'}`}
      lang="zh-CN"
      tabIndex={pinned ? -1 : undefined}
      data-hanzi={word.text}
      data-pinyin={word.syllables.join(' ')}
      data-term={term ? (term.entry?.id ?? term.text) : undefined}
      data-kind={word.kind}
    >
      {pinned && (
        <button type="button" class="close" aria-label={t('close')} onClick={trusted(onClose)}>
          ×
        </button>
      )}
      <div class="pinyin" lang="zh-Latn-pinyin">
        <ToneSyllables syllables={word.syllables} colored={toneColors} />
      </div>
      <div class="hanzi">{word.text}</div>
      {word.name && (
        <div class="name" lang="zh-Latn-pinyin">
          {word.name}
        </div>
      )}
      {word.gloss && (
        <div class="gloss" lang="en">
          {word.gloss}
        </div>
      )}
      {!term?.entry && <WordMeanings word={word} pinned={pinned} />}
      {alternatives && (
        <div class="also" data-testid="also-read">
          {t('alsoRead', alternatives)}
        </div>
      )}
      {pinned && speech && (
        <div class="speak" lang={langTag()}>
          <button type="button" data-testid="say-word" onClick={trusted(speech.sayWord)}>
            {t('sayWord')}
          </button>
          <button type="button" data-testid="read-sentence" onClick={trusted(speech.readSentence)}>
            {t('readSentence')}
          </button>
        </div>
      )}
      {pinned && fix && (
        <details class="fix" lang={langTag()}>
          <summary>{t('fixReading')}</summary>
          <FixReading word={word.text} syllables={word.syllables} fix={fix} />
        </details>
      )}
      {term && (
        <section class="term" lang={langTag()}>
          {term.entry ? (
            <GlossaryEntryView entry={term.entry} detail={pinned ? 'full' : 'compact'} />
          ) : (
            <p class="unexplained">{term.unavailable ? t('glossaryUnavailable') : t('unexplainedSlogan', term.text)}</p>
          )}
        </section>
      )}
      {!pinned && (term || speech) && (
        <p class="hint" lang={langTag()}>
          {speech ? t('cardHintSpeak') : t('cardHint')}
        </p>
      )}
    </div>
  );
}
