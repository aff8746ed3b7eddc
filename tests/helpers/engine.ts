// The engine the extension's pages make, for tests and benchmarks: the bundled data, indexes built on first use.
import { BUNDLED_DATA } from '../../utils/core/bundled-data.ts';
import { createEngine, createReadingEngine } from '../../utils/core/engine.ts';
import { GLOSSARY } from '../../utils/core/glossary/entries.ts';
import { createLazyEntries, entriesFiles } from '../../utils/core/glossary/lazy-entries.ts';
import { matcherForms } from '../../utils/core/glossary/match.ts';

export const ENGINE = createEngine(BUNDLED_DATA);
export const { reader, glossary } = ENGINE;

/**
 * The background's engine, made as entrypoints/background.ts makes it: the matcher forms the build
 * works out, the entries read (here from memory, there from the package files the build writes) when
 * first needed.
 */
export function backgroundEngine(report: (error: unknown) => void = (error) => { throw error; }) {
  const forms = matcherForms(GLOSSARY);
  const files = entriesFiles(GLOSSARY);
  const entries = createLazyEntries(GLOSSARY.map((entry) => entry.id), async (shard) => JSON.parse(JSON.stringify(files[shard])) as unknown, report);
  return { engine: createReadingEngine(BUNDLED_DATA.pinyin, forms, entries.entry), entries };
}
