import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher, findUnexplained, GLOSSARY, ORDINARY_QUOTE_SET, type TermHit } from '../../../utils/core/glossary/index';
import { glossary } from '../../helpers/engine';

interface Article {
  pretitle: string;
  title: string;
  subtitle: string;
  paragraphs: string[];
}

/** The eight articles of the 株洲日报 front page of 2025-02-10, one line per paragraph. */
const FRONT_PAGE = (JSON.parse(readFileSync('tests/fixtures/articles.json', 'utf8')) as Article[])
  .map((a) => [a.pretitle, a.title, a.subtitle, ...a.paragraphs].join('\n'))
  .join('\n');

/**
 * A deliberately naive oracle, written apart from the automaton: drop quotes, brackets and
 * spaces while remembering where each kept character came from, then at every position try
 * every glossary form and keep the longest (leftmost-longest, no overlaps).
 */
function naiveCounts(text: string): Map<string, number> {
  const skip = /[“”‘’「」『』《》〈〉【】〔〕（）()"'\s\u200b\u200c\u200d\u2060\ufeff\u00ad]/u;
  const normalize = (s: string) =>
    [...s]
      .filter((c) => !skip.test(c))
      .map((c) => (c === '，' || c === ',' ? '、' : c.replace(/[\uff01-\uff5e]/, (w) => String.fromCharCode(w.charCodeAt(0) - 0xfee0))))
      .join('')
      .toLowerCase();
  const kept: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (skip.test(text[i]!)) continue;
    kept.push(i);
    flat += normalize(text[i]!);
  }
  const forms = GLOSSARY.flatMap((entry) => {
    const quoted = new Set(entry.quotedOnly ?? []);
    return [
      ...[entry.term, ...entry.aliases].filter((f) => !quoted.has(f)).map((f) => ({ id: entry.id, form: normalize(f), quoted: false })),
      ...[...quoted].map((f) => ({ id: entry.id, form: normalize(f), quoted: true })),
    ];
  });
  const pairs: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '（': '）', '(': ')', '"': '"', "'": "'" };
  const counts = new Map<string, number>();
  for (let i = 0; i < flat.length; ) {
    let best: { id: string; form: string } | undefined;
    for (const f of forms) {
      if (!flat.startsWith(f.form, i) || (best && best.form.length >= f.form.length)) continue;
      if (f.quoted) {
        const before = text[kept[i]! - 1] ?? '';
        const after = text[kept[i + f.form.length - 1]! + 1] ?? '';
        if (pairs[before] !== after) continue;
      }
      best = f;
    }
    if (!best) {
      i++;
      continue;
    }
    counts.set(best.id, (counts.get(best.id) ?? 0) + 1);
    i += best.form.length;
  }
  return counts;
}

function countHits(hits: readonly TermHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.entryId, (counts.get(hit.entryId) ?? 0) + 1);
  return counts;
}

const termOf = (id: string) => GLOSSARY.find((e) => e.id === id)!.term;

describe('glossary matcher on the 2025-02-10 front page', () => {
  const hits = glossary.find(FRONT_PAGE);
  const counts = countHits(hits);

  it('finds every glossary term with the same counts as a naive scan', () => {
    const expected = naiveCounts(FRONT_PAGE);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
    expect(counts.size).toBeGreaterThan(40);
  });

  it('agrees with counts made by hand', () => {
    const byTerm = (term: string) => counts.get(GLOSSARY.find((e) => e.term === term)!.id) ?? 0;
    expect(byTerm('新质生产力')).toBe(1);
    expect(byTerm('三个高地')).toBe(2);
    expect(byTerm('七大攻坚')).toBe(1);
    expect(byTerm('八项重点任务')).toBe(1);
    expect(byTerm('三个年')).toBe(2);
    expect(byTerm('引洮润株')).toBe(2);
    expect(byTerm('开门红')).toBe(3);
    expect(byTerm('十四五')).toBe(1);
    expect(byTerm('十五五')).toBe(1);
    expect(byTerm('北斗规模应用')).toBe(5);
    expect(byTerm('2+2主特产业集群')).toBe(1);
    expect(byTerm('常规+专项+提级')).toBe(1);
    expect(byTerm('全过程人民民主')).toBe(1);
  });

  it('returns hits in order, without overlaps, whose offsets slice out their text', () => {
    let end = 0;
    for (const hit of hits) {
      expect(hit.start).toBeGreaterThanOrEqual(end);
      expect(FRONT_PAGE.slice(hit.start, hit.end)).toBe(hit.text);
      end = hit.end;
    }
  });

  it('explains or deliberately ignores every quoted phrase on the page', () => {
    const quoted = [...FRONT_PAGE.matchAll(/“([^”\n]{1,24})”/g)].filter((m) => !/[。，！？]/.test(m[1]!));
    expect(quoted.length).toBeGreaterThan(40);
    for (const m of quoted) {
      const start = m.index + 1;
      const end = start + m[1]!.length;
      const explained = hits.some((h) => h.start < end && h.end > start);
      expect(explained || ORDINARY_QUOTE_SET.has(m[1]!), m[1]).toBe(true);
    }
    // The one thing left unexplained is not quoted: the -化 list of the 北斗 policy.
    expect(findUnexplained(FRONT_PAGE, hits, ORDINARY_QUOTE_SET).map((phrase) => phrase.text)).toEqual(['市场化、产业化、国际化']);
  });

  it('summarizes terms by canonical name in order of first appearance', () => {
    const summary = glossary.summarize(FRONT_PAGE);
    expect(summary[0]).toMatchObject({ term: '招商引资', known: true });
    expect(summary.find((row) => row.term === '三个高地')).toMatchObject({ count: 2, known: true });
    expect(summary.filter((row) => !row.known).map((row) => row.term)).toEqual(['市场化、产业化、国际化']);
    expect(summary.filter((row) => row.known).reduce((n, row) => n + row.count, 0)).toBe(hits.length);
  });
});

