/**
 * Validates tests/real-news/summary/set.jsonl and prints its totals.
 * Run: npx tsx tests/real-news/summary/check-set.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LABELS = ['金额', '日期', '地点', '机构', '人物', '数量'];
interface Item {
  id: string; source: string; outlet: string; date: string; title: string | null; subtitle: string | null;
  text: string; reference: string; reporters: string[]; correspondents: string[]; sourceLine: string | null;
  facts: { label: string; text: string }[]; note?: string;
}
/** Han characters, letters and digits: what “60–120 characters” counts (no spaces or punctuation). */
export const refLength = (s: string) => (s.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []).length;

const lines = readFileSync(join(here, 'set.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const errors: string[] = [];
const warnings: string[] = [];
const items: Item[] = [];
lines.forEach((line, i) => {
  try { items.push(JSON.parse(line) as Item); } catch { errors.push(`line ${i + 1}: not JSON`); }
});
const ids = new Set<string>();
for (const it of items) {
  const id = it.id ?? '(no id)';
  const err = (m: string) => errors.push(`${id}: ${m}`);
  if (!it.id || ids.has(it.id)) err('missing or duplicate id');
  ids.add(it.id);
  for (const f of ['id', 'source', 'outlet', 'date', 'title', 'subtitle', 'text', 'reference', 'reporters', 'correspondents', 'sourceLine', 'facts'])
    if (!(f in it)) err(`field ${f} missing`);
  if (!/^https?:\/\//.test(it.source)) err('source is not a URL');
  if (!/^(2023|2024|2025|2026)(-\d\d(-\d\d)?)?$/.test(it.date)) err(`date ${it.date} not 2023–2026`);
  if (it.title !== null && typeof it.title !== 'string') err('title must be string or null');
  if (it.subtitle !== null && typeof it.subtitle !== 'string') err('subtitle must be string or null');
  if (typeof it.text !== 'string' || !it.text) err('no text');
  const len = [...it.text].length;
  if (len < 400 || len > 2500) warnings.push(`${id}: text is ${len} characters (outside 400–2500)`);
  const rl = refLength(it.reference ?? '');
  if (rl < 60 || rl > 120) err(`reference has ${rl} characters (60–120)`);
  if (!/[。！？]$/.test(it.reference ?? '')) err('reference does not end a sentence');
  const hay = `${it.title ?? ''}\n${it.subtitle ?? ''}\n${it.text}`;
  if (!Array.isArray(it.facts) || it.facts.length < 5 || it.facts.length > 10) err(`facts: ${it.facts?.length} (5–10)`);
  for (const f of it.facts ?? []) {
    if (!LABELS.includes(f.label)) err(`fact label ${f.label}`);
    if (!hay.includes(f.text)) err(`fact “${f.text}” not in title+text`);
  }
  for (const r of [...(it.reporters ?? []), ...(it.correspondents ?? [])])
    if (!it.text.includes(r)) err(`name ${r} not in text`);
  if (it.sourceLine !== null && !it.text.includes(it.sourceLine)) err(`sourceLine ${it.sourceLine} not in text`);
  // the reference is a summary, not a copy: no run of 16+ characters copied from the text
  const ref = it.reference ?? '';
  for (let i = 0; i + 16 <= ref.length; i++) if (it.text.includes(ref.slice(i, i + 16))) { err(`reference copies “${ref.slice(i, i + 16)}”`); break; }
}
const by = (f: (x: Item) => string) => items.reduce<Record<string, number>>((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + 1), m), {});
console.log(`items: ${items.length}`);
console.log('by outlet:', by((x) => x.outlet));
console.log('by year:', by((x) => x.date.slice(0, 4)));
const lens = items.map((x) => [...x.text].length).sort((a, b) => a - b);
console.log(`text length: min ${lens[0]}, median ${lens[Math.floor(lens.length / 2)]}, max ${lens[lens.length - 1]}`);
const rls = items.map((x) => refLength(x.reference));
console.log(`reference length: min ${Math.min(...rls)}, max ${Math.max(...rls)}, mean ${(rls.reduce((a, b) => a + b, 0) / rls.length).toFixed(1)}`);
console.log(`with reporters: ${items.filter((x) => x.reporters.length).length}; with correspondents: ${items.filter((x) => x.correspondents.length).length}; with sourceLine: ${items.filter((x) => x.sourceLine).length}; title null: ${items.filter((x) => x.title === null).length}`);
console.log(`facts: ${items.reduce((s, x) => s + x.facts.length, 0)}`, items.flatMap((x) => x.facts).reduce<Record<string, number>>((m, f) => ((m[f.label] = (m[f.label] ?? 0) + 1), m), {}));
if (items.length < 15) errors.push(`only ${items.length} items; issue 15 asks for at least 15`);
if (Object.keys(by((x) => x.outlet.replace(/（.*$/, ''))).length < 4) errors.push('fewer than 4 outlets');
for (const w of warnings) console.warn('WARNING', w);
if (errors.length) { for (const e of errors) console.error('ERROR', e); console.error(`${errors.length} error(s)`); process.exit(1); }
console.log('set OK');
