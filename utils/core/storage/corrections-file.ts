import { checkCorrection, type CorrectionProblem } from '../pinyin/corrections';
import type { SavedCorrection } from './corrections';

/**
 * The corrections as a file of their own (options → Export), and reading such a file back (Import).
 * Import adds: a word that already has a correction keeps it, so nothing the user saved is lost.
 */

export const CORRECTIONS_FILE_KIND = 'zhudu-corrections';

export interface CorrectionsFile {
  kind: typeof CORRECTIONS_FILE_KIND;
  version: 1;
  exportedAt: string;
  corrections: { word: string; reading: string; savedAt: string | null }[];
}

/** The export file's text: pretty JSON, so that a person can read and edit it. */
export function correctionsFileText(saved: readonly SavedCorrection[], now: number): string {
  const file: CorrectionsFile = {
    kind: CORRECTIONS_FILE_KIND,
    version: 1,
    exportedAt: new Date(now).toISOString(),
    corrections: saved.map(({ word, reading, savedAt }) => ({ word, reading, savedAt: savedAt === null ? null : new Date(savedAt).toISOString() })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ImportEntry {
  word: string;
  reading: string;
}

/** An entry that cannot be imported; `word` is `#n` (its place in the file) when it has no word. */
export interface RefusedEntry {
  word: string;
  problem: CorrectionProblem;
}

export type ReadFileResult = { entries: ImportEntry[]; refused: RefusedEntry[] } | { error: 'json' | 'shape' };

/** The entries of a file, in any of: ZhuDu's export, a list of {word, reading}, or an object word → reading. */
function rawEntries(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed;
  if (!parsed || typeof parsed !== 'object') return null;
  const file = parsed as Partial<CorrectionsFile>;
  if (file.kind === CORRECTIONS_FILE_KIND) return Array.isArray(file.corrections) ? file.corrections : null;
  return Object.entries(parsed).map(([word, reading]) => ({ word, reading }));
}

/**
 * Reads an import file entry by entry: each reading is checked as if typed in the card (so a file
 * may say hao3), and every entry that fails is reported with its reason, never silently dropped.
 */
export function readCorrectionsFile(text: string): ReadFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'json' };
  }
  const raw = rawEntries(parsed);
  if (!raw) return { error: 'shape' };
  const entries: ImportEntry[] = [];
  const refused: RefusedEntry[] = [];
  raw.forEach((item, index) => {
    const { word, reading } = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const label = typeof word === 'string' && word ? word : `#${index + 1}`;
    if (typeof word !== 'string') return refused.push({ word: label, problem: { kind: 'word' } });
    if (typeof reading !== 'string') return refused.push({ word: label, problem: { kind: 'empty' } });
    const checked = checkCorrection(word, reading);
    if ('problem' in checked) refused.push({ word: label, problem: checked.problem });
    else entries.push({ word, reading: checked.reading });
  });
  return { entries, refused };
}

export interface ImportReport {
  added: string[];
  /** Already saved with the same reading. */
  same: string[];
  /** Already saved with another reading, which stays. */
  kept: string[];
  refused: RefusedEntry[];
}

/**
 * What importing `entries` over the saved corrections changes (word → reading), and the report. Every
 * entry is checked again: the file was read in a page, the writer trusts no one.
 */
export function planImport(saved: ReadonlyMap<string, string>, entries: readonly ImportEntry[]): { changes: Record<string, string>; report: ImportReport } {
  const changes: Record<string, string> = {};
  const report: ImportReport = { added: [], same: [], kept: [], refused: [] };
  for (const { word, reading } of entries) {
    const checked = checkCorrection(String(word), String(reading));
    if ('problem' in checked) {
      report.refused.push({ word: String(word), problem: checked.problem });
      continue;
    }
    const existing = saved.get(word) ?? changes[word];
    if (existing === undefined) {
      changes[word] = checked.reading;
      report.added.push(word);
    } else {
      (existing === checked.reading ? report.same : report.kept).push(word);
    }
  }
  return { changes, report };
}
