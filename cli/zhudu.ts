/**
 * ZhuDu on the command line, over the same pure modules the extension uses.
 *
 *   npm run cli -- pinyin < text.txt    one output line per input line: the pinyin of each Han
 *                                       character, space-separated, tone marks
 *   npm run cli -- glossary < text.txt  one JSON array: each glossary term found, with its count, and
 *                                       quoted slogans the glossary does not explain (known: false)
 *   npm run cli -- summary < page.html  one JSON object: title, summary (≤120 chars), key facts, byline;
 *                                       the input may be an HTML page or plain text
 */
import { createInterface } from 'node:readline';
import { BUNDLED_DATA } from '../utils/core/bundled-data';
import { createEngine } from '../utils/core/engine';
import { glossaryCommand } from './glossary-command';
import { summaryCommand } from './summary-command';

const engine = createEngine(BUNDLED_DATA);

const USAGE = 'usage: npm run cli -- <pinyin|glossary|summary>   (reads UTF-8 text on stdin)';

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

async function pinyinCommand(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${engine.reader.pinyinLine(line)}\n`);
}

const commands: Record<string, () => Promise<void>> = {
  pinyin: pinyinCommand,
  glossary: async () => void process.stdout.write(glossaryCommand(await readStdin(), engine.glossary)),
  summary: async () => void process.stdout.write(`${await summaryCommand(await readStdin())}\n`),
};

const [name] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(`${name ? `unknown command: ${name}\n` : ''}${USAGE}\n`);
  process.exit(2);
}
await command();
