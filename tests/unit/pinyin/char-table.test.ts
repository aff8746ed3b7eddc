import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { polyphonic } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { CHAR_TABLE, CHAR_TABLE_VERSION } from '@/utils/core/pinyin/data/char-table';
import { reader } from '../../helpers/engine';

const REBUILD = 'stale character table: run `npx tsx scripts/build-char-table.ts`';

describe('the generated character table', () => {
  it('was built from the installed pinyin-pro', () => {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('pinyin-pro').replace(/dist[\\/]index\.js$/, 'package.json');
    expect(CHAR_TABLE_VERSION, REBUILD).toBe((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version);
  });

  it('gives every character the readings pinyin-pro gives it, in its order', () => {
    const chars = CHAR_TABLE.split('\n').flatMap((line) => [...line.slice(line.indexOf('|') + 1)]);
    expect(chars.length).toBeGreaterThan(20_000);
    const differing = chars.filter((char) => reader.charReadings(char).join(' ') !== polyphonic(char, { type: 'array' })[0]!.join(' '));
    expect(differing, REBUILD).toEqual([]);
  });

  it('covers the common characters pinyin-pro knows, and nothing else', () => {
    // A sample across the CJK block: whatever pinyin-pro reads, the table reads the same.
    for (let code = 0x4e00; code <= 0x9fff; code += 7) {
      const char = String.fromCharCode(code);
      const [fromPinyinPro] = polyphonic(char, { type: 'array' });
      const known = fromPinyinPro!.length > 0 && fromPinyinPro![0] !== char;
      expect(reader.charReadings(char), char).toEqual(known ? fromPinyinPro : []);
    }
    expect(reader.charReadings('A')).toEqual([]);
    // Found in the text one character at a time: what the readings are written with is no character of the table.
    for (const notListed of ['a', 'ā', 'ǚ', ' ', '|', '\n', '\uD842', 'zhōng']) expect(reader.charReadings(notListed), JSON.stringify(notListed)).toEqual([]);
    expect(reader.charReadings('😀')).toEqual([]);
    expect(reader.charReadings('长')[0]).toBe('cháng');
    expect(reader.charReadings('𫭟')).toEqual(['ōu', 'qū']);
  });
});
