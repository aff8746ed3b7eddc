import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Each test starts Node with tsx, which compiles the CLI and may load the dictionary: seconds on an
// idle machine, several times that when other jobs hold the cores. A generous limit, not vitest's 5 s.
const SPAWN_TIMEOUT = 120_000;

/** Runs the CLI (node + tsx directly: npx would add its own start-up) without blocking the test worker. */
function cli(args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/zhudu.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('cli', () => {
  it('prints the pinyin of each Han character of each stdin line, nothing else', async () => {
    const run = await cli(['pinyin'], '株洲市长\n\nGDP增长12.6%，应急处突\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('zhū zhōu shì zhǎng\n\nzēng zhǎng yìng jí chǔ tū\n');
  }, SPAWN_TIMEOUT);

  it('prints one JSON array of words per line, cut and looked up as the card does', async () => {
    const run = await cli(['words'], '市长陈恢清说，要发展新质生产力。\n\n游客络绎不绝，投资12.6亿元\n');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(4);
    const [first, empty, third] = lines.slice(0, 3).map((line) => JSON.parse(line) as { word: string; pinyin: string; senses: string[]; kind: string }[]);
    expect(first!.map((word) => [word.word, word.kind])).toEqual([
      ['市长', 'word'],
      ['陈恢清', 'name'],
      ['说', 'char'],
      ['要', 'char'],
      ['发展', 'word'],
      ['新质生产力', 'term'],
    ]);
    expect(first![0]).toMatchObject({ pinyin: 'shì zhǎng', senses: ['mayor'] });
    expect(first![5]!.pinyin).toBe('xīn zhì shēng chǎn lì');
    expect(empty).toEqual([]);
    expect(third!.find((word) => word.word === '络绎不绝')!.senses.length).toBeGreaterThan(0);
    expect(third!.find((word) => word.word === '12.6')).toEqual({ word: '12.6', pinyin: '', senses: [], kind: 'other' });
  }, SPAWN_TIMEOUT);

  it('prints the glossary terms of stdin with the forms matched and their spans', async () => {
    const text = '郴州启动家电以旧换新，推动“十四五”规划收官，落实“串珍珠”，推进十四五规划。';
    const run = await cli(['glossary'], text);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { term: string; count: number; known: boolean; forms: string[]; spans: [number, number][] }[];
    expect(rows.map(({ term, count, known, forms, spans }) => ({ term, count, known, forms, spans }))).toEqual([
      { term: '以旧换新', count: 1, known: true, forms: ['以旧换新'], spans: [[6, 10]] },
      { term: '十四五', count: 2, known: true, forms: ['“十四五”规划', '十四五规划'], spans: [[13, 20], [33, 38]] },
      { term: '串珍珠', count: 1, known: false, forms: ['串珍珠'], spans: [[26, 29]] },
    ]);
    for (const { forms, spans } of rows) for (const [start, end] of spans) expect(forms).toContain(text.slice(start, end));
  }, SPAWN_TIMEOUT);

  it('refuses an unknown command with usage and exit code 2', async () => {
    const run = await cli(['translate'], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  }, SPAWN_TIMEOUT);

  it(
    'summary --jsonl answers each JSON document line with one JSON result line, with reporters, source and labelled facts',
    async () => {
      const html = readFileSync('tests/fixtures/pages/zzrb-c1700001.html', 'utf8');
      const input = [
        JSON.stringify({ text: '芦淞市场群38个市场昨开市\n株洲日报讯（全媒体记者/杨凌凌）　2月9日，芦淞市场群38个市场迎来蛇年开市首日，吸引众多客商前来选款进货。\n9日上午8时，市场商户们早早来到档口，忙着整理货架、摆放样品，抢抓新春“第一单”。' }),
        JSON.stringify({ html, url: 'http://zzrb.zznews.gov.cn/content/202502/10/c1700001.html' }),
        'not json',
        '',
        JSON.stringify({ text: '红网时刻新闻4月18日讯(通讯员 刘卫红)4月,长沙地铁6号线首发湘天华真茶油品牌专列,同步启动万元大奖抖音打卡挑战赛,免费畅游天鹭湖,引发市民纷纷打卡。攸县油茶栽培已有800余年历史,全县拥有油茶林面积52万亩。' }),
      ].join('\n');
      const run = await cli(['summary', '--jsonl'], `${input}\n`);
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(4);
      const [text, page, bad, red] = lines as [
        { title: string; reporters: string[]; source: string; facts: { text: string; tag: string }[] },
        { title: string; extractor: string; reporters: string[]; correspondents: string[]; facts: { text: string; category: string; tag: string }[] },
        { error: string },
        { reporters: string[]; correspondents: string[]; source: string; summary: string },
      ];
      expect(text).toMatchObject({ title: '芦淞市场群38个市场昨开市', reporters: ['杨凌凌'], source: '株洲日报' });
      expect(text.facts).toContainEqual(expect.objectContaining({ text: '38个', tag: '数量' }));
      expect(page).toMatchObject({ title: '美国双子星项目落户炎陵', extractor: 'zznews', reporters: ['黎世伟'], correspondents: ['尹铭哲', '凌晨'] });
      expect(page.facts).toContainEqual(expect.objectContaining({ text: '12.6亿元', category: 'investment', tag: '投资' }));
      expect(bad.error).toBeTruthy();
      expect(red).toMatchObject({ reporters: [], correspondents: ['刘卫红'], source: '红网时刻新闻' });
      expect(red.summary).not.toContain('红网');
    },
    SPAWN_TIMEOUT,
  );
});
