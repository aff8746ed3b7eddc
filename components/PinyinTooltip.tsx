import { ToneSyllables } from './ToneSyllables';

export interface TooltipWord {
  text: string;
  syllables: string[];
  name?: string;
  gloss?: string;
}

export interface TooltipPlacement {
  left: number;
  top: number;
}

interface Props {
  word: TooltipWord;
  placement: TooltipPlacement;
  toneColors: boolean;
}

/**
 * The hover card: pinyin over the word, then the proper name and a gloss for places. The pinyin and
 * the word are also data attributes, for assistive tools and for the e2e tests.
 */
export function PinyinTooltip({ word, placement, toneColors }: Props) {
  return (
    <div
      role="tooltip"
      class="card"
      lang="zh-CN"
      data-hanzi={word.text}
      data-pinyin={word.syllables.join(' ')}
      style={{ left: `${placement.left}px`, top: `${placement.top}px` }}
    >
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
    </div>
  );
}
