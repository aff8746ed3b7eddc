/**
 * Glossary matcher benchmark: `npx tsx bench/glossary.bench.ts` (npm run bench:glossary).
 * Builds the Aho–Corasick automaton, then matches the text of tests/fixtures/pages/hostile-huge.html
 * (over 200,000 characters) with it and with a naive indexOf-per-form loop in the same process.
 * Then scores the glossary on real news (tests/real-news/glossary/corpus.json, see glossary-recall.ts):
 * per article (blind, heldout, mining), the hand-listed terms explained, flagged as unexplained
 * slogans, or missed, and the false matches. Prints figures and ratios only; nothing here asserts a time.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { foldUnit, QUOTE_PAIRS, SKIP } from '../utils/core/glossary/fold';
import { matcherForms } from '../utils/core/glossary/match';
import { buildMatcher, createGlossary, GLOSSARY } from '../utils/core/glossary/index';
import { loadNodeDictionary } from '../scripts/dictionary/packed-file';
import { articleText, loadCorpus, loadExtraOk, scoreArticle, total, type ArticleScore } from './glossary-recall';

const ROUNDS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(rounds: number, run: () => T): { ms: number; result: T } {
  let result = run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    result = run();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

/** Visible text of the fixture page: scripts, styles and comments dropped, tags stripped. */
function pageText(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

interface Form {
  folded: string;
  quotedOnly: boolean;
  entryId: string;
  requires?: string;
}

/**
 * The baseline: fold the text, then indexOf every form through it, then keep leftmost-longest
 * non-overlapping occurrences. Same answers as the automaton, one scan per form.
 */
function naiveFind(text: string, forms: readonly Form[]): number {
  const origin: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldUnit(text.charCodeAt(i));
    if (code === SKIP) continue;
    origin.push(i);
    folded += String.fromCharCode(code);
  }
  const found: { start: number; length: number }[] = [];
  for (const form of forms) {
    for (let at = folded.indexOf(form.folded); at >= 0; at = folded.indexOf(form.folded, at + 1)) {
      if (form.quotedOnly) {
        const close = QUOTE_PAIRS.get(text.charAt(origin[at]! - 1));
        if (close === undefined || text.charAt(origin[at + form.folded.length - 1]! + 1) !== close) continue;
      }
      if (form.requires !== undefined && !folded.includes(form.requires)) continue;
      found.push({ start: at, length: form.folded.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.length - a.length);
  let hits = 0;
  let cursor = 0;
  for (const { start, length } of found) {
    if (start < cursor) continue;
    hits++;
    cursor = start + length;
  }
  return hits;
}

const text = pageText('tests/fixtures/pages/hostile-huge.html');
const data = JSON.stringify(GLOSSARY);
const forms: Form[] = matcherForms(GLOSSARY);

const build = time(ROUNDS, () => buildMatcher(GLOSSARY));
const matcher = build.result;
const automaton = time(ROUNDS, () => matcher.find(text));
const naive = time(ROUNDS, () => naiveFind(text, forms));

const rate = (ms: number) => Math.round(text.length / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

console.log(`glossary: ${GLOSSARY.length} entries, ${matcher.patternCount} forms`);
console.log(`entries data: ${fmt(Buffer.byteLength(data))} bytes JSON, ${fmt(gzipSync(data).length)} bytes gzip`);
console.log(`build: ${build.ms.toFixed(2)} ms, ${fmt(matcher.stateCount)} states`);
console.log(`text: ${fmt(text.length)} chars (hostile-huge.html, tags stripped)`);
console.log(`automaton: ${automaton.ms.toFixed(2)} ms, ${fmt(rate(automaton.ms))} chars/s, ${fmt(automaton.result.length)} hits`);
console.log(`naive indexOf: ${naive.ms.toFixed(2)} ms, ${fmt(rate(naive.ms))} chars/s, ${fmt(naive.result)} hits`);
console.log(`ratio: automaton is ${(naive.ms / automaton.ms).toFixed(1)}x the naive throughput`);
if (naive.result !== automaton.result.length) console.log('WARNING: hit counts differ');

// Real news: what a reader of each article gets explained.
// The scan as the background runs it: with CC-CEDICT to tell quoted coinages from ordinary words.
const glossary = createGlossary(GLOSSARY);
const dictionary = loadNodeDictionary();
const isWord = (word: string) => dictionary.has(word);
const extraOk = loadExtraOk();
const scores = loadCorpus().map((article) => scoreArticle(article, glossary.scan([articleText(article)], isWord).spots[0]!, extraOk));
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
const line = (label: string, s: Omit<ArticleScore, 'id' | 'role' | 'outcomes'>) =>
  `${label.padEnd(34)} ${String(s.terms).padStart(4)} terms  explained ${String(s.explained).padStart(3)} (${pct(s.explained, s.terms).padStart(6)})` +
  `  +flagged ${String(s.explained + s.flagged).padStart(3)} (${pct(s.explained + s.flagged, s.terms).padStart(6)})  missed ${String(s.missed).padStart(3)}` +
  `  false matches ${s.falseMatches.length}  extra correct ${s.extraCorrect.length}  false flags ${s.falseFlags.length}`;
console.log('\nreal news (tests/real-news/glossary/corpus.json): listed terms explained / flagged / missed');
for (const role of ['blind', 'heldout', 'mining'] as const) {
  for (const score of scores.filter((s) => s.role === role)) {
    console.log(line(`  ${role} ${score.id}`, score));
    const missed = score.outcomes.filter((o) => o.outcome !== 'explained').map((o) => (o.outcome === 'flagged' ? `${o.form}(flagged)` : o.form));
    if (process.env.SHOW && missed.length) console.log(`      not explained: ${missed.join(' ')}`);
    if (score.falseMatches.length) console.log(`      false matches: ${score.falseMatches.join(' ')}`);
    if (score.extraCorrect.length) console.log(`      extra correct: ${score.extraCorrect.join(' ')}`);
    if (score.falseFlags.length) console.log(`      false flags: ${score.falseFlags.join(' ')}`);
  }
}
console.log(line('TOTAL blind', total(scores.filter((s) => s.role === 'blind'))));
console.log(line('TOTAL heldout', total(scores.filter((s) => s.role === 'heldout'))));
console.log(line('TOTAL mining', total(scores.filter((s) => s.role === 'mining'))));
console.log(line('TOTAL all', total(scores)));

// Not the glossary's figure, but what the reader still gets: a listed term the glossary does not
// explain may be one CC-CEDICT word, and then the hover card shows it whole with its senses.
for (const role of ['blind', 'heldout', 'mining'] as const) {
  const notExplained = scores.filter((s) => s.role === role).flatMap((s) => s.outcomes.filter((o) => o.outcome !== 'explained'));
  const inDictionary = notExplained.filter((o) => dictionary.has(o.form)).length;
  console.log(`CARD ${role.padEnd(8)} of ${notExplained.length} listed terms the glossary does not explain, ${inDictionary} are one CC-CEDICT word (a card with senses)`);
}
