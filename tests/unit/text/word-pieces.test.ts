import { describe, expect, it } from 'vitest';
import { hasHan } from '../../../utils/core/text/han';
import { wordPieces } from '../../../utils/core/text/word-pieces';
import { SAMPLE_ARTICLE } from '../../../components/welcome/sample-article';
import { glossary, reader } from '../../helpers/engine';

const piecesOf = (text: string) => wordPieces(text, reader.segmentWords(text), glossary.find(text), hasHan);

describe('the welcome sample cut into words and whole terms', () => {
  it('makes each slogan one piece, not its first character (七大攻坚, not 七)', () => {
    const text = SAMPLE_ARTICLE.paragraphs[1];
    const terms = piecesOf(text).filter((piece) => piece.term).map((piece) => piece.text);
    expect(terms).toEqual(['七大攻坚', '八项重点任务', '“三个年”活动', '三个高地', '开门红']);
    const last = SAMPLE_ARTICLE.paragraphs[2];
    expect(piecesOf(last).filter((piece) => piece.term).map((piece) => piece.text)).toContain('老有所养、老有所依、老有所乐、老有所安');
  });

  it('reads back exactly as the text, every piece after the one before', () => {
    for (const text of SAMPLE_ARTICLE.paragraphs) {
      const pieces = piecesOf(text);
      expect(pieces.map((piece) => piece.text).join('')).toBe(text);
      pieces.forEach((piece, i) => i > 0 && expect(piece.start).toBe(pieces[i - 1]!.start + pieces[i - 1]!.text.length));
    }
  });

  it('drops words that overlap a term, and makes only Han words pointable', () => {
    const words = [{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 2, end: 3 }, { start: 3, end: 5 }, { start: 5, end: 7 }];
    expect(wordPieces('在2月召开会议', words, [{ start: 4, end: 7 }], hasHan)).toEqual([
      { text: '在', start: 0, word: true, term: false },
      { text: '2', start: 1, word: false, term: false },
      { text: '月', start: 2, word: true, term: false },
      { text: '召', start: 3, word: false, term: false },
      { text: '开会议', start: 4, word: true, term: true },
    ]);
  });
});
