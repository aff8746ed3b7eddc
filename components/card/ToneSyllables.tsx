import { toneOf } from '@/utils/core/pinyin/tones';

interface Props {
  syllables: string[];
  colored: boolean;
}

/** Pinyin syllables, one span each, coloured by tone when asked. */
export function ToneSyllables({ syllables, colored }: Props) {
  return (
    <span class="syllables">
      {syllables.map((syllable, i) => (
        <span key={i} class={colored ? `syllable tone${toneOf(syllable)}` : 'syllable'}>
          {syllable}
        </span>
      ))}
    </span>
  );
}
