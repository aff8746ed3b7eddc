/**
 * Anki cards of an article: one row per glossary term found on the page, then one per word the user
 * looked up there. Pure, so the study sheet and the tests build the same file.
 */
export interface CardRow {
  term: string;
  pinyin: string;
  /** What it means, for learners. */
  gloss: string;
  /** The English rendering (the official one when there is one), or a place's romanised name. */
  english: string;
  /** The sentence of the article the word was looked up in ('' for terms found without a lookup). */
  sentence: string;
  sourceUrl: string;
}

export const CSV_COLUMNS = ['Term', 'Pinyin', 'Gloss', 'English', 'Sentence', 'Source URL'] as const;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The UTF-8 byte-order mark both files start with: Excel takes a CSV for UTF-8 only when it is there
 * (without it Chinese turns to mojibake); Anki and most CSV readers skip it.
 */
export const UTF8_BOM = '\uFEFF';

function cardLines(rows: readonly CardRow[]): string[] {
  return rows.map((row) => [row.term, row.pinyin, row.gloss, row.english, row.sentence, row.sourceUrl].map(field).join(','));
}

/**
 * CSV with Anki's file headers (Anki 2.1.55 and later read them: comma-separated, plain text, the
 * column names to map to note fields), one card per line, CRLF as RFC 4180 has it.
 */
export function toAnkiCsv(rows: readonly CardRow[]): string {
  const header = ['#separator:Comma', '#html:false', `#columns:${CSV_COLUMNS.join(',')}`];
  return UTF8_BOM + [...header, ...cardLines(rows)].join('\r\n') + '\r\n';
}

/**
 * The same cards for spreadsheets and other CSV readers, which would take Anki's `#` lines for rows:
 * one plain header row of column names, then the cards.
 */
export function toSpreadsheetCsv(rows: readonly CardRow[]): string {
  return UTF8_BOM + [CSV_COLUMNS.join(','), ...cardLines(rows)].join('\r\n') + '\r\n';
}

/** Parses what toAnkiCsv or toSpreadsheetCsv wrote (for tests and for anyone checking a file): byte-order mark and `#` lines skipped. */
export function parseAnkiCsv(text: string): string[][] {
  const csv = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\n') {
      row.push(value.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (value || row.length) rows.push([...row, value]);
  return rows.filter((r) => !(r.length === 1 && r[0]!.startsWith('#')) && !r[0]?.startsWith('#'));
}

/** Drops looked-up words that are already cards as terms; a term looked up keeps the sentence it was looked up in. */
export function mergeCards(terms: readonly CardRow[], lookups: readonly CardRow[]): CardRow[] {
  const sentences = new Map(lookups.map((row) => [row.term, row.sentence]));
  const seen = new Set(terms.map((row) => row.term));
  return [
    ...terms.map((row) => (row.sentence || !sentences.get(row.term) ? row : { ...row, sentence: sentences.get(row.term)! })),
    ...lookups.filter((row) => !seen.has(row.term) && (seen.add(row.term), true)),
  ];
}
