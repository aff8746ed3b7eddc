// Builds tests/real-news/words/gold.jsonl from the hand segmentation in segmented.txt.
//
//   npx tsx tests/real-news/words/work/build-gold.ts
//
// segmented.txt marks, by "|", every word boundary inside runs of Han characters. This script adds the
// boundaries that need no judgement: between a Han and a non-Han character, and inside non-Han runs (a run of
// digits with any "." inside it, a run of Latin letters, a run of whitespace, and each punctuation mark — a
// repeated dash or ellipsis mark stays one token). It then checks that the words join to the sentence exactly as
// the source has it: the fixture page's article paragraphs, or the sentence of the pinyin gold set.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureParagraphs, splitSentences } from './fixture-text.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..', '..');
const HAN = /\p{Script=Han}/u;

const pinyinGold = new Map<string, { source: string; text: string }>();
for (const line of readFileSync(join(here, '..', '..', 'pinyin', 'gold.jsonl'), 'utf8').trim().split('\n')) {
  const o = JSON.parse(line);
  pinyinGold.set(o.id, { source: o.source, text: o.text });
}

type Cls = 'han' | 'digit' | 'latin' | 'space' | 'punct';
function cls(c: string): Cls {
  if (HAN.test(c)) return 'han';
  if (/[0-9０-９]/.test(c)) return 'digit';
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(c)) return 'latin';
  if (/\s/u.test(c)) return 'space';
  return 'punct';
}

export function tokenize(marked: string): string[] {
  const out: string[] = [];
  for (const piece of marked.split('|')) {
    const chars = [...piece];
    let cur = '';
    let curCls: Cls | null = null;
    chars.forEach((c, i) => {
      let k = cls(c);
      // a "." between digits belongs to the number
      if (c === '.' && curCls === 'digit' && cls(chars[i + 1] ?? '') === 'digit') k = 'digit';
      const joins = cur !== '' && k === curCls && (k !== 'punct' || (cur.endsWith(c) && '—…'.includes(c)));
      if (joins) cur += c;
      else { if (cur) out.push(cur); cur = c; curCls = k; }
    });
    if (cur) out.push(cur);
  }
  return out;
}

const fixtureSentences = new Map<string, Set<string>>();
function sentencesOf(file: string): Set<string> {
  if (!fixtureSentences.has(file)) {
    fixtureSentences.set(file, new Set(fixtureParagraphs(join(repo, file)).flatMap(splitSentences)));
  }
  return fixtureSentences.get(file)!;
}

const out: string[] = [];
const problems: string[] = [];
const seen = new Set<string>();
for (const raw of readFileSync(join(here, 'segmented.txt'), 'utf8').split('\n')) {
  if (!raw.trim() || raw.startsWith('#')) continue;
  const [id = '', src = '', marked = '', ...rest] = raw.split('\t');
  if (!marked || rest.length) { problems.push(`bad line: ${raw}`); continue; }
  if (seen.has(id)) problems.push(`duplicate id ${id}`);
  seen.add(id);
  const words = tokenize(marked);
  const text = words.join('');
  let source = src;
  if (src.startsWith('pinyin:')) {
    const p = pinyinGold.get(src.slice(7));
    if (!p) { problems.push(`${id}: no pinyin sentence ${src}`); continue; }
    if (p.text !== text) problems.push(`${id}: differs from ${src}\n  gold:  ${p.text}\n  words: ${text}`);
    source = p.source;
  } else if (!sentencesOf(src).has(text)) {
    problems.push(`${id}: not a sentence of ${src}: ${text}`);
  }
  out.push(JSON.stringify({ id, source, words }));
}
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
writeFileSync(join(here, '..', 'gold.jsonl'), out.join('\n') + '\n');
console.log(`${out.length} sentences written`);
