import { isReadingShape } from '../pinyin/stored-reading';
import { EMPTY_RECORD, isStampedRecord, valuesOf, type Stamped, type StampedRecord } from './stamped';

/**
 * The user's own readings ("fix this reading"): entries keyed by word, holding the reading, or null
 * once the user deleted it. The null stays, so that a deletion travels through sync like any other
 * write and a copy from another browser cannot bring the word back.
 */
export function checkCorrectionEntry(word: string, value: unknown): boolean {
  if (value === null) return [...word].length > 0;
  // The shape only: every way in checked the syllables before the background stored them (see stored-reading.ts).
  return isReadingShape(word, value);
}

/** Word → reading, for every live correction of a record. */
export function correctionsOf(record: StampedRecord): Map<string, string> {
  const corrections = new Map<string, string>();
  for (const [word, value] of Object.entries(valuesOf(record))) {
    if (typeof value === 'string' && checkCorrectionEntry(word, value)) corrections.set(word, value);
  }
  return corrections;
}

/** A saved correction as the options page lists it; `savedAt` is null when it predates stamps (version 1). */
export interface SavedCorrection {
  word: string;
  reading: string;
  savedAt: number | null;
}

/** Stamps this small or smaller were given to version-1 values, not written at a real time. */
const UNDATED = 1;

/** Every live correction of a record, the most recently saved first. */
export function savedCorrections(record: StampedRecord): SavedCorrection[] {
  return Object.entries(record.entries)
    .filter(([word, { value }]) => typeof value === 'string' && checkCorrectionEntry(word, value))
    .map(([word, { value, at }]) => ({ word, reading: value as string, savedAt: at > UNDATED ? at : null }))
    .sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0) || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/** Version 1 stored word → reading; every valid one becomes an entry stamped 0. */
export function migrateCorrectionsV1(stored: unknown): StampedRecord {
  const entries: Record<string, Stamped> = {};
  if (stored && typeof stored === 'object') {
    for (const [word, reading] of Object.entries(stored as Record<string, unknown>)) {
      if (typeof reading !== 'string') continue;
      if (isReadingShape(word, reading)) entries[word] = { value: reading, at: 0 };
    }
  }
  return { version: 2, entries };
}

/** The corrections in whatever is stored: a version-2 record, a version-1 object, or garbage (none). */
export function normalizeCorrections(stored: unknown): Map<string, string> {
  if (stored === undefined || stored === null) return correctionsOf(EMPTY_RECORD);
  return correctionsOf(isStampedRecord(stored) ? stored : migrateCorrectionsV1(stored));
}
