// Builds tests/real-news/pinyin/gold.jsonl from the hand-transcribed articles and the hand-made readings.
//
//   npx tsx tests/real-news/pinyin/work/build-gold.ts [--review]
//
// 1. articles.txt  : the article excerpts as stored (one paragraph a line) with source, outlet and date.
// 2. a draft reading for every Han character from the pinyin-pro package (toneSandhi off). The draft is only a
//    typing aid: it is NOT ZhuDu's engine, and every sentence was read and checked by hand against it.
// 3. readings.txt  : the hand decisions that replace the draft wherever the draft is wrong (and the optional
//    alternatives). Each line:  <sentence id or *>  <Han context>  <one syllable per Han char of the context>
//    A syllable may carry alternatives: "dào|dao" means gold "dào", "dao" also accepted.
//    "*" lines apply in every sentence (used only for fixed names such as 长株潭); a sentence line wins over "*".
//    "@<n>" as context means the n-th Han character (0-based) of the sentence, for the rare case where the same
//    context occurs twice with different readings.
// --review prints every sentence with the final syllables (after readings.txt) for proof-reading, polyphonic
// characters marked with *, and characters changed from the draft marked with !.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin, polyphonic } from 'pinyin-pro';

const here = dirname(fileURLToPath(import.meta.url));
const HAN = /\p{Script=Han}/u;

interface Article { id: string; source: string; outlet: string; date: string; paras: string[] }

function readArticles(): Article[] {
  const out: Article[] = [];
  let cur: Article | null = null;
  let inText = false;
  for (const raw of readFileSync(join(here, 'articles.txt'), 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    const head = /^# (a\d\d)$/.exec(line);
    if (head) {
      const next: Article = { id: head[1] ?? '', source: '', outlet: '', date: '', paras: [] };
      cur = next; out.push(next); inText = false; continue;
    }
    if (!cur) continue;
    if (inText) { if (line.trim()) cur.paras.push(line); continue; }
    const kv = /^(source|outlet|date|note|text):\s?(.*)$/.exec(line);
    if (!kv) continue;
    const [, key = '', value = ''] = kv;
    if (key === 'text') inText = true;
    else if (key === 'source' || key === 'outlet' || key === 'date') cur[key] = value.trim();
  }
  return out;
}

/** Sentences end at 。！？!? (with any closing quotes or brackets that follow) and at the end of a paragraph. */
export function splitSentences(para: string): string[] {
  const out: string[] = [];
  const re = /[^。！？!?]*(?:[。！？!?]+[”’」』）)》]*|$)/gu;
  for (const m of para.matchAll(re)) {
    const s = m[0];
    if (s.trim()) out.push(s);
  }
  return out;
}

const hanChars = (s: string) => [...s].filter((c) => HAN.test(c));

function draft(text: string): string[] {
  // pinyin-pro on the whole sentence (so that its word list can choose readings), one item per character.
  const all = pinyin(text, { type: 'all', toneSandhi: false }) as unknown as { origin: string; pinyin: string }[];
  const out = all.filter((x) => HAN.test(x.origin)).map((x) => x.pinyin);
  if (out.length !== hanChars(text).length) throw new Error(`draft misaligned: ${text}`);
  return out;
}

interface Rule { ctx: string; syl: string[] }

function readRules(): { global: Rule[]; bySentence: Map<string, Rule[]> } {
  const global: Rule[] = [];
  const bySentence = new Map<string, Rule[]>();
  for (const raw of readFileSync(join(here, 'readings.txt'), 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [id = '', ctx = '', ...syl] = line.split(/\s+/);
    const n = ctx.startsWith('@') ? 1 : hanChars(ctx).length;
    if (syl.length !== n) throw new Error(`readings.txt: ${line}: ${syl.length} syllables for ${n} characters`);
    const rule = { ctx, syl };
    if (id === '*') global.push(rule);
    else { if (!bySentence.has(id)) bySentence.set(id, []); bySentence.get(id)!.push(rule); }
  }
  return { global, bySentence };
}

function applyRule(hanText: string, final: string[], rule: Rule, used: Set<Rule>) {
  if (rule.ctx.startsWith('@')) {
    const k = Number(rule.ctx.slice(1));
    if (!(k >= 0 && k < final.length)) throw new Error(`bad index ${rule.ctx}`);
    final[k] = rule.syl[0] ?? ''; used.add(rule); return;
  }
  const ctx = hanChars(rule.ctx).join('');
  let from = 0;
  for (;;) {
    const at = hanText.indexOf(ctx, from);
    if (at < 0) break;
    // hanText is a string of Han chars only; indexes are code-unit based, so convert to char index
    const charIdx = [...hanText.slice(0, at)].length;
    rule.syl.forEach((s, j) => { final[charIdx + j] = s; });
    used.add(rule);
    from = at + ctx.length;
  }
}

const articles = readArticles();
const { global, bySentence } = readRules();
const usedRules = new Set<Rule>();
const lines: string[] = [];
const review: string[] = [];
const changed = new Map<string, number>();
let nSent = 0; let nHan = 0;
for (const a of articles) {
  let k = 0;
  for (const para of a.paras) {
    for (const text of splitSentences(para)) {
      k += 1;
      const id = `${a.id}-s${String(k).padStart(2, '0')}`;
      const han = hanChars(text);
      const hanText = han.join('');
      const d = draft(text);
      const final = [...d];
      for (const r of global) applyRule(hanText, final, r, usedRules);
      for (const r of bySentence.get(id) ?? []) applyRule(hanText, final, r, usedRules);
      const pinyinOut: string[] = [];
      const alt: Record<string, string[]> = {};
      final.forEach((s, j) => {
        const [main = '', ...alts] = s.split('|');
        pinyinOut.push(main);
        if (alts.length) alt[String(j)] = alts;
        const c = han[j] ?? '';
        if (main !== d[j]) changed.set(c, (changed.get(c) ?? 0) + 1);
      });
      const obj: Record<string, unknown> = { id, source: a.source, outlet: a.outlet, date: a.date, text, pinyin: pinyinOut };
      if (Object.keys(alt).length) obj.alt = alt;
      lines.push(JSON.stringify(obj));
      nSent += 1; nHan += han.length;
      const cells = han.map((c, j) => {
        const poly = (polyphonic(c, { type: 'array' })[0] as string[] | undefined)?.length ?? 1;
        const mark = (pinyinOut[j] !== d[j] ? '!' : '') + (poly > 1 ? '*' : '');
        return `${c}${final[j]}${mark}`;
      });
      review.push(`${id} ${text}\n   ${cells.join(' ')}`);
    }
  }
}
for (const [id, rules] of bySentence) for (const r of rules) if (!usedRules.has(r)) throw new Error(`readings.txt: ${id} ${r.ctx} matched nothing`);
for (const r of global) if (!usedRules.has(r)) console.error(`note: global reading ${r.ctx} matched nothing`);

writeFileSync(join(here, '..', 'gold.jsonl'), lines.join('\n') + '\n');
const counts = [...changed.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
writeFileSync(join(here, 'corrections.txt'), counts.map(([c, n]) => `${c} ×${n}`).join('\n') + '\n');
if (process.argv.includes('--review')) writeFileSync(join(here, 'review.txt'), review.join('\n') + '\n');
console.log(`${articles.length} articles, ${nSent} sentences, ${nHan} Han characters; ${counts.reduce((s, [, n]) => s + n, 0)} draft syllables corrected`);
