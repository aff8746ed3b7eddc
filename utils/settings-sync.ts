import { browser } from '#imports';

/** Storage keys that follow the user to their other browsers. */
export const SYNCED_KEYS = ['settings', 'uiLanguage', 'corrections'] as const;

/** chrome.storage.sync and Firefox both allow 8192 bytes per item, counted over the key and the JSON. */
export const SYNC_ITEM_BYTES = 8_192;

export function fitsSync(key: string, value: unknown): boolean {
  return new TextEncoder().encode(key + JSON.stringify(value)).length <= SYNC_ITEM_BYTES;
}

/** JSON with object keys sorted: Firefox's sync storage hands values back with their keys in another order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> };

/**
 * Mirrors the small settings between storage.local (what every part of ZhuDu reads and watches) and
 * storage.sync. A value the user changes here goes to sync; a value that arrives from another browser
 * goes to local. Local is never pushed at startup: a new browser whose sync data has not arrived yet
 * would overwrite the user's settings with defaults. An item too large to sync (many corrections) is
 * taken out of sync, so that a stale copy can never come back over the local one.
 */
export function startSettingsSync(): () => void {
  const sync = (browser.storage as { sync?: Area }).sync;
  const local = browser.storage.local as unknown as Area;
  if (!sync) return () => {};
  const keys = new Set<string>(SYNCED_KEYS);
  // Our own writes to sync come back as sync changes. An echo of an older write must not overwrite a
  // newer local value (two quick toggles), so each write is remembered until its echo is seen.
  const echoes = new Map<string, string[]>();
  const isEcho = (key: string, value: unknown) => {
    const pending = echoes.get(key) ?? [];
    const at = pending.indexOf(canonical(value));
    if (at >= 0) pending.splice(at, 1);
    return at >= 0;
  };

  // A removal has no newValue (null in some implementations): nothing to copy, and never a reason to delete.
  const pull = async (key: string, value: unknown) => {
    if (value == null) return;
    const current = (await local.get(key))[key];
    if (!same(current, value)) await local.set({ [key]: value });
  };
  const push = async (key: string, value: unknown) => {
    if (value == null) return;
    if (!fitsSync(key, value)) return sync.remove(key);
    const current = (await sync.get(key))[key];
    if (same(current, value)) return;
    const pending = echoes.get(key) ?? [];
    echoes.set(key, [...pending.slice(-9), canonical(value)]);
    await sync.set({ [key]: value });
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const [key, change] of Object.entries(changes)) {
      if (!keys.has(key)) continue;
      if (area === 'local') void push(key, change.newValue).catch(() => {});
      if (area === 'sync' && !isEcho(key, change.newValue)) void pull(key, change.newValue).catch(() => {});
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  for (const key of keys) void sync.get(key).then((got) => pull(key, got[key])).catch(() => {});
  return () => browser.storage.onChanged.removeListener(onChanged);
}
