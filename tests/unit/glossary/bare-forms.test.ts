import { describe, expect, it } from 'vitest';
import { bareFormCheck } from '@/utils/core/glossary/bare-forms';
import { buildMatcher, createGlossary, GLOSSARY } from '@/utils/core/glossary/index';

// A few words of a dictionary, enough for these sentences.
const WORDS = new Set(['发展', '优化', '债务', '结构', '天线', '安装', '单项', '冠军', '获得', '年度', '考核', '开展', '工作', '游泳', '进入']);
const isWord = (word: string) => WORDS.has(word);
const glossary = createGlossary(GLOSSARY);
/** The entry ids the background's scan finds in `text` with a dictionary (by default the one above; null: none). */
const idsIn = (text: string, dictionary: ((word: string) => boolean) | null = isWord) =>
  glossary.scan([text], dictionary ?? undefined).spots[0]!.flatMap((spot) => (spot.entryId ? [spot.entryId] : []));

describe('quote-only coinages unquoted (bare-forms.ts)', () => {
  it('finds 化债 unquoted where it cuts no word: 一手抓化债', () => {
    expect(idsIn('一手抓发展，一手抓化债')).toEqual(['hua-zhai']);
    expect(glossary.summarize('一手抓发展，一手抓化债', isWord).map((row) => row.term)).toEqual(['化债']);
  });

  it('does not find 化债 inside 优化债务, where 优化 is a word', () => {
    expect(idsIn('持续优化债务结构')).toEqual([]);
  });

  it('needs a dictionary to let a coinage stand bare', () => {
    expect(idsIn('一手抓发展，一手抓化债', null)).toEqual([]);
    expect(glossary.find('一手抓发展，一手抓化债')).toEqual([]);
  });

  it('keeps a quote-only form that is a dictionary word between quotes: 天线', () => {
    expect(idsIn('安装天线')).toEqual([]);
    expect(idsIn('安装“天线”')).toEqual(['shang-jie-tian-xian']);
  });

  it('keeps a run of dictionary words between quotes: 单项冠军 (an individual-event champion)', () => {
    expect(idsIn('获得单项冠军')).toEqual([]);
    // The same text counts once the dictionary knows neither word, so the rule, not the matcher, kept it out.
    expect(idsIn('获得单项冠军', (word) => word === '获得')).toEqual(['dan-xiang-guan-jun']);
  });

  it('keeps numbered forms (两新) and strictly quoted ones (深水区) between quotes', () => {
    expect(idsIn('推进两新工作')).toEqual([]);
    expect(idsIn('推进“两新”工作')).toEqual(['liang-xin']);
    expect(idsIn('游泳进入深水区')).toEqual([]);
    expect(idsIn('游泳进入“深水区”')).toEqual(['shen-shui-qu']);
  });

  it('checks forms longer than three characters for cut words too: 企业服务年 in 企业服务年度考核', () => {
    expect(idsIn('开展企业服务年工作')).toEqual(['qi-ye-fu-wu-nian']);
    expect(idsIn('开展企业服务年度考核')).toEqual([]);
  });

  it('decides by the text around each occurrence', () => {
    const check = bareFormCheck(isWord);
    const text = '优化债务，抓化债';
    expect(check(text, 1, 3)).toBe(false);
    expect(check(text, 6, 8)).toBe(true);
  });
});

describe('a bare form the check rejects hides no other term', () => {
  const matcher = buildMatcher([
    { ...GLOSSARY[0]!, id: 'yi-bing', term: '乙丙', aliases: [], quotedOnly: ['乙丙'] },
    { ...GLOSSARY[0]!, id: 'bing-ding', term: '丙丁', aliases: [], quotedOnly: [] },
  ]);
  const ids = (standsBare: () => boolean) => matcher.find('甲乙丙丁', '甲乙丙丁', standsBare).map((hit) => hit.entryId);

  it('lets the overlapping later term through when the bare form is rejected', () => {
    expect(ids(() => false)).toEqual(['bing-ding']);
  });

  it('takes the bare form, leftmost, when it is accepted', () => {
    expect(ids(() => true)).toEqual(['yi-bing']);
  });
});
