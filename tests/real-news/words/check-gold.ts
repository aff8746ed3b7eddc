// Validates tests/real-news/words/gold.jsonl and prints its totals.
//
//   npx tsx tests/real-news/words/check-gold.ts [path/to/gold.jsonl]
//
// Every line must be a JSON object {id, source, words} where
//  - id is unique;
//  - words is a non-empty list of non-empty strings;
//  - the words join to the sentence exactly as its source has it: a sentence of the fixture page's article
//    paragraphs (source tests/fixtures/pages/…), or, for a news address, the sentence of the pinyin gold set
//    with that source (tests/real-news/pinyin/gold.jsonl);
//  - no word mixes Han and non-Han characters (digits, Latin and punctuation are tokens of their own).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const HAN = /\p{Script=Han}/u;
const file = process.argv[2] ?? join(here, 'gold.jsonl');

function fixtureSentences(path: string): Set<string> {
  const html = readFileSync(join(repo, path), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const paras = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)]
    .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').trim());
  return new Set(paras.flatMap((p) => [...p.matchAll(/[^。！？!?]*(?:[。！？!?]+[”’」』）)》]*|$)/gu)].map((m) => m[0])));
}

const pinyinText = new Map<string, Set<string>>();
for (const line of readFileSync(join(here, '..', 'pinyin', 'gold.jsonl'), 'utf8').trim().split('\n')) {
  const o = JSON.parse(line);
  if (!pinyinText.has(o.source)) pinyinText.set(o.source, new Set());
  pinyinText.get(o.source)!.add(o.text);
}

const fixtures = new Map<string, Set<string>>();
const problems: string[] = [];
const ids = new Set<string>();
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const totals = { fixture: { sentences: 0, tokens: 0, han: 0, hanChars: 0, sources: new Set<string>() },
  news: { sentences: 0, tokens: 0, han: 0, hanChars: 0, sources: new Set<string>() } };
lines.forEach((line, n) => {
  const where = `line ${n + 1}`;
  let o: Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON line, checked field by field below
  try { o = JSON.parse(line); } catch { problems.push(`${where}: not JSON`); return; }
  if (typeof o.id !== 'string' || !o.id) problems.push(`${where}: missing id`);
  if (ids.has(o.id)) problems.push(`${where}: duplicate id ${o.id}`);
  ids.add(o.id);
  if (typeof o.source !== 'string' || !o.source) { problems.push(`${where}: missing source`); return; }
  if (!Array.isArray(o.words) || o.words.length === 0) { problems.push(`${where}: words is not a non-empty list`); return; }
  o.words.forEach((w: unknown, k: number) => {
    if (typeof w !== 'string' || w === '') problems.push(`${where} (${o.id}): word ${k} is empty or not a string`);
    else if (HAN.test(w) && [...w].some((c) => !HAN.test(c))) problems.push(`${where} (${o.id}): word ${JSON.stringify(w)} mixes Han and non-Han`);
  });
  const extra = Object.keys(o).filter((k) => !['id', 'source', 'words'].includes(k));
  if (extra.length) problems.push(`${where}: unexpected field(s) ${extra.join(', ')}`);
  const text = o.words.join('');
  const isFixture = o.source.startsWith('tests/fixtures/pages/');
  if (isFixture) {
    if (!fixtures.has(o.source)) {
      try { fixtures.set(o.source, fixtureSentences(o.source)); } catch { problems.push(`${where}: cannot read ${o.source}`); return; }
    }
    if (!fixtures.get(o.source)!.has(text)) problems.push(`${where} (${o.id}): the words do not join to a sentence of ${o.source}: ${text}`);
  } else if (!pinyinText.get(o.source)?.has(text)) {
    problems.push(`${where} (${o.id}): the words do not join to a sentence of the pinyin gold set with source ${o.source}: ${text}`);
  }
  const t = isFixture ? totals.fixture : totals.news;
  t.sentences += 1;
  t.tokens += o.words.length;
  t.han += o.words.filter((w: string) => HAN.test(w)).length;
  t.hanChars += [...text].filter((c) => HAN.test(c)).length;
  t.sources.add(o.source);
});

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in ${file}`);
  process.exit(1);
}
const all = { sentences: totals.fixture.sentences + totals.news.sentences, tokens: totals.fixture.tokens + totals.news.tokens,
  han: totals.fixture.han + totals.news.han, hanChars: totals.fixture.hanChars + totals.news.hanChars };
console.log(`words gold OK: ${all.sentences} sentences, ${all.tokens} tokens, of which ${all.han} contain Han (${all.hanChars} Han characters)`);
for (const [name, t] of Object.entries(totals)) {
  console.log(`  ${name === 'fixture' ? 'fixture pages' : 'real news    '}: ${t.sentences} sentences from ${t.sources.size} source(s), ${t.tokens} tokens, ${t.han} Han-containing tokens, ${t.hanChars} Han characters`);
}
