/**
 * Reads CC-CEDICT's text format: `#` comment lines (`#! date=…` among them), then one entry a line,
 *
 *   傳統 传统 [chuan2 tong3] /tradition/traditional/convention/CL:個|个[ge4]/
 *
 * traditional, simplified, numbered pinyin in brackets, and senses between slashes.
 */

export interface CedictLine {
  traditional: string;
  simplified: string;
  pinyin: string;
  senses: string[];
}

export interface CedictText {
  /** `YYYY-MM-DD` from the `#! date=` header, when there is one. */
  date: string | undefined;
  lines: CedictLine[];
}

const ENTRY = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/$/;
const DATE = /^#!\s*date=(\d{4}-\d{2}-\d{2})/;

/** Parses a whole CEDICT file; throws on a line that is neither a comment nor an entry. */
export function parseCedict(text: string): CedictText {
  let date: string | undefined;
  const lines: CedictLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '') return;
    if (line.startsWith('#')) {
      date ??= DATE.exec(line)?.[1];
      return;
    }
    const parsed = parseCedictLine(line);
    if (!parsed) throw new Error(`CEDICT line ${i + 1} is not an entry: ${line}`);
    lines.push(parsed);
  });
  return { date, lines };
}

/** One entry line, or undefined when it does not have the entry shape. Empty senses are dropped. */
export function parseCedictLine(line: string): CedictLine | undefined {
  const match = ENTRY.exec(line);
  if (!match) return undefined;
  const [, traditional = '', simplified = '', pinyin = '', senses = ''] = match;
  return { traditional, simplified, pinyin, senses: senses.split('/').filter((sense) => sense !== '') };
}
