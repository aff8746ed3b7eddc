// Prints the article paragraphs of a fixture page, split into sentences the same way as the pinyin set
// (after 。！？!? and any closing quotes), one "file<TAB>sentence" a line.
//   npx tsx tests/real-news/words/work/fixture-text.ts tests/fixtures/pages/zzrb-c1700001.html ...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export function fixtureParagraphs(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  // the article body is inside <div id="ozoom"> (e-paper) or the article content block (www); take its <p>s
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...body.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)]
    .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').trim())
    .filter((t) => /\p{Script=Han}/u.test(t) && !t.startsWith('Copyright'));
}

export function splitSentences(para: string): string[] {
  return [...para.matchAll(/[^。！？!?]*(?:[。！？!?]+[”’」』）)》]*|$)/gu)].map((m) => m[0]).filter((s) => s.trim());
}

if (process.argv[1]?.endsWith('fixture-text.ts')) {
  for (const f of process.argv.slice(2)) {
    fixtureParagraphs(f).forEach((p, i) => splitSentences(p).forEach((s, j) => console.log(`${basename(f)}\tp${i}s${j}\t${s}`)));
  }
}
