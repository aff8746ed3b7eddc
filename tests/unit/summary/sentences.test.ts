import { describe, expect, it } from 'vitest';
import { splitArticle, splitSentences } from '@/utils/core/summary/sentences';

describe('splitSentences', () => {
  it('splits at 。！？； and keeps the stop with its sentence', () => {
    expect(splitSentences('第一句。第二句！第三句？第四句；第五句')).toEqual(['第一句。', '第二句！', '第三句？', '第四句；', '第五句']);
  });

  it('keeps decimals, list numbers and Latin names whole', () => {
    expect(splitSentences('投资12.6亿元。1.为人们解决问题；2.从人开始')).toEqual(['投资12.6亿元。', '1.为人们解决问题；', '2.从人开始']);
    expect(splitSentences('YES!IC走的路线截然不同! 下一句。')).toEqual(['YES!IC走的路线截然不同!', '下一句。']);
  });

  it('keeps closing quotes and brackets with the stop before them', () => {
    expect(splitSentences('他问：“为什么？”没有人回答。')).toEqual(['他问：“为什么？”', '没有人回答。']);
    expect(splitSentences('真的吗？！（完）')).toEqual(['真的吗？！', '（完）']);
  });

  it('runs a quotation that opens a sentence on to its attribution', () => {
    expect(splitSentences('“希望在新的一年开个好头。”店主杨女士表示，订单良好。今年走“中国风”路线。')).toEqual([
      '“希望在新的一年开个好头。”店主杨女士表示，订单良好。',
      '今年走“中国风”路线。',
    ]);
  });

  it('keeps a quoted passage with several stops together', () => {
    expect(splitSentences('他说：“我们要努力。我们要加油！”大家鼓掌。')).toEqual(['他说：“我们要努力。我们要加油！”', '大家鼓掌。']);
  });

  it('does not let an unclosed quote swallow the text', () => {
    expect(splitSentences('未闭合的“引号。后面一句。')).toEqual(['未闭合的“引号。', '后面一句。']);
  });

  it('ends a sentence at a line break and drops white space around it', () => {
    expect(splitSentences('　　标题没有句号\n正文一句。 ')).toEqual(['标题没有句号', '正文一句。']);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('splitArticle', () => {
  it('numbers sentences through the article and remembers their paragraph', () => {
    expect(splitArticle(['甲。乙。', '丙。'])).toEqual([
      { text: '甲。', paragraph: 0, index: 0 },
      { text: '乙。', paragraph: 0, index: 1 },
      { text: '丙。', paragraph: 1, index: 2 },
    ]);
  });
});
