/** Tone of a pinyin syllable: 1–4, or 5 for the neutral tone. */
export type Tone = 1 | 2 | 3 | 4 | 5;

const MARKED: Record<string, Tone> = {};
for (const [tone, vowels] of [
  [1, 'āēīōūǖĀĒĪŌŪǕ'],
  [2, 'áéíóúǘńÁÉÍÓÚǗŃ'],
  [3, 'ǎěǐǒǔǚňǍĚǏǑǓǙŇ'],
  [4, 'àèìòùǜǹÀÈÌÒÙǛǸ'],
] as const) {
  for (const v of vowels) MARKED[v] = tone;
}

/** Tone of a syllable written with tone marks ("zhōu" → 1) or with a trailing digit ("zhou1" → 1). */
export function toneOf(syllable: string): Tone {
  const digit = /([1-5])$/.exec(syllable);
  if (digit) return Number(digit[1]) as Tone;
  for (const ch of syllable.normalize('NFC')) {
    const tone = MARKED[ch];
    if (tone) return tone;
  }
  return 5;
}
