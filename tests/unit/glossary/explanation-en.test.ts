import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../utils/core/glossary/index';
import { NATIONAL_FRONT_PAGE } from '../../../utils/core/glossary/data/national-a';
import { NATIONAL_PARTY } from '../../../utils/core/glossary/data/national-b';
import { NATIONAL_STRATEGY } from '../../../utils/core/glossary/data/national-d';
import { NATIONAL_POLITICS } from '../../../utils/core/glossary/data/national-e';

/** English sentences: a stop, then space and a capital (or the end). "No. 1" and "6G." mid-text do not split. */
function sentences(text: string): string[] {
  return text.split(/[.!?]["”’)]?(?:\s+(?=[A-Z"“‘(])|\s*$)/u).filter((s) => s.trim());
}

describe('glossary English explanations', () => {
  it('are one to three English sentences on one line wherever present', () => {
    const explained = GLOSSARY.filter((e) => e.explanation_en !== undefined);
    expect(explained.length).toBeGreaterThan(150);
    for (const entry of explained) {
      const text = entry.explanation_en!;
      expect(text.trim(), entry.id).not.toBe('');
      expect(text, entry.id).not.toMatch(/\n/);
      // A Han character may be quoted (a pun on 厂), but the note must be English, not Chinese.
      const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
      expect(han, `${entry.id} is not mostly English`).toBeLessThanOrEqual(text.length / 20);
      const count = sentences(text).length;
      expect(count, entry.id).toBeGreaterThanOrEqual(1);
      expect(count, entry.id).toBeLessThanOrEqual(3);
    }
  });

  it('are given for every national entry the English card shows from these data files', () => {
    for (const entry of [...NATIONAL_FRONT_PAGE, ...NATIONAL_PARTY, ...NATIONAL_STRATEGY, ...NATIONAL_POLITICS]) {
      expect(entry.explanation_en, entry.id).toBeTruthy();
    }
  });

  it('counts sentences the way the check above assumes', () => {
    expect(sentences('One. Two "three." Four.')).toHaveLength(3);
    expect(sentences('The 2023 No. 1 central document. It matters.')).toHaveLength(2);
  });
});
