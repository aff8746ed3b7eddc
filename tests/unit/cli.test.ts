import { spawn } from 'node:child_process';
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

  it('refuses an unknown command with usage and exit code 2', async () => {
    const run = await cli(['translate'], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  }, SPAWN_TIMEOUT);
});
