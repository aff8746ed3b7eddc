import { describe, expect, it } from 'vitest';
import { GLOSSARY, ORDINARY_QUOTES, SCOPES, type GlossaryEntry } from '../../../utils/core/glossary/index';
import { foldPattern } from '../../../utils/core/glossary/fold';
import { entryForms, mayStandBare } from '../../../utils/core/glossary/forms';

const NUMERAL: Record<string, number> = { 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The count a numbered slogan announces: 三个高地 → 3, 中央八项规定 → 8, 六稳 → 6; otherwise undefined. */
function announcedCount(term: string): number | undefined {
  // Everyday words that count nothing of the slogan's own (走遍五大洲: the world's continents).
  const counted = /([二两三四五六七八九十])(?:个|大|项|件|条|种|样|类)/u.exec(term.replace(/[四五七]大[洲洋]/gu, ''));
  if (counted) return NUMERAL[counted[1]!];
  const short = /^([二两双三四五六七八九十])\p{Script=Han}$/u.exec(term);
  return short ? NUMERAL[short[1]!] : undefined;
}

const describeEntry = (entry: GlossaryEntry) => `${entry.id} (${entry.term})`;

describe('glossary entries', () => {
  it('holds at least 150 entries in every scope and status', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(150);
    const byScope = Object.fromEntries(SCOPES.map((s) => [s, GLOSSARY.filter((e) => e.scope === s).length]));
    for (const scope of SCOPES) expect(byScope[scope], scope).toBeGreaterThanOrEqual(20);
    for (const status of ['verified', 'partial', 'unverified'] as const) {
      expect(GLOSSARY.some((e) => e.status === status), status).toBe(true);
    }
  });

  it('has unique ASCII-slug ids, sorted', () => {
    const ids = GLOSSARY.map((e) => e.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a.localeCompare(b))).toEqual(ids);
  });

  it('gives every term, alias and quote-only form to exactly one entry', () => {
    const owner = new Map<string, string>();
    for (const entry of GLOSSARY) {
      expect(entry.term, describeEntry(entry)).not.toMatch(/[“”‘’"'「」『』]/);
      for (const { form, folded } of entryForms(entry)) {
        expect(folded.length, `${describeEntry(entry)}: ${form}`).toBeGreaterThan(1);
        const previous = owner.get(folded);
        expect(previous, `${form} is in ${previous} and ${entry.id}`).toBeUndefined();
        owner.set(folded, entry.id);
      }
      for (const form of entry.quotedOnly ?? []) {
        const isVariant = form === entry.term || !entry.aliases.includes(form);
        expect(isVariant, `${form} is both an alias and quote-only`).toBe(true);
      }
      // A strictly quoted form is a quote-only form that would otherwise be let stand bare.
      const quoted = new Set(entry.quotedOnly ?? []);
      for (const form of entry.strictlyQuoted ?? []) {
        expect(quoted.has(form), `${form} is strictly quoted but not quote-only`).toBe(true);
        expect(mayStandBare(form, new Set()), `${form} needs quotes anyway; drop it from strictlyQuoted`).toBe(true);
      }
    }
  });

  it('has one-line glosses, a short explanation and English', () => {
    for (const entry of GLOSSARY) {
      const name = describeEntry(entry);
      for (const text of [entry.gloss_zh, entry.gloss_en, entry.english.text]) {
        expect(text.trim(), name).not.toBe('');
        expect(text, name).not.toMatch(/\n/);
      }
      const sentences = entry.explanation_zh.split(/[。！？]/).filter((s) => s.trim()).length;
      expect(sentences, name).toBeGreaterThanOrEqual(1);
      expect(sentences, name).toBeLessThanOrEqual(3);
      expect(typeof entry.english.official, name).toBe('boolean');
    }
  });

  // Addresses and print citations are checked in hygiene.test.ts.
  it('tells every entry apart in a list: no two share a one-line gloss in either language', () => {
    for (const field of ['gloss_zh', 'gloss_en'] as const) {
      const seen = new Map<string, string>();
      for (const entry of GLOSSARY) {
        expect(seen.get(entry[field]), `${entry.id} repeats the ${field} of ${seen.get(entry[field])}`).toBeUndefined();
        seen.set(entry[field], entry.id);
      }
    }
  });

  it('cites at least one source with a publisher', () => {
    for (const entry of GLOSSARY) {
      expect(entry.sources.length, describeEntry(entry)).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(source.publisher.trim(), describeEntry(entry)).not.toBe('');
        if (source.date) expect(source.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      }
    }
  });

  // A page has one publisher and one date, whichever entry cites it; what it shows for that entry goes in the note.
  it('describes each cited address one way across all entries', () => {
    const described = new Map<string, { text: string; by: string }>();
    for (const entry of GLOSSARY) {
      for (const { url, publisher, date, page } of entry.sources) {
        if (!url) continue;
        const text = [publisher, date ?? 'no date', page ?? 'no page'].join(' · ');
        const first = described.get(url);
        if (first) expect(text, `${url} in ${describeEntry(entry)} and ${first.by}`).toBe(first.text);
        else described.set(url, { text, by: describeEntry(entry) });
      }
    }
    expect(described.size).toBeGreaterThan(500);
  });

  it('never speaks of the project’s own files or of addresses built from a pattern', () => {
    // Sources must be pages someone read; the reader-facing text must not leak repository paths.
    const inSources = /shared\/|seed|fixture|pattern/i;
    const inText = /shared\/|fixture|(?:url|address|e-paper) pattern/i;
    for (const entry of GLOSSARY) {
      for (const source of entry.sources) {
        for (const text of [source.url, source.publisher, source.note, source.page]) {
          if (text) expect(text, describeEntry(entry)).not.toMatch(inSources);
        }
      }
      const texts = [entry.gloss_zh, entry.gloss_en, entry.explanation_zh, entry.explanation_en, entry.missing];
      for (const text of texts) if (text) expect(text, describeEntry(entry)).not.toMatch(inText);
    }
  });

  it('explains every Hunan and Zhuzhou entry in English too, in one to three sentences', () => {
    for (const entry of GLOSSARY.filter((e) => e.scope !== 'national')) {
      const text = entry.explanation_en?.trim() ?? '';
      expect(text, describeEntry(entry)).not.toBe('');
      const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/u).filter((s) => s.trim()).length;
      expect(sentences, describeEntry(entry)).toBeLessThanOrEqual(3);
    }
  });

  it('says what is missing exactly when an entry is not verified', () => {
    for (const entry of GLOSSARY) {
      expect(['verified', 'partial', 'unverified']).toContain(entry.status);
      if (entry.status === 'verified') expect(entry.missing, describeEntry(entry)).toBeUndefined();
      else expect(entry.missing?.trim(), describeEntry(entry)).toBeTruthy();
    }
  });

  it('lists as many items as a numbered slogan announces, unless it says which are missing', () => {
    const numbered = GLOSSARY.filter((e) => announcedCount(e.term) !== undefined);
    expect(numbered.length).toBeGreaterThan(25);
    for (const entry of numbered) {
      const expected = announcedCount(entry.term)!;
      const listed = entry.items?.length ?? 0;
      if (listed !== expected) {
        expect(entry.status, `${describeEntry(entry)} lists ${listed} of ${expected}`).not.toBe('verified');
        expect(entry.missing, describeEntry(entry)).toBeTruthy();
      }
    }
    for (const [term, n] of [['三个高地', 3], ['七大攻坚', 7], ['三个年', 3], ['中央八项规定', 8]] as const) {
      expect(GLOSSARY.find((e) => e.term === term)?.items).toHaveLength(n);
    }
  });

  it('has items with both languages', () => {
    for (const entry of GLOSSARY) {
      for (const item of entry.items ?? []) {
        expect(item.zh.trim(), describeEntry(entry)).not.toBe('');
        expect(item.en.trim(), describeEntry(entry)).not.toBe('');
      }
    }
  });

  it('relates only to entries that exist, and not to itself', () => {
    const ids = new Set(GLOSSARY.map((e) => e.id));
    for (const entry of GLOSSARY) {
      for (const id of entry.related) {
        expect(ids.has(id), `${entry.id} → ${id}`).toBe(true);
        expect(id).not.toBe(entry.id);
      }
    }
  });

  it('uses only the three scopes', () => {
    for (const entry of GLOSSARY) expect(SCOPES).toContain(entry.scope);
  });

  it('never lists an ordinary quoted word that is also a glossary form', () => {
    const forms = new Set(GLOSSARY.flatMap((e) => entryForms(e).map((f) => f.folded)));
    for (const { phrase, reason } of ORDINARY_QUOTES) {
      expect(forms.has(foldPattern(phrase)), phrase).toBe(false);
      expect(reason.trim()).not.toBe('');
    }
  });
});

describe('glossary readings', () => {
  it('give one toneless syllable per Han character of the term', () => {
    for (const entry of GLOSSARY.filter((e) => e.reading)) {
      const han = [...entry.term].filter((c) => /\p{Script=Han}/u.test(c)).length;
      expect(entry.reading!.split(' '), entry.id).toHaveLength(han);
      expect(entry.reading, entry.id).toMatch(/^[a-zv]+(?: [a-zv]+)*$/);
    }
  });
});
