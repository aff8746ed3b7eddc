/**
 * Pinyin accuracy on the real-news gold (tests/real-news/pinyin/gold.jsonl: 126 sentences of
 * Zhuzhou and Hunan news, labelled by hand before any tuning), character by character, no sandhi.
 *
 *   npx tsx bench/pinyin-gold.ts      the figure and every wrong character with its sentence
 *
 * `npm run bench:pinyin` prints the same figure beside CPP's. A syllable the gold lists as an
 * accepted alternative (`alt`: 任务 rèn wù beside rèn wu) counts as right, as the gold's README says.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GOLD = fileURLToPath(new URL('../tests/real-news/pinyin/gold.jsonl', import.meta.url));
const HAN = /\p{Script=Han}/u;

interface GoldSentence {
  id: string;
  text: string;
  /** One syllable per Han character of `text`. */
  pinyin: string[];
  /** Other accepted syllables by Han index. */
  alt?: Record<string, string[]>;
}

/** One Han character read unlike the gold. */
export interface GoldMiss {
  id: string;
  text: string;
  char: string;
  /** UTF-16 offset of the character in `text`. */
  index: number;
  gold: string;
  got: string;
}

export interface GoldScore {
  right: number;
  total: number;
  misses: GoldMiss[];
}

/** Reads `text` (tone marks, no sandhi) and gives the syllable of each character by UTF-16 offset. */
export type SentenceReader = (text: string) => Map<number, string>;

export function loadGold(path = GOLD): GoldSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldSentence);
}

/** Han characters of `text` with their UTF-16 offsets, in order. */
function hanChars(text: string): { char: string; index: number }[] {
  const out: { char: string; index: number }[] = [];
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    if (HAN.test(char)) out.push({ char, index });
    index += char.length;
  }
  return out;
}

export function scoreGold(sentences: readonly GoldSentence[], read: SentenceReader): GoldScore {
  let right = 0;
  let total = 0;
  const misses: GoldMiss[] = [];
  for (const sentence of sentences) {
    const got = read(sentence.text);
    hanChars(sentence.text).forEach(({ char, index }, k) => {
      const gold = sentence.pinyin[k]!;
      const reading = got.get(index) ?? '?';
      const accepted = [gold, ...(sentence.alt?.[String(k)] ?? [])];
      total++;
      if (accepted.includes(reading)) right++;
      else misses.push({ id: sentence.id, text: sentence.text, char, index, gold, got: reading });
    });
  }
  return { right, total, misses };
}

/** The figure as `5620/5637 = 99.70%`. */
export function formatGoldScore({ right, total }: GoldScore): string {
  return `${right}/${total} = ${((100 * right) / total).toFixed(2)}%`;
}

/** One line per miss: id, character, gold → got, and the sentence with the character bracketed. */
export function formatMisses(misses: readonly GoldMiss[]): string[] {
  return misses.map(({ id, text, char, index, gold, got }) => {
    const marked = `${text.slice(0, index)}【${char}】${text.slice(index + char.length)}`;
    return `  ${id} ${char} ${gold} → ${got}: ${marked}`;
  });
}

async function main(): Promise<void> {
  const { reader } = await import('../tests/helpers/engine');
  const read: SentenceReader = (text) =>
    new Map(reader.readChars(text, { toneStyle: 'marks', toneSandhi: false }).map((r) => [r.index, r.pinyin]));
  const result = scoreGold(loadGold(), read);
  console.log(`Real-news pinyin gold (tests/real-news/pinyin), characters right, no sandhi: ${formatGoldScore(result)}`);
  console.log(`${result.misses.length} wrong:`);
  for (const line of formatMisses(result.misses)) console.log(line);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
