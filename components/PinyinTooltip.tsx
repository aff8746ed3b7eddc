import type { GlossaryEntry } from '@/utils/core/glossary/types';
import { langTag, t } from '@/utils/i18n';
import { FixReading, type ReadingFix } from './FixReading';
import { GlossaryEntryView } from './GlossaryEntryView';
import { ToneSyllables } from './ToneSyllables';

export interface TooltipWord {
  text: string;
  syllables: string[];
  name?: string;
  gloss?: string;
  /** Characters whose reading is a guess between several, with the other readings. */
  polyphones?: { char: string; alternatives: string[] }[];
}

/** The glossary term under the pointer: an entry, or a quoted slogan the glossary cannot explain. */
export interface TooltipTerm {
  text: string;
  entry?: GlossaryEntry;
}

export interface TooltipPlacement {
  left: number;
  top: number;
}

/** Reading aloud from the card; absent when the browser has no Chinese voice. */
export interface TooltipSpeech {
  sayWord: () => void;
  readSentence: () => void;
}

interface Props {
  word: TooltipWord;
  term?: TooltipTerm;
  placement: TooltipPlacement;
  toneColors: boolean;
  pinned: boolean;
  onClose: () => void;
  speech?: TooltipSpeech;
  fix?: ReadingFix;
}

/**
 * The hover card: pinyin over the word, the proper name and a gloss for places, and when the
 * pointer is on a policy term, its glossary entry in the same card. The word and its pinyin are
 * also data attributes, for assistive tools and for the e2e tests. Pinned, it is a dialog that takes
 * focus, with buttons to close it and to read the word or its sentence aloud.
 */
export function PinyinTooltip({ word, term, placement, toneColors, pinned, onClose, speech, fix }: Props) {
  const alternatives = (word.polyphones ?? []).map((p) => `${p.char} ${p.alternatives.join(' / ')}`).join('；');
  return (
    <div
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={pinned ? t('cardLabel', term?.entry?.term ?? word.text) : undefined}
      class={pinned ? 'card pinned' : 'card'}
      lang="zh-CN"
      tabIndex={pinned ? -1 : undefined}
      data-hanzi={word.text}
      data-pinyin={word.syllables.join(' ')}
      data-term={term ? (term.entry?.id ?? term.text) : undefined}
      style={{ left: `${placement.left}px`, top: `${placement.top}px` }}
    >
      {pinned && (
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
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
      {alternatives && (
        <div class="also" data-testid="also-read">
          {t('alsoRead', alternatives)}
        </div>
      )}
      {pinned && speech && (
        <div class="speak" lang={langTag()}>
          <button type="button" data-testid="say-word" onClick={speech.sayWord}>
            {t('sayWord')}
          </button>
          <button type="button" data-testid="read-sentence" onClick={speech.readSentence}>
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
            <p class="unexplained">{t('unexplainedSlogan', term.text)}</p>
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
