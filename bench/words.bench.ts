// `npm run bench:words`: word segmentation against the hand-made gold (tests/real-news/words: fixture
// sentences and real 2023–2026 news, cut by hand before any tuning), as word F1 over the tokens that
// hold Han characters, for the browser's ICU segmenter alone, ZhuDu 0.1 (lexicon + ICU), and ZhuDu's
// dictionary segmenter (CC-CEDICT + word data + lexicon + names + numbered slogans), in one run.
import { readFileSync } from 'node:fs';
import { loadNodeDictionary } from '../scripts/dictionary/packed-file.ts';
import { BUNDLED_DATA } from '../utils/core/bundled-data.ts';
import { createCharTable } from '../utils/core/pinyin/chars.ts';
import { createWordDictionary } from '../utils/core/pinyin/dictionary.ts';
import { icuSegmenter, segmentWords } from '../utils/core/pinyin/segment.ts';
import { numberedTerms } from '../utils/core/words/numbered-terms.ts';
import { createSegmenter } from '../utils/core/words/segmenter.ts';
import { glossary, reader } from '../tests/helpers/engine.ts';
import { DEFAULT_READING_OPTIONS } from '../utils/core/pinyin/readings.ts';
import { explains } from '../utils/core/words/word-card.ts';
import { onlyPoints } from '../utils/core/dictionary/references.ts';
import { createWordLookups } from '../utils/core/words/word-lookup.ts';

interface Gold {
  id: string;
  source: string;
  words: string[];
}

const HAN = /\p{Script=Han}/u;
const gold = readFileSync('tests/real-news/words/gold.jsonl', 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Gold);

/** The Han-holding tokens of a segmentation as [start, end) spans. */
function spans(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let at = 0;
  for (const word of words) {
    if (HAN.test(word)) out.add(`${at}:${at + word.length}`);
    at += word.length;
  }
  return out;
}

function score(cut: (text: string) => string[], subset: Gold[]): { f1: number; p: number; r: number } {
  let hit = 0;
  let predicted = 0;
  let wanted = 0;
  for (const item of subset) {
    const text = item.words.join('');
    const got = spans(cut(text));
    const want = spans(item.words);
    for (const span of got) if (want.has(span)) hit++;
    predicted += got.size;
    wanted += want.size;
  }
  const p = hit / predicted;
  const r = hit / wanted;
  return { f1: (2 * p * r) / (p + r), p, r };
}

