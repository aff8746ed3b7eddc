/**
 * ZhuDu on the command line, over the same pure modules the extension uses.
 *
 *   npm run cli -- pinyin < text.txt    one output line per input line: the pinyin of each Han
 *                                       character, space-separated, tone marks
 */
import { createInterface } from 'node:readline';
import { pinyinLine } from '../utils/core/pinyin/readings';

const USAGE = 'usage: npm run cli -- pinyin   (reads UTF-8 lines on stdin)';

async function pinyinCommand(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${pinyinLine(line)}\n`);
}

const commands: Record<string, () => Promise<void>> = { pinyin: pinyinCommand };

const [name] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(`${name ? `unknown command: ${name}\n` : ''}${USAGE}\n`);
  process.exit(2);
}
await command();
