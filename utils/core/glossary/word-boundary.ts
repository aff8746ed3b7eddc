import type { TermHit } from './types';

/** Forms this short are often also the start or end of another word (湘赣边 in 湘赣边界, "the Hunan–Jiangxi border"). */
const SHORT_FORM = 3;
/** Characters that stand as words of their own next to a term (策源地和…, 在高新区…). */
const STANDALONE = new Set([...'的了是在和与及等也都就而又对将把被从以于着过到或并但更还已由所为向给跟同让使']);
const HAN = /\p{Script=Han}/u;

/**
 * Whether a short glossary hit cuts a word of the text in two: the character after it makes a word
 * with its last character (边 + 界 = 边界), and what follows it does not begin a word of its own
 * (位列 in 高新区位列 does, so 高新区 stays); the same at its start. Long forms are not checked
 * unless `anyLength` (an unquoted quote-only form, see bare-forms.ts): they name their policy
 * whatever surrounds them.
 *
 * @example cutsWord('湘赣边界交通中心', { start: 0, end: 3, … }, isWord) → true
 */
export function cutsWord(
  text: string,
  hit: Pick<TermHit, 'start' | 'end'>,
  isWord: (word: string) => boolean,
  { anyLength = false }: { anyLength?: boolean } = {},
): boolean {
  const inner = text.slice(hit.start, hit.end).replace(/[^\p{Script=Han}]/gu, '');
  if (inner.length === 0 || (inner.length > SHORT_FORM && !anyLength)) return false;
  const next = text.charAt(hit.end);
  const prev = text.charAt(hit.start - 1);
  const cutAtEnd = HAN.test(next) && isWord(inner.slice(-1) + next) && !startsWord(text, hit.end, isWord);
  const cutAtStart = HAN.test(prev) && isWord(prev + inner.charAt(0)) && !endsWord(text, hit.start, isWord);
  return cutAtEnd || cutAtStart;
}

/** A word of two or more characters starts at `at`, or the character there stands alone. */
function startsWord(text: string, at: number, isWord: (word: string) => boolean): boolean {
  if (STANDALONE.has(text.charAt(at))) return true;
  for (let length = 2; length <= 4 && at + length <= text.length; length++) if (isWord(text.slice(at, at + length))) return true;
  return false;
}

/** A word of two or more characters ends at `at`, or the character before it stands alone. */
function endsWord(text: string, at: number, isWord: (word: string) => boolean): boolean {
  if (STANDALONE.has(text.charAt(at - 1))) return true;
  for (let length = 2; length <= 4 && at - length >= 0; length++) if (isWord(text.slice(at - length, at))) return true;
  return false;
}
