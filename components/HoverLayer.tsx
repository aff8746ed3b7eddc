import { PinyinTooltip, type TooltipPlacement, type TooltipTerm, type TooltipWord } from './PinyinTooltip';

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
}

/** Everything hover shows, drawn inside ZhuDu's shadow root. */
export function HoverLayer({ state, toneColors, onClose }: Props) {
  if (!state) return null;
  return (
    <>
      {state.wordBoxes.map((box, i) => (
        <div
          key={i}
          class="word-box"
          style={{ left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      ))}
      <PinyinTooltip
        word={state.word}
        term={state.term}
        placement={state.placement}
        toneColors={toneColors}
        pinned={state.pinned}
        onClose={onClose}
      />
    </>
  );
}