const words = createWordDictionary(BUNDLED_DATA.pinyin, createCharTable(BUNDLED_DATA.pinyin.charTable));
const dictionary = loadNodeDictionary();
const icu = icuSegmenter();
const systems: [string, (text: string) => string[]][] = [
  ['ICU (Intl.Segmenter) alone', (text) => [...icu(text)].map((s) => s.segment)],
  ['ZhuDu 0.1: lexicon + ICU', (text) => segmentWords(text, icu).map((w) => w.text)],
  ['ZhuDu: word data + lexicon + names, no CEDICT', ((seg) => (text: string) => seg(text).map((w) => w.text))(createSegmenter({ words }))],
  ['ZhuDu: CEDICT + word data + lexicon + names + slogans', ((seg) => (text: string) => seg(text).map((w) => w.text))(createSegmenter({ words, dictionary, units: numberedTerms(glossary) }))],
];
const fixtures = gold.filter((item) => item.source.startsWith('tests/fixtures'));
const news = gold.filter((item) => !item.source.startsWith('tests/fixtures'));
const count = (subset: Gold[]) => subset.reduce((n, item) => n + item.words.filter((w) => HAN.test(w)).length, 0);
console.log(`Word F1 over Han tokens (precision / recall). Gold: ${count(fixtures)} tokens from the fixture pages, ${count(news)} from real news (tests/real-news/words).`);
for (const [name, cut] of systems) {
  const f = score(cut, fixtures);
  const n = score(cut, news);
  const all = score(cut, gold);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`  ${name.padEnd(46)} fixtures ${pct(f.f1)} (${pct(f.p)}/${pct(f.r)})  real news ${pct(n.f1)} (${pct(n.p)}/${pct(n.r)})  all ${pct(all.f1)}`);
}
const ours = createSegmenter({ words, dictionary, units: numberedTerms(glossary) });
if (process.env.SHOW) {
  for (const item of gold) {
    const text = item.words.join('');
    const got = ours(text).map((w) => w.text);
    const want = spans(item.words);
    const gotSpans = spans(got);
    const wrong = got.filter((w, i) => HAN.test(w) && !want.has([...gotSpans][got.slice(0, i).filter((x) => HAN.test(x)).length]!));
    if (wrong.length) console.log(item.id, 'ours:', got.filter((w) => HAN.test(w)).join(' '), '\n      gold:', item.words.filter((w) => HAN.test(w)).join(' '));
  }
}
if (process.env.ERRORS) {
  const wrong = new Map<string, number>();
  const missed = new Map<string, number>();
  for (const item of gold) {
    const text = item.words.join('');
    const got = ours(text);
    const want = new Set<string>();
    let at = 0;
    for (const w of item.words) {
      if (HAN.test(w)) want.add(`${at}:${at + w.length}:${w}`);
      at += w.length;
    }
    const have = new Set(got.filter((w) => HAN.test(w.text)).map((w) => `${w.start}:${w.end}:${w.text}`));
    for (const k of have) if (!want.has(k)) wrong.set(k.split(':')[2]!, (wrong.get(k.split(':')[2]!) ?? 0) + 1);
    for (const k of want) if (!have.has(k)) missed.set(k.split(':')[2]!, (missed.get(k.split(':')[2]!) ?? 0) + 1);
  }
  console.log('wrong:', [...wrong].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}${n > 1 ? '×' + n : ''}`).join(' '));
  console.log('missed:', [...missed].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}${n > 1 ? '×' + n : ''}`).join(' '));
}

// Words explained on real news: every excerpt of the 27 real articles (tests/real-news/glossary),
// cut and looked up as the card does; the share with an English sense, a gloss, a name or place
// label, or a glossary entry, and the units no dictionary had whole (cut into explained words).
{
  const corpus = JSON.parse(readFileSync('tests/real-news/glossary/corpus.json', 'utf8')) as { articles: { role: string; excerpts: { text: string }[] }[] };
  const lookups = createWordLookups({ reader, glossary, dictionary });
  const cardsOf = (article: (typeof corpus.articles)[number]) => article.excerpts.flatMap((excerpt) => lookups.lookUpAll(excerpt.text, DEFAULT_READING_OPTIONS));
  const cards = corpus.articles.flatMap(cardsOf);
  const unexplained = cards.filter((card) => !explains(card)).map((card) => card.word.text);
  // The blind articles' unexplained units are counted, not named: they are mostly the quoted slogans
  // the glossary bench scores, and a name printed here would tell whoever grows the glossary what to add.
  const named = corpus.articles.filter((article) => article.role !== 'blind').flatMap(cardsOf).filter((card) => !explains(card)).map((card) => card.word.text);
  const cut = new Map<string, number>();
  for (const card of cards) if (card.cutFrom) cut.set(card.cutFrom, (cut.get(card.cutFrom) ?? 0) + 1);
  // A sense that only points elsewhere ("see 株洲市") tells a learner nothing unless the card follows it.
  const pointing = cards.filter((card) => onlyPoints(card.word.meanings?.[0]?.senses ?? []));
  const followed = pointing.filter((card) => card.word.meanings![0]!.senses.some((sense) => sense.includes(' — ')));
  console.log(`Cards whose first meaning only points elsewhere ("see 株洲市"): ${pointing.length} of ${cards.length}, followed to what it names: ${followed.length}`);
  console.log(
    `Words explained on real news: ${(100 * (1 - unexplained.length / cards.length)).toFixed(1)}% of ${cards.length} Han words of ${corpus.articles.length} articles; ` +
      `without a meaning: ${unexplained.length}, in the articles not blind: ${named.join(' ') || 'none'}; units cut for lack of an entry (${cut.size}): ${[...cut.keys()].join(' ')}`,
  );
}
