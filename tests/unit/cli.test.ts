import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(args: string[], input: string) {
  return spawnSync('npx', ['tsx', 'cli/zhudu.ts', ...args], { input, encoding: 'utf8' });
}

describe('cli', () => {
  it('prints the pinyin of each Han character of each stdin line, nothing else', () => {
    const run = cli(['pinyin'], '株洲市长\n\nGDP增长12.6%，应急处突\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('zhū zhōu shì zhǎng\n\nzēng zhǎng yìng jí chǔ tū\n');
  }, 60_000);

  it('prints one JSON array of words per line, cut and looked up as the card does', () => {
    const run = cli(['words'], '市长陈恢清说，要发展新质生产力。\n\n游客络绎不绝，投资12.6亿元\n');
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
  }, 60_000);

  it('prints the glossary terms of stdin with the forms matched and their spans', () => {
    const text = '郴州启动家电以旧换新，推动“十四五”规划收官，落实“林长制”，推进十四五规划。';
    const run = cli(['glossary'], text);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { term: string; count: number; known: boolean; forms: string[]; spans: [number, number][] }[];
    expect(rows.map(({ term, count, known, forms, spans }) => ({ term, count, known, forms, spans }))).toEqual([
      { term: '两新', count: 1, known: true, forms: ['以旧换新'], spans: [[6, 10]] },
      { term: '十四五', count: 2, known: true, forms: ['“十四五”规划', '十四五规划'], spans: [[13, 20], [33, 38]] },
      { term: '林长制', count: 1, known: false, forms: ['林长制'], spans: [[26, 29]] },
    ]);
    for (const { forms, spans } of rows) for (const [start, end] of spans) expect(forms).toContain(text.slice(start, end));
  }, 60_000);

  it('refuses an unknown command with usage and exit code 2', () => {
    const run = cli(['translate'], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  }, 60_000);
});
