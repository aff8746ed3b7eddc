import { GLOSSARY_MATCHER_FORMS } from 'virtual:zhudu-glossary-forms';
import { createLazyEntries, entryShardPath, type LazyEntries } from '../core/glossary/lazy-entries';
import type { MatcherForm } from '../core/glossary/match';
import { packageFile } from './package-file';

/**
 * The glossary as the background holds it: the matcher's forms in its script (worked out at build
 * time), the entries read from the package when a card or a scan first needs them.
 */
export function packagedGlossary(report: (error: unknown) => void): { forms: readonly MatcherForm[]; entries: LazyEntries } {
  const ids = new Set(GLOSSARY_MATCHER_FORMS.map((form) => form.entryId));
  const read = (shard: number) => packageFile(entryShardPath(shard)).then((response) => response.json() as Promise<unknown>);
  return { forms: GLOSSARY_MATCHER_FORMS, entries: createLazyEntries(ids, read, report) };
}
