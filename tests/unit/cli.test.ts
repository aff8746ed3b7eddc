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
  });

  it('refuses an unknown command with usage and exit code 2', () => {
    const run = cli(['translate'], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});
