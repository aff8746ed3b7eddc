/**
 * The real-news part of bench:summary: ZhuDu against Lead-1 and Lead-2 on tests/real-news/summary/set.jsonl
 * (hand-written references), read the way a user pastes an article: as text, its title line first. Also byline
 * recall on the set, and every summary that opens on a fragment or repeats the title.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseByline } from '../utils/core/summary/byline';
import { cleanBody } from '../utils/core/summary/clean-body';
import { danglingOpening } from '../utils/core/summary/openings';
import { rouge } from '../utils/core/summary/rouge';
import { splitArticle, splitSentences } from '../utils/core/summary/sentences';
import { summarize } from '../utils/core/summary/summarize';
import { textArticle } from '../utils/core/summary/text-article';

const SET = fileURLToPath(new URL('../tests/real-news/summary/set.jsonl', import.meta.url));

interface Item {
  id: string;
  title: string | null;
  text: string;
  reference: string;
  reporters: string[];
  correspondents: string[];
}

const bare = (text: string) => text.replace(/[\p{P}\p{S}\s\u3000]/gu, '');

/** True when the summary holds the title (or most of it) again. */
function repeatsTitle(summary: string, title: string): boolean {
  const t = bare(title);
  if (t.length < 6) return false;
  return splitSentences(summary).some((sentence) => {
    const s = bare(sentence);
    return s === t || (t.includes(s) && s.length >= 6) || s.startsWith(t);
  });
}

export function realNewsReport(): void {
  const items = readFileSync(SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Item);
  const totals = { ours: 0, lead1: 0, lead2: 0, rawLead1: 0, rawLead2: 0 };
  const fragments: string[] = [];
  const titleRepeats: string[] = [];
  let namesWanted = 0;
  let namesFound = 0;
  for (const item of items) {
    const article = textArticle(`${item.title ? `${item.title}\n` : ''}${item.text}`);
    const result = summarize(article);
    const clean = cleanBody(parseByline(article.paragraphs).paragraphs, article);
    const sentences = splitArticle(clean).map((s) => s.text);
    const raw = splitArticle(article.paragraphs).map((s) => s.text);
    totals.ours += rouge(result.summary, item.reference).rougeL;
    totals.lead1 += rouge(sentences.slice(0, 1).join(''), item.reference).rougeL;
    totals.lead2 += rouge(sentences.slice(0, 2).join(''), item.reference).rougeL;
    totals.rawLead1 += rouge(raw.slice(0, 1).join(''), item.reference).rougeL;
    totals.rawLead2 += rouge(raw.slice(0, 2).join(''), item.reference).rougeL;
    if (danglingOpening(result.summary)) fragments.push(`${item.id}: ${result.summary.slice(0, 30)}…`);
    if (item.title && repeatsTitle(result.summary, item.title)) titleRepeats.push(`${item.id}: ${result.summary.slice(0, 30)}…`);
    const found = [...result.byline.reporters, ...result.byline.correspondents, ...result.byline.photographers];
    for (const name of [...item.reporters, ...item.correspondents]) {
      namesWanted++;
      if (found.includes(name)) namesFound++;
    }
  }
  const n = items.length;
  const pct = (x: number) => ((100 * x) / n).toFixed(2);
  console.log(`\nReal news (tests/real-news/summary/set.jsonl, ${n} articles, read as text, title line first)`);
  console.log('| method | ROUGE-L |');
  console.log('|---|---:|');
  console.log(`| ZhuDu (≤ 120 chars, whole sentences) | ${pct(totals.ours)} |`);
  console.log(`| Lead-1 (clean body) | ${pct(totals.lead1)} |`);
  console.log(`| Lead-2 (clean body) | ${pct(totals.lead2)} |`);
  console.log(`| Lead-1 (raw text) | ${pct(totals.rawLead1)} |`);
  console.log(`| Lead-2 (raw text) | ${pct(totals.rawLead2)} |`);
  console.log(`Byline recall: ${namesFound}/${namesWanted} reporter and correspondent names`);
  console.log(`Summaries that start with a fragment: ${fragments.length}${fragments.map((f) => `\n  ${f}`).join('')}`);
  console.log(`Summaries that repeat the title: ${titleRepeats.length}${titleRepeats.map((f) => `\n  ${f}`).join('')}`);
  const met = totals.ours >= totals.lead2 && fragments.length === 0 && titleRepeats.length === 0;
  console.log(
    `${met ? 'MET    ' : 'NOT MET'} Real news: ROUGE-L ${pct(totals.ours)} ≥ Lead-2 ${pct(totals.lead2)}, no fragment openings, no title repeats`,
  );
}
