const MARKS: Record<string, readonly string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/** Which vowel carries the mark: a or e if there is one, the o of ou, else the last vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  for (const vowel of ['a', 'e']) if (lower.includes(vowel)) return lower.indexOf(vowel);
  if (lower.includes('ou')) return lower.indexOf('o');
  for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower.charAt(i))) return i;
  return -1;
}

/**
 * One CEDICT syllable with tone marks: `tou2` → tóu, `lu:4` → lǜ, `Chen2` → Chén, `ma5` → ma,
 * `r5` → r. Anything that is not a syllable (a letter, `xx5`, a digit) comes back without its digit.
 */
export function markSyllable(numbered: string): string {
  const match = /^([A-Za-zü:]+?)([1-5])?$/.exec(numbered);
  if (!match) return numbered;
  const letters = match[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const tone = Number(match[2] ?? 5);
  const at = markIndex(letters);
  if (tone === 5 || at < 0) return letters;
  const vowel = letters.charAt(at);
  const marked = MARKS[vowel.toLowerCase()]?.[tone - 1];
  if (!marked) return letters;
  return letters.slice(0, at) + (vowel === vowel.toLowerCase() ? marked : marked.toUpperCase()) + letters.slice(at + 1);
}

/** CEDICT's numbered pinyin with tone marks, syllable by syllable: `tou2 zi1` → `tóu zī`. */
export function markPinyin(numbered: string): string {
  return numbered
    .split(' ')
    .filter((syllable) => syllable !== '')
    .map(markSyllable)
    .join(' ');
}

/**
 * A CEDICT sense as a reader wants it: cross-references `繁|简[pin1 yin1]` become `简 [pīn yīn]`.
 *
 * @example readableSense('see 株洲市[Zhu1 zhou1 Shi4]') → 'see 株洲市 [Zhū zhōu Shì]'
 */
export function readableSense(sense: string): string {
  return sense.replace(/(?:[^\s|[\]]+\|)?([^\s|[\]]+)\[([A-Za-z:1-5 ]+)\]/g, (_, word: string, pinyin: string) => `${word} [${markPinyin(pinyin)}]`);
}
