import type { GlossaryEntry } from '@/utils/core/glossary/types';
import { GlossaryEntryView } from './GlossaryEntryView';
import { ToneSyllables } from './ToneSyllables';

export interface TooltipWord {
  text: string;
  syllables: string[];
  name?: string;
  gloss?: string;
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

interface Props {
  word: TooltipWord;
  term?: TooltipTerm;
  placement: TooltipPlacement;
  toneColors: boolean;
  pinned: boolean;
  onClose: () => void;
}

/**
 * The hover card: pinyin over the word, the proper name and a gloss for places, and when the
 * pointer is on a policy term, its glossary entry in the same card. The word and its pinyin are
 * also data attributes, for assistive tools and for the e2e tests.
 */
export function PinyinTooltip({ word, term, placement, toneColors, pinned, onClose }: Props) {
  return (
    <div
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={pinned ? `ZhuDu: ${term?.entry?.term ?? word.text}` : undefined}
      class={pinned ? 'card pinned' : 'card'}
      lang="zh-CN"
      tabIndex={pinned ? -1 : undefined}
      data-hanzi={word.text}
      data-pinyin={word.syllables.join(' ')}
      data-term={term ? (term.entry?.id ?? term.text) : undefined}
      style={{ left: `${placement.left}px`, top: `${placement.top}px` }}
    >
      {pinned && (
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
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
      {term && (
        <section class="term" lang="en">
          {term.entry ? (
            <GlossaryEntryView entry={term.entry} detail={pinned ? 'full' : 'compact'} />
          ) : (
            <p class="unexplained">
              <span lang="zh-CN">“{term.text}”</span> looks like a policy slogan, but ZhuDu’s glossary does not explain it
              yet.
            </p>
          )}
          {!pinned && <p class="hint">P to pin · Esc to close</p>}
        </section>
      )}
    </div>
  );
}
