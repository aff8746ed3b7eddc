import { describe, expect, it } from 'vitest';
import { GLOSSARY, relatedEntries } from '../../../utils/core/glossary/index';

const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;

describe('relatedEntries', () => {
  it('goes both ways: 三个高地 → 三高四新 and back', () => {
    expect(relatedEntries(GLOSSARY, entry('san-ge-gao-di')).map((e) => e.id)).toContain('san-gao-si-xin');
    expect(relatedEntries(GLOSSARY, entry('san-gao-si-xin')).map((e) => e.id)).toContain('san-ge-gao-di');
  });

  it('lists each entry once, never the entry itself, and only entries that exist', () => {
    for (const from of GLOSSARY) {
      const ids = relatedEntries(GLOSSARY, from).map((e) => e.id);
      expect(new Set(ids).size, from.id).toBe(ids.length);
      expect(ids, from.id).not.toContain(from.id);
    }
  });
});
