import { checkCorrection, isStoredCorrection, type SavedCorrection } from '../core/pinyin/corrections';
import { correctionsOf } from '../core/storage/corrections';
import { planImport, type ImportEntry, type ImportReport } from '../core/storage/corrections-file';
import { ITEM_NAMES, STORED_ITEMS, syncCopy, type ItemName, type StoredItem } from '../core/storage/schema';
import { isValidChange, resetChange, settingsEntries, settingsOf, type Settings, type SettingsChange } from '../core/storage/settings';
import {
  canonical,
  EMPTY_RECORD,
  isStampedRecord,
  mergeRecords,
  nextStamp,
  writeEntries,
  type EntryCheck,
  type StampedRecord,
} from '../core/storage/stamped';

/** The part of a storage area the owner uses (browser.storage.local / .sync, or a test double). */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageEvents {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export interface StorageOwner {
  /** Migrates what version 1 stored, then meets sync (both ways, entry by entry). Resolves when done. */
  readonly ready: Promise<void>;
  changeSettings(change: SettingsChange | ((current: Settings) => SettingsChange)): Promise<Settings>;
  resetSettings(): Promise<Settings>;
  /**
   * Stores a reading for a word, or deletes the word's correction (null); answers what was wrong, or the
   * reading stored. `shown`, the syllables the card shows, gives a "no tone" message its examples.
   */
  saveCorrection(word: string, reading: string | null, shown?: readonly string[]): Promise<SavedCorrection>;
  /** Adds the entries for words that have no correction yet; a saved correction is never replaced. */
  importCorrections(entries: readonly ImportEntry[]): Promise<ImportReport>;
  deleteAllCorrections(): Promise<void>;
  stop(): void;
}

/** Every entry of `record` stamped `at`. */
function restamp(record: StampedRecord, at: number): StampedRecord {
  return { version: 2, entries: Object.fromEntries(Object.entries(record.entries).map(([key, { value }]) => [key, { value, at }])) };
}

/**
 * What the owner keeps, by storage key: the schema's check, and for corrections also the syllable
 * inventory, which only the background carries (a page checks the shape alone).
 */
const STRICTER: Readonly<Record<string, EntryCheck>> = { [STORED_ITEMS.corrections.key]: isStoredCorrection };
const checkOf = (item: StoredItem): EntryCheck => STRICTER[item.key] ?? item.check;

/** Pushes to sync wait this long after a write, so a burst of changes is one sync write (sync has write quotas). */
const PUSH_DELAY_MS = 250;

/**
 * The one writer of ZhuDu's storage, in the background. Every change is applied to the current
 * stored record as an update of its own entries, one at a time in arrival order, so that changes
 * from the popup, the options, commands and pages at the same moment all survive, and a command
 * run twice toggles twice. It also owns local ⇄ sync: entries meet by their stamps (the later
 * write wins, per field and per word), nothing invalid from sync is ever written over good local
 * data, and waking up never copies sync over local wholesale (a write that woke the worker stays).
 */
export function createStorageOwner(
  local: StorageArea,
  sync: StorageArea | undefined,
  events: StorageEvents,
  now: () => number = Date.now,
  timers: { set: (run: () => void, ms: number) => unknown; clear: (id: unknown) => void } = {
    set: (run, ms) => setTimeout(run, ms),
    clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): StorageOwner {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs tasks one after another; a failed task does not stop the ones after it. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const readLocal = async (item: StoredItem): Promise<StampedRecord> => {
    const value = (await local.get(item.key))[item.key];
    return isStampedRecord(value) ? mergeRecords(EMPTY_RECORD, value, checkOf(item)).record : EMPTY_RECORD;
  };
  /** Drops from local what the owner would never have written (a value only shaped like a reading). */
  const scrub = async (item: StoredItem) => {
    const value = (await local.get(item.key))[item.key];
    if (!isStampedRecord(value)) return;
    const kept = await readLocal(item);
    if (Object.keys(kept.entries).length < Object.keys(value.entries).length) await writeLocal(item, kept);
  };
  const writeLocal = (item: StoredItem, record: StampedRecord) => local.set({ [item.key]: record });

  const migrate = async (item: StoredItem) => {
    const legacy = await local.get([...item.legacyKeys]);
    const present = item.legacyKeys.filter((key) => legacy[key] !== undefined);
    if (present.length === 0 || (isStampedRecord(legacy[item.key]) && present.length === 1)) return;
    const current = legacy[item.key];
    // This browser's own version-1 values count as written at 1: older than any new write, newer than
    // another browser's version-1 copy found in sync at start-up (0), so that copy cannot replace them.
    const record = isStampedRecord(current) ? mergeRecords(EMPTY_RECORD, current, checkOf(item)).record : restamp(item.migrate(legacy), 1);
    await writeLocal(item, record);
    const stale = present.filter((key) => key !== item.key);
    if (stale.length > 0) await local.remove(stale);
  };

  /**
   * Takes what sync holds into local. A version-1 value (another browser still on ZhuDu 0.1) has no
   * stamps: arriving as a change it counts as written now; found at start-up it counts as old.
   */
  const pull = async (item: StoredItem, incoming: unknown, arrivedNow: boolean) => {
    if (incoming === undefined || incoming === null) return;
    const record = isStampedRecord(incoming) ? incoming : restamp(item.migrate({ [item.key]: incoming }), arrivedNow ? now() : 0);
    const current = await readLocal(item);
    const merged = mergeRecords(current, record, checkOf(item));
    if (merged.changed) await writeLocal(item, merged.record);
  };

  /** Brings sync up to date with local: what sync has that is newer comes to local first, then local's copy goes out. */
  const push = async (item: StoredItem) => {
    if (!sync) return;
    const inSync = (await sync.get(item.key))[item.key];
    await pull(item, inSync, false);
    const copy = syncCopy(item, await readLocal(item));
    if (isStampedRecord(inSync) && canonical(inSync) === canonical(copy)) return;
    if (Object.keys(copy.entries).length === 0 && inSync === undefined) return;
    await sync.set({ [item.key]: copy });
  };

  const pushTimers = new Map<ItemName, unknown>();
  const schedulePush = (name: ItemName) => {
    if (!sync || pushTimers.has(name)) return;
    pushTimers.set(
      name,
      timers.set(() => {
        pushTimers.delete(name);
        void serial(() => push(STORED_ITEMS[name])).catch(() => {});
      }, PUSH_DELAY_MS),
    );
  };

  const nameOfKey = (key: string) => ITEM_NAMES.find((name) => STORED_ITEMS[name].key === key);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const [key, change] of Object.entries(changes)) {
      const name = nameOfKey(key);
      if (!name) continue;
      if (area === 'sync') void serial(() => pull(STORED_ITEMS[name], change.newValue, true)).catch(() => {});
      if (area === 'local') schedulePush(name);
    }
  };
  events.addListener(onChanged);

  const ready = serial(async () => {
    for (const name of ITEM_NAMES) await migrate(STORED_ITEMS[name]);
    for (const name of ITEM_NAMES) await scrub(STORED_ITEMS[name]);
    for (const name of ITEM_NAMES) {
      try {
        await push(STORED_ITEMS[name]);
      } catch {
        // Sync unavailable or over quota: local stays as it is and the next write tries again.
      }
    }
  });

  const update = (name: ItemName, entries: (record: StampedRecord) => Record<string, unknown>) =>
    serial(async () => {
      const item: StoredItem = STORED_ITEMS[name];
      const current = await readLocal(item);
      const changes = entries(current);
      for (const [key, value] of Object.entries(changes)) if (!checkOf(item)(key, value)) throw new Error(`ZhuDu: not a valid ${name} entry: ${key}`);
      const next = writeEntries(current, changes, nextStamp(current, now()));
      if (next !== current) await writeLocal(item, next);
      return next;
    });

  const changeSettings = async (change: SettingsChange | ((current: Settings) => SettingsChange)) => {
    let refused = false;
    const record = await update('settings', (current) => {
      const wanted = typeof change === 'function' ? change(settingsOf(current)) : change;
      if (isValidChange(wanted)) return settingsEntries(wanted);
      refused = true;
      return {};
    });
    if (refused) throw new Error('ZhuDu: invalid settings change');
    return settingsOf(record);
  };

  return {
    ready,
    changeSettings,
    resetSettings: () => changeSettings((current) => resetChange(current)),
    async saveCorrection(word, reading, shown = []) {
      if (reading !== null) {
        const checked = checkCorrection(word, reading, shown);
        if ('problem' in checked) return { problem: checked.problem };
        reading = checked.reading;
      }
      await update('corrections', () => ({ [word]: reading }));
      return reading === null ? {} : { reading };
    },
    async importCorrections(entries) {
      let report: ImportReport | undefined;
      await update('corrections', (current) => {
        const plan = planImport(correctionsOf(current), Array.isArray(entries) ? entries : []);
        report = plan.report;
        return plan.changes;
      });
      return report!;
    },
    async deleteAllCorrections() {
      await update('corrections', (current) => Object.fromEntries([...correctionsOf(current).keys()].map((word) => [word, null])));
    },
    stop() {
      events.removeListener(onChanged);
      for (const id of pushTimers.values()) timers.clear(id);
      pushTimers.clear();
    },
  };
}
