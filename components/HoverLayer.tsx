import { t } from '@/utils/i18n';
import type { ReadingFix } from './FixReading';
import { PinyinTooltip, type TooltipPlacement, type TooltipSpeech, type TooltipTerm, type TooltipWord } from './PinyinTooltip';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface HoverState {
  word: TooltipWord;
  term?: TooltipTerm;
  placement: TooltipPlacement;
  pinned: boolean;
  /** Boxes drawn over the word where the browser has no Highlight API. */
  wordBoxes: Box[];
}

interface Props {
  state: HoverState | null;
  toneColors: boolean;
  onClose: () => void;
  speech?: TooltipSpeech;
  fix?: ReadingFix;
}

/** What a screen reader says for a hover result: the word, its pinyin, and the term's meaning. */
export function announcement(state: HoverState | null): string {
  if (!state) return '';
  const said = t('hoverAnnouncement', state.word.text, state.word.syllables.join(' '));
  const meaning = state.term?.entry?.gloss_en ?? state.word.gloss;
  return meaning ? `${said}. ${meaning}` : said;
}

/**
 * Everything hover shows, drawn inside ZhuDu's shadow root. The live region is always there (a region
 * that appears together with its text is not announced), and says each new hover result politely.
 */
export function HoverLayer({ state, toneColors, onClose, speech, fix }: Props) {
  return (
    <>
      <div class="sr-only" role="status" aria-live="polite" data-testid="hover-announcement">
        {announcement(state)}
      </div>
      {state?.wordBoxes.map((box, i) => (
        <div
          key={i}
          class="word-box"
          style={{ left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      ))}
      {state && (
        <PinyinTooltip
          word={state.word}
          term={state.term}
          placement={state.placement}
          toneColors={toneColors}
          pinned={state.pinned}
          onClose={onClose}
          {...(speech && { speech })}
          {...(fix && { fix })}
        />
      )}
    </>
  );
}