describe('glossary matcher', () => {
  const find = (text: string) => glossary.find(text);

  it('prefers the longest form: 十四五规划 over 十四五, 外贸新三样 over 新三样', () => {
    expect(find('编制十四五规划')).toEqual([{ entryId: 'shi-si-wu', start: 2, end: 7, text: '十四五规划' }]);
    expect(find('外贸新三样出口')).toMatchObject([{ entryId: 'wai-mao-xin-san-yang', text: '外贸新三样' }]);
    expect(find('以法治护航高质量发展')).toMatchObject([{ entryId: 'fa-zhi-hu-hang' }]);
    expect(find('推动高质量发展')).toMatchObject([{ entryId: 'gao-zhi-liang-fa-zhan', text: '高质量发展' }]);
  });

  it('takes the leftmost match first, then the next one after it', () => {
    const matcher = buildMatcher([
      { ...GLOSSARY[0]!, id: 'ab', term: '甲乙', aliases: ['甲乙丙丁戊'], quotedOnly: [] },
      { ...GLOSSARY[0]!, id: 'c', term: '丙己', aliases: ['丙'], quotedOnly: [] },
    ]);
    // 甲乙丙丁戊 never completes, so 甲乙 is settled late; 丙 must not be lost meanwhile.
    expect(matcher.find('甲乙丙丁癸').map((h) => h.text)).toEqual(['甲乙', '丙']);
    expect(matcher.find('甲乙丙丁戊').map((h) => h.text)).toEqual(['甲乙丙丁戊']);
  });

  it('matches across quotes, brackets, spaces and text-node joins, keeping quote pairs whole', () => {
    expect(find('打造“三个高地”')).toEqual([{ entryId: 'san-ge-gao-di', start: 3, end: 7, text: '三个高地' }]);
    expect(find('推动“十四五”规划收官')).toMatchObject([{ start: 2, end: 9, text: '“十四五”规划' }]);
    expect(find('打造三个\n高地')).toMatchObject([{ entryId: 'san-ge-gao-di', text: '三个\n高地' }]);
    expect(find('三个\u3000高\u200b地')).toMatchObject([{ entryId: 'san-ge-gao-di' }]);
    expect(find('《三个高地》')).toMatchObject([{ text: '三个高地' }]);
    expect(find('“２＋２”主特产业集群')).toMatchObject([{ entryId: 'er-jia-er', text: '“２＋２”主特产业集群' }]);
    expect(find('培育制造名城，建设幸福株洲')).toMatchObject([{ entryId: 'pei-yu-zhi-zao-ming-cheng' }]);
  });

  it('matches quote-only forms between quotes and nowhere else', () => {
    expect(find('电视天线坏了')).toEqual([]);
    expect(find('上接“天线”')).toMatchObject([{ entryId: 'shang-jie-tian-xian', text: '上接“天线”' }]);
    expect(find('用好“天线”')).toMatchObject([{ entryId: 'shang-jie-tian-xian', text: '天线' }]);
    expect(find('两新组织党建')).toMatchObject([{ entryId: 'liang-xin-zu-zhi', text: '两新组织' }]);
    expect(find('推进“两新”工作')).toMatchObject([{ entryId: 'liang-xin' }]);
    expect(find('走“直通车”')).toMatchObject([{ entryId: 'zhi-tong-che' }]);
    expect(find('2+2=4')).toEqual([]);
  });

  it('never cuts an English word or a number: a form with letters or digits needs a boundary at each end and no space inside', () => {
    expect(find('推进GEP核算')).toMatchObject([{ entryId: 'gep', text: 'GEP核算' }]);
    expect(find('开展GEP 核算试点，测算 GEP。')).toMatchObject([{ entryId: 'gep' }, { entryId: 'gep', text: 'GEP' }]);
    expect(find('usemap="#PagePicMap" every message posted to it')).toEqual([]);
    expect(find('发展“AI+”产业')).toMatchObject([{ entryId: expect.any(String) as string }]);
    expect(find('MAIL+ 邮箱')).toEqual([]);
    expect(find('“12+2”')).toEqual([]);
  });

  it('finds nothing in text without terms, and nothing in an empty string', () => {
    expect(find('')).toEqual([]);
    expect(find('Hello, world. 今天天气很好。')).toEqual([]);
  });
});

describe('findUnexplained', () => {
  const text = '落实“五个一批”和“1+N”政策体系，守住“两条底线”，锚定“三高四新”，总结“株洲经验”，迎来“开门红”，他说“好”。';
  const hits = glossary.find(text);

  it('flags quoted slogan shapes that no entry covers', () => {
    expect(findUnexplained(text, hits, ORDINARY_QUOTE_SET)).toEqual([
      { text: '五个一批', start: 3, end: 7, shape: 'numbered' },
      { text: '1+N', start: 10, end: 13, shape: 'formula' },
      { text: '两条底线', start: 22, end: 26, shape: 'numbered' },
    ]);
  });

  it('reports ordinary quoted words only when no exclusion list is given', () => {
    expect(findUnexplained(text, hits).map((p) => p.text)).toContain('株洲经验');
  });

  it('puts unexplained phrases in the summary as unknown terms', () => {
    const summary = glossary.summarize(text);
    expect(summary.filter((r) => !r.known).map((r) => r.term)).toEqual(['五个一批', '1+N', '两条底线']);
    expect(summary.find((r) => r.term === termOf('san-gao-si-xin'))).toMatchObject({ known: true, count: 1 });
  });
});
