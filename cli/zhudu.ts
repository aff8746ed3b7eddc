/**
 * ZhuDu on the command line, over the same pure modules the extension uses.
 *
 *   npm run cli -- pinyin < text.txt    one output line per input line: the pinyin of each Han
 *                                       character, space-separated, tone marks
 *   npm run cli -- glossary < text.txt  one JSON array: each glossary term found, with its count, the
 *                                       forms matched and their spans, and quoted slogans and coinages
 *                                       the glossary does not explain (known: false)
 *   npm run cli -- summary < page.html  one JSON object: title, summary (≤120 chars, or one sentence ≤180), reporters, source,
 *                                       labelled key facts, byline; the input may be an HTML page or plain text
 *   npm run cli -- summary --jsonl      one JSON document per line ({"text"} or {"html","url"}) → one JSON
 *                                       result per line, for batch use
 *   npm run cli -- words < text.txt     one JSON array per input line: its words in order, cut and
 *                                       looked up as the card does ({word, pinyin, senses, kind})
 */
import { createInterface } from 'node:readline';
import { BUNDLED_DATA } from '../utils/core/bundled-data';
import { createEngine } from '../utils/core/engine';
import { glossaryCommand } from './glossary-command';
import { loadNodeDictionary } from '../scripts/dictionary/packed-file';
import { DEFAULT_READING_OPTIONS } from '../utils/core/pinyin/readings';
import { createWordLookups } from '../utils/core/words/word-lookup';
import { summaryCommand, summaryJsonLine } from './summary-command';
import { wordsOfLine } from './words-command';

const engine = createEngine(BUNDLED_DATA);

const USAGE = 'usage: npm run cli -- <pinyin|glossary|summary|words>   (reads UTF-8 text on stdin)';

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

async function pinyinCommand(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${engine.reader.pinyinLine(line)}\n`);
}

async function wordsCommand(): Promise<void> {
  const lookups = createWordLookups({ ...engine, dictionary: loadNodeDictionary() });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(wordsOfLine(lookups, line, DEFAULT_READING_OPTIONS))}\n`);
}

async function summaryLines(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) process.stdout.write(`${await summaryJsonLine(line)}\n`);
}

const jsonl = process.argv.slice(3).includes('--jsonl');

const commands: Record<string, () => Promise<void>> = {
  words: wordsCommand,
  pinyin: pinyinCommand,
  glossary: async () => {
    const dictionary = loadNodeDictionary();
    process.stdout.write(glossaryCommand(await readStdin(), engine.glossary, (word) => dictionary.has(word)));
  },
  summary: async () => (jsonl ? summaryLines() : void process.stdout.write(`${await summaryCommand(await readStdin())}\n`)),
};

const [name] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(`${name ? `unknown command: ${name}\n` : ''}${USAGE}\n`);
  process.exit(2);
}
await command();
