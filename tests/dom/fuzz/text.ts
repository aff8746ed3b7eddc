import { GLOSSARY } from '@/utils/core/glossary/entries';
import type { Rng } from './prng';

/** News words, polyphones the reader must read in context, and Zhuzhou place names. */
const WORDS = [
  '株洲', '市长', '陈恢清', '主持', '召开', '市政府', '常务会议', '会议', '研究', '工作', '银行', '行长', '重庆', '长株潭',
  '渌口', '醴陵', '攸县', '炎陵', '芦淞', '市场群', '开市', '应急处突', '引调水', '发展', '高质量', '了', '的', '一', '不',
  '不断', '一起', '长大', '重新', '还', '都', '为', '和', '在', '我市', '记者', '全媒体', '北斗', '产业', '招商引资', '优等生',
];
const TERMS = GLOSSARY.map((entry) => entry.term);
const QUOTED = ['“七大攻坚”', '“四个十大”', '“1+N”', '“十四五”', '“三个高地”', '「开门红」', '“常规+专项+提级”', '“'];
const LATIN = ['CmsTop', 'Zhuzhou', 'GDP', 'AI', 'iPhone', 'e\u0301', 'ok'];
const NUMBERS = ['2025', '12.6', '３８', '38个', '2月8日', '12.6亿元', '9天', '1+N', '０'];
const EMOJI = ['👍🏽', '👨‍👩‍👧', '🇨🇳', '😀', '葛\u{e0100}', '❤️'];
const ASTRAL_HAN = ['𠮷', '𪚥', '𡈽', '𠀀'];
const PUNCT = ['，', '。', '、', '；', '：', '？', '！', '“', '”', '《', '》', '（', '）', '——', '…', '·', '■', '"', "'", '<', '&'];
const SPACE = [' ', '\u3000\u3000', '\u00a0', '\n', '\t', '\u200b', '\u00ad', '\ufeff', '  '];

/** One token of page text. */
export function token(rng: Rng): string {
  const pool = rng.weighted<readonly string[]>([
    [30, WORDS],
    [8, TERMS],
    [3, QUOTED],
    [4, LATIN],
    [4, NUMBERS],
    [2, EMOJI],
    [2, ASTRAL_HAN],
    [12, PUNCT],
    [5, SPACE],
  ]);
  return rng.pick(pool);
}

/** A run of text: a few tokens, sometimes a whole sentence with its stop. */
export function sentence(rng: Rng, maxTokens = 12): string {
  let text = rng.chance(0.2) ? '\u3000\u3000' : '';
  const count = rng.int(1, maxTokens);
  for (let i = 0; i < count; i++) text += token(rng);
  return text;
}

/**
 * Cuts a string into pieces at random code-unit positions. Now and then a cut falls inside a
 * surrogate pair, as happens when a page splits text by code units; empty pieces are kept too.
 */
export function cut(rng: Rng, text: string, maxPieces: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  const count = rng.int(1, maxPieces);
  for (let i = 1; i < count && rest.length > 0; i++) {
    let at = rng.int(0, rest.length);
    const code = rest.charCodeAt(at - 1);
    if (code >= 0xd800 && code <= 0xdbff && !rng.chance(0.3)) at++;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  pieces.push(rest);
  return pieces;
}
