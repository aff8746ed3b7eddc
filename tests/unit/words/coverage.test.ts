// How many words of the seed articles (the fixture pages are built from them) the card explains:
// an English sense, a gloss, a name or place label, or a glossary entry. The words left, and the
// units cut into shorter words because no dictionary has them whole, are printed.
import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { explains } from '../../../utils/core/words/word-card';
import { createWordLookups } from '../../../utils/core/words/word-lookup';
import { glossary, reader } from '../../helpers/engine';
import { SEEDS } from '../summary/seed';

const words = createWordLookups({ reader, glossary, dictionary: loadNodeDictionary() });
const options = { toneStyle: 'marks' as const, toneSandhi: true };

describe('words explained on the seed articles', () => {
  for (const article of SEEDS) {
    it(`${article.slug}: at least 97% of its Han words`, () => {
      const texts = [article.pretitle, article.title, article.subtitle, ...article.paragraphs].filter(Boolean);
      const lookups = texts.flatMap((text) => words.lookUpAll(text, options));
      const missing = lookups.filter((lookup) => !explains(lookup)).map((lookup) => lookup.word.text);
      const share = 1 - missing.length / lookups.length;
      // Units the segmenter kept whole but no dictionary explains are cut into explained words: counted apart.
      const cut = [...new Set(lookups.filter((lookup) => lookup.cutFrom).map((lookup) => lookup.cutFrom))];
      console.info(`${article.slug}: ${(share * 100).toFixed(1)}% of ${lookups.length} words; without a meaning: ${missing.join(' ') || 'none'}; cut for lack of an entry: ${cut.join(' ') || 'none'}`);
      expect(lookups.length).toBeGreaterThan(100);
      expect(share).toBeGreaterThanOrEqual(0.97);
    });
  }
});
