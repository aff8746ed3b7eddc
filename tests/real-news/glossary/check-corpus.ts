/**
 * Validates tests/real-news/glossary/corpus.json and prints its totals.
 * Run: npx tsx tests/real-news/glossary/check-corpus.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const KINDS = ['national', 'hunan', 'zhuzhou', 'jargon', 'enumeration', 'coinage'] as const;
type Kind = (typeof KINDS)[number];
interface Term { form: string; canonical: string; kind: Kind; count: number }
interface Excerpt { n: number; text: string; why: 'term-or-quote' | 'ordinary' }
interface Article {
  id: string; role: 'mining' | 'heldout' | 'blind'; source: string; outlet: string; date: string;
  title: string | null; textComplete: boolean; sentencesInStoredText: number; note?: string;
  wasBlind?: string; // an article once listed as blind: when, and why it no longer is
  terms: Term[]; quotedNotTerms: string[]; excerpts: Excerpt[];
}

const corpus = JSON.parse(readFileSync(join(here, 'corpus.json'), 'utf8')) as { articles: Article[] };
const split = JSON.parse(readFileSync(join(here, 'split.json'), 'utf8')) as { mining: string[]; heldout: string[]; blind?: string[] };
const errors: string[] = [];
const err = (id: string, msg: string) => errors.push(`${id}: ${msg}`);

function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

const ids = new Set<string>();
for (const a of corpus.articles) {
  const id = a.id ?? '(no id)';
  if (!a.id || ids.has(a.id)) err(id, 'missing or duplicate id');
  ids.add(a.id);
  for (const f of ['source', 'outlet', 'date'] as const) if (typeof a[f] !== 'string' || !a[f]) err(id, `missing ${f}`);
  if (!/^https?:\/\//.test(a.source)) err(id, 'source is not a URL');
  if (!/^(2023|2024|2025|2026)(-\d\d(-\d\d)?)?$/.test(a.date)) err(id, `date ${a.date} not 2023–2026 (YYYY[-MM[-DD]])`);
  if (!(a.title === null || (typeof a.title === 'string' && a.title.length > 0))) err(id, 'title must be a string or null');
  if (typeof a.textComplete !== 'boolean') err(id, 'textComplete missing');
  const expectedRole = split.mining.includes(a.id)
    ? 'mining'
    : split.heldout.includes(a.id)
      ? 'heldout'
      : (split.blind ?? []).includes(a.id)
        ? 'blind'
        : null;
  if (a.role !== expectedRole) err(id, `role ${a.role} disagrees with split.json (${expectedRole})`);
  if (a.wasBlind !== undefined && (a.role === 'blind' || typeof a.wasBlind !== 'string' || !a.wasBlind)) err(id, 'wasBlind never on blind articles, as a non-empty string');
  if (!Array.isArray(a.terms) || a.terms.length === 0) err(id, 'no terms');
  if (!Array.isArray(a.quotedNotTerms)) err(id, 'quotedNotTerms missing');
  if (!Array.isArray(a.excerpts) || a.excerpts.length === 0) err(id, 'no excerpts');
  const text = a.excerpts.map((e) => e.text).join('\n');
  let last = -1;
  for (const e of a.excerpts) {
    if (typeof e.text !== 'string' || !e.text.trim()) err(id, 'empty excerpt');
    if (!(e.n > last)) err(id, 'excerpts out of order');
    last = e.n;
  }
  const forms = new Set<string>();
  for (const t of a.terms) {
    if (!t.form || !t.canonical) err(id, 'term without form/canonical');
    if (!KINDS.includes(t.kind)) err(id, `term ${t.form}: bad kind ${t.kind}`);
    if (!Number.isInteger(t.count) || t.count < 1) err(id, `term ${t.form}: bad count ${t.count}`);
    if (forms.has(t.form)) err(id, `term ${t.form} listed twice`);
    forms.add(t.form);
    const seen = occurrences(text, t.form);
    if (seen !== t.count) err(id, `term ${t.form}: count ${t.count} but ${seen} in excerpts`);
  }
  for (const q of a.quotedNotTerms) {
    if (!text.includes(`“${q}”`)) err(id, `quotedNotTerms “${q}” not found quoted in excerpts`);
    if (forms.has(q)) err(id, `“${q}” is both a term and quotedNotTerms`);
  }
  // every quoted phrase in the excerpts is either a term (or holds one) or listed as not a term
  for (const m of text.matchAll(/“([^“”]+)”/g)) {
    const q = m[1]!;
    const isTerm = [...forms].some((f) => f === q || f.includes(q) || q.includes(f));
    if (!isTerm && !a.quotedNotTerms.includes(q)) err(id, `quoted “${q}” is neither a term nor in quotedNotTerms`);
  }
  const ordinary = a.excerpts.filter((e) => e.why === 'ordinary').length;
  if (ordinary < Math.min(10, a.sentencesInStoredText - a.excerpts.filter((e) => e.why !== 'ordinary').length))
    err(id, `only ${ordinary} ordinary sentences although more were available`);
}

const by = <T,>(xs: T[], key: (x: T) => string) => xs.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
const arts = corpus.articles;
const heldout = arts.filter((a) => a.role === 'heldout').length;
const mining = arts.filter((a) => a.role === 'mining').length;
const blind = arts.filter((a) => a.role === 'blind').length;
if (arts.length < 24) errors.push(`only ${arts.length} articles (need 24)`);
if (heldout < 14) errors.push(`only ${heldout} heldout articles (need 14)`);
const outlets = by(arts, (a) => a.outlet.replace(/（.*$/, ''));
if (Object.keys(outlets).length < 4) errors.push('fewer than 4 outlets');

const allTerms = arts.flatMap((a) => a.terms);
const occ: Record<string, number> = {};
for (const t of allTerms) occ[t.kind] = (occ[t.kind] ?? 0) + t.count;
const canon = new Map<string, { kind: string; articles: number; count: number }>();
for (const t of allTerms) {
  const c = canon.get(t.canonical) ?? { kind: t.kind, articles: 0, count: 0 };
  c.articles++; c.count += t.count; canon.set(t.canonical, c);
}
console.log(`articles: ${arts.length} (mining ${mining}, heldout ${heldout}, blind ${blind}); stored text complete: ${arts.filter((a) => a.textComplete).length}`);
console.log('articles by outlet (as labelled):', by(arts, (a) => a.outlet));
console.log(`outlets (publisher before any note): ${Object.keys(outlets).length}`, outlets);
console.log('articles by year:', by(arts, (a) => a.date.slice(0, 4)));
console.log(`term entries: ${allTerms.length}; occurrences: ${allTerms.reduce((s, t) => s + t.count, 0)}`);
console.log('term entries by kind:', by(allTerms, (t) => t.kind));
console.log('term occurrences by kind:', occ);
console.log(`distinct canonical terms: ${canon.size}`);
for (const role of ['mining', 'heldout', 'blind'] as const) {
  const ts = arts.filter((a) => a.role === role).flatMap((a) => a.terms);
  console.log(`  ${role}: ${ts.length} entries, ${new Set(ts.map((t) => t.canonical)).size} distinct canonical`);
}
const minC = new Set(arts.filter((a) => a.role === 'mining').flatMap((a) => a.terms.map((t) => t.canonical)));
const held = new Set(arts.filter((a) => a.role === 'heldout').flatMap((a) => a.terms.map((t) => t.canonical)));
console.log(`  heldout canonical terms never seen in mining: ${[...held].filter((c) => !minC.has(c)).length} of ${held.size}`);
const seen = new Set([...minC, ...held]);
const blindC = new Set(arts.filter((a) => a.role === 'blind').flatMap((a) => a.terms.map((t) => t.canonical)));
console.log(`  blind canonical terms never seen in mining or heldout: ${[...blindC].filter((c) => !seen.has(c)).length} of ${blindC.size}`);
console.log(`quotedNotTerms: ${arts.reduce((s, a) => s + a.quotedNotTerms.length, 0)}; excerpts: ${arts.reduce((s, a) => s + a.excerpts.length, 0)} sentences`);
const top = [...canon.entries()].sort((x, y) => y[1].articles - x[1].articles || y[1].count - x[1].count).slice(0, 15);
console.log('most frequent (articles, occurrences):', top.map(([k, v]) => `${k} [${v.kind}] ${v.articles}/${v.count}`).join('; '));
if (errors.length) {
  for (const e of errors) console.error('ERROR', e);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('corpus OK');
