import { useMemo } from 'preact/hooks';
import { toneOf } from '@/utils/core/pinyin/tones';
import type { ReadingOptions } from '@/utils/core/pinyin/readings';
import { useEngine } from '@/hooks/use-engine';
import { rubyWords } from '@/utils/core/study/ruby-words';

interface Props {
  text: string;
  options: ReadingOptions;
  toneColors: boolean;
}

/** Text with pinyin over each word, as HTML ruby: the browser lays it out and prints it. */
export function RubyText({ text, options, toneColors }: Props) {
  const { reader } = useEngine();
  const pieces = useMemo(() => rubyWords(reader, text, options), [text, options]);
  return (
    <>
      {pieces.map((piece, i) =>
        piece.syllables ? (
          <ruby key={i}>
            {piece.text}
            <rp>(</rp>
            <rt lang="zh-Latn-pinyin">
              {piece.syllables.map((syllable, j) => (
                <span key={j} class={toneColors ? `tone${toneOf(syllable)}` : undefined}>
                  {j > 0 ? ' ' : ''}
                  {syllable}
                </span>
              ))}
            </rt>
            <rp>)</rp>
          </ruby>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
