// Validates tests/real-news/pinyin/gold.jsonl and prints its totals.
//
//   npx tsx tests/real-news/pinyin/check-gold.ts [path/to/gold.jsonl]
//
// Every line must be a JSON object {id, source, outlet, date, text, pinyin[, alt]} where
//  - id is unique and looks like a03-s07;
//  - pinyin has exactly one syllable per Han character of text (Unicode Script=Han, so 〇 counts; digits,
//    Latin letters and punctuation get none), in order;
//  - every syllable is a lower-case Putonghua syllable with at most one tone mark, on the vowel that carries it
//    (a/e first, then the o of ou, else the last vowel); a syllable without a mark is a neutral tone;
//  - alt, if present, maps a 0-based Han index (as a string) to a non-empty list of other valid syllables.
// Exits with status 1 on the first line that breaks a rule (after listing every problem).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HAN = /\p{Script=Han}/u;

const BASES = new Set(`
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui
chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du
duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua
guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hng hong hou hu hua huai huan huang hui hun huo ji jia
jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü
lüe m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng
ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao
pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou
ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong
tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao
zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
`.trim().split(/\s+/));

const MARKED: Record<string, [string, number]> = {};
for (const [base, forms] of Object.entries({ a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' })) {
  [...forms].forEach((f, k) => { MARKED[f] = [base, k + 1]; });
}

/** Returns null if s is a valid syllable, else the reason. */
export function syllableProblem(s: string): string | null {
  if (typeof s !== 'string' || s === '') return 'empty';
  if (s !== s.normalize('NFC')) return 'not NFC';
  let base = '';
  let markAt = -1;
  for (const ch of s) {
    if (MARKED[ch]) {
      if (markAt >= 0) return 'two tone marks';
      markAt = [...base].length;
      base += MARKED[ch][0];
    } else if (/^[a-zü]$/.test(ch)) base += ch;
    else return `bad character ${JSON.stringify(ch)}`;
  }
  if (!BASES.has(base)) return `not a Putonghua syllable (${base})`;
  if (markAt >= 0) {
    const chars = [...base];
    let want: number;
    if (base.includes('a')) want = chars.indexOf('a');
    else if (base.includes('e')) want = chars.indexOf('e');
    else if (base.includes('ou')) want = chars.indexOf('o');
    else {
      want = -1;
      chars.forEach((c, k) => { if ('iouü'.includes(c)) want = k; });
    }
    if (want !== markAt) return 'tone mark on the wrong vowel';
  }
  return null;
}

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? join(here, 'gold.jsonl');
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const problems: string[] = [];
const ids = new Set<string>();
const articles = new Set<string>();
const outlets = new Map<string, Set<string>>();
let han = 0;
let syllablesWithAlt = 0;
lines.forEach((line, n) => {
  const where = `line ${n + 1}`;
  let o: Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON line, checked field by field below
  try { o = JSON.parse(line); } catch { problems.push(`${where}: not JSON`); return; }
  for (const k of ['id', 'source', 'outlet', 'date', 'text']) {
    if (typeof o[k] !== 'string' || o[k] === '') problems.push(`${where}: missing ${k}`);
  }
  if (!/^a\d\d-s\d\d$/.test(o.id ?? '')) problems.push(`${where}: id ${o.id} is not like a03-s07`);
  if (ids.has(o.id)) problems.push(`${where}: duplicate id ${o.id}`);
  ids.add(o.id);
  if (!/^20(2[3-6])-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(o.date ?? '')) problems.push(`${where}: date ${o.date} is not 2023–2026 YYYY-MM[-DD]`);
  const hanChars = [...(o.text ?? '')].filter((c) => HAN.test(c));
  if (!Array.isArray(o.pinyin)) { problems.push(`${where}: pinyin is not an array`); return; }
  if (o.pinyin.length !== hanChars.length) {
    problems.push(`${where} (${o.id}): ${o.pinyin.length} syllables for ${hanChars.length} Han characters`);
  }
  o.pinyin.forEach((s: string, k: number) => {
    const p = syllableProblem(s);
    if (p) problems.push(`${where} (${o.id}): syllable ${k} ${JSON.stringify(s)} for ${hanChars[k]}: ${p}`);
  });
  if (o.alt !== undefined) {
    if (typeof o.alt !== 'object' || o.alt === null || Array.isArray(o.alt)) problems.push(`${where}: alt is not an object`);
    else for (const [key, list] of Object.entries(o.alt)) {
      const k = Number(key);
      if (!/^\d+$/.test(key) || k >= hanChars.length) { problems.push(`${where} (${o.id}): alt index ${key} out of range`); continue; }
      if (!Array.isArray(list) || list.length === 0) { problems.push(`${where} (${o.id}): alt ${key} is not a non-empty list`); continue; }
      for (const s of list as string[]) {
        const p = syllableProblem(s);
        if (p) problems.push(`${where} (${o.id}): alt ${key} ${JSON.stringify(s)}: ${p}`);
        if (s === o.pinyin[k]) problems.push(`${where} (${o.id}): alt ${key} repeats the gold syllable`);
      }
      syllablesWithAlt += 1;
    }
  }
  const extra = Object.keys(o).filter((k) => !['id', 'source', 'outlet', 'date', 'text', 'pinyin', 'alt'].includes(k));
  if (extra.length) problems.push(`${where}: unexpected field(s) ${extra.join(', ')}`);
  han += hanChars.length;
  articles.add(o.source);
  if (!outlets.has(o.outlet)) outlets.set(o.outlet, new Set());
  outlets.get(o.outlet)!.add(o.source);
});

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in ${file}`);
  process.exit(1);
}
console.log(`pinyin gold OK: ${lines.length} sentences, ${han} Han characters (= syllables), ${articles.size} articles, ${syllablesWithAlt} syllables with an alternative`);
for (const [outlet, srcs] of [...outlets.entries()].sort()) console.log(`  ${outlet}: ${srcs.size} article(s)`);
