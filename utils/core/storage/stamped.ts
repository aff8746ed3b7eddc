/**
 * A stored item as a set of entries, each with the time it was last written. Settings are entries
 * keyed by field, corrections entries keyed by word: two browsers (or two parts of one) that change
 * different entries never undo each other, and for one entry the later write wins wherever the two
 * copies meet (a sync arrival, a service worker waking up).
 */
export interface Stamped {
  value: unknown;
  /** When it was written, ms since the epoch; 0 for values that predate stamps (migrated from version 1). */
  at: number;
}

export interface StampedRecord {
  version: 2;
  entries: Readonly<Record<string, Stamped>>;
}

export const EMPTY_RECORD: StampedRecord = { version: 2, entries: {} };

/** Whether a stored value has the version-2 shape; its entries are checked one by one when merged. */
export function isStampedRecord(raw: unknown): raw is StampedRecord {
  if (!raw || typeof raw !== 'object') return false;
  const { version, entries } = raw as Partial<StampedRecord>;
  return version === 2 && !!entries && typeof entries === 'object' && !Array.isArray(entries);
}

function isStamp(raw: unknown): raw is Stamped {
  return !!raw && typeof raw === 'object' && 'value' in raw && Number.isFinite((raw as Stamped).at) && (raw as Stamped).at >= 0;
}

/** JSON with object keys sorted: Firefox's sync storage hands values back with keys in another order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}

/** Whether `candidate` should replace `current`: later wins; at the same time the larger value, so every copy agrees. */
function newer(candidate: Stamped, current: Stamped | undefined): boolean {
  if (!current) return true;
  if (candidate.at !== current.at) return candidate.at > current.at;
  return canonical(candidate.value) > canonical(current.value);
}

/** Decides whether an entry that arrived from elsewhere may be kept: unknown keys and invalid values never are. */
export type EntryCheck = (key: string, value: unknown) => boolean;

/**
 * `base` with every valid entry of `incoming` that is newer than its own. Entries that fail `check`,
 * malformed stamps and a malformed `incoming` are ignored one by one, and never overwrite good data.
 *
 * @example merge({a: 1 @5, b: 2 @5}, {a: 9 @7, b: 'bad' @9}) → {a: 9 @7, b: 2 @5}, changed
 */
export function mergeRecords(base: StampedRecord, incoming: unknown, check: EntryCheck): { record: StampedRecord; changed: boolean } {
  if (!isStampedRecord(incoming)) return { record: base, changed: false };
  let entries: Record<string, Stamped> | null = null;
  for (const [key, stamp] of Object.entries(incoming.entries)) {
    if (!isStamp(stamp) || !check(key, stamp.value)) continue;
    const current = (entries ?? base.entries)[key];
    if (!newer(stamp, current)) continue;
    entries ??= { ...base.entries };
    entries[key] = { value: stamp.value, at: stamp.at };
  }
  return entries ? { record: { version: 2, entries }, changed: true } : { record: base, changed: false };
}

/** A stamp later than every stamp in `record` and not earlier than `now`: writes in one browser always move forward. */
export function nextStamp(record: StampedRecord, now: number): number {
  let latest = 0;
  for (const { at } of Object.values(record.entries)) if (at > latest) latest = at;
  return Math.max(now, latest + 1);
}

/** `record` with `changes` written at `at`; entries whose value is unchanged keep their old stamp. */
export function writeEntries(record: StampedRecord, changes: Readonly<Record<string, unknown>>, at: number): StampedRecord {
  let entries: Record<string, Stamped> | null = null;
  for (const [key, value] of Object.entries(changes)) {
    const current = record.entries[key];
    if (current && canonical(current.value) === canonical(value)) continue;
    entries ??= { ...record.entries };
    entries[key] = { value, at };
  }
  return entries ? { version: 2, entries } : record;
}

/** The value of every entry, by key. */
export function valuesOf(record: StampedRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record.entries).map(([key, { value }]) => [key, value]));
}
