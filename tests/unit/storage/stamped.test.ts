import { describe, expect, it } from 'vitest';
import { canonical, EMPTY_RECORD, mergeRecords, nextStamp, writeEntries, type StampedRecord } from '@/utils/core/storage/stamped';

const record = (entries: Record<string, [unknown, number]>): StampedRecord => ({
  version: 2,
  entries: Object.fromEntries(Object.entries(entries).map(([key, [value, at]]) => [key, { value, at }])),
});
const numbersOnly = (_key: string, value: unknown) => typeof value === 'number';

describe('stamped records', () => {
  it('merge entry by entry: the later write of each entry wins, the others stay', () => {
    const local = record({ a: [1, 5], b: [2, 9] });
    const { record: merged, changed } = mergeRecords(local, record({ a: [7, 6], b: [8, 3], c: [3, 1] }), numbersOnly);
    expect(changed).toBe(true);
    expect(merged).toEqual(record({ a: [7, 6], b: [2, 9], c: [3, 1] }));
  });

  it('ignore what is invalid, one entry at a time, and never replace good data with it', () => {
    const local = record({ a: [1, 5] });
    expect(mergeRecords(local, record({ a: ['garbage', 99] }), numbersOnly)).toEqual({ record: local, changed: false });
    expect(mergeRecords(local, { version: 2, entries: { a: { value: 4 } } }, numbersOnly).changed).toBe(false); // no stamp
    expect(mergeRecords(local, { version: 2, entries: { a: { value: 4, at: -1 } } }, numbersOnly).changed).toBe(false);
    for (const garbage of [null, 'x', 42, [], { version: 1 }, { version: 2, entries: [] }]) {
      expect(mergeRecords(local, garbage, numbersOnly)).toEqual({ record: local, changed: false });
    }
  });

  it('agree on the same result whichever side merges, also for two writes stamped alike', () => {
    const a = record({ x: [1, 5] });
    const b = record({ x: [2, 5] });
    expect(canonical(mergeRecords(a, b, numbersOnly).record)).toBe(canonical(mergeRecords(b, a, numbersOnly).record));
  });

  it('stamp every write after the latest one, even with a clock that went back', () => {
    expect(nextStamp(record({ a: [1, 500] }), 100)).toBe(501);
    expect(nextStamp(EMPTY_RECORD, 100)).toBe(100);
  });

  it('write only what changed: an unchanged value keeps its stamp', () => {
    const local = record({ a: [1, 5], b: [2, 5] });
    expect(writeEntries(local, { a: 1 }, 9)).toBe(local);
    expect(writeEntries(local, { a: 1, b: 3 }, 9)).toEqual(record({ a: [1, 5], b: [3, 9] }));
  });
});
