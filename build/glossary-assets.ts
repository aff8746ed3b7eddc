/**
 * The glossary as the background ships it: the matcher's forms worked out here (each entry's term,
 * aliases and derived short forms, folded), as a module the background script imports
 * (`virtual:zhudu-glossary-forms`), and the entries in 32 package files, each read when a card or a
 * scan first needs an entry in it (utils/core/glossary/lazy-entries.ts). The extension's own pages import the whole glossary as
 * before. Both are made from utils/core/glossary/entries.ts on every build: nothing is committed.
 */
import type { Plugin } from 'vite';
import type { PublicPathEntry, ResolvedPublicFile } from 'wxt';
import { GLOSSARY } from '../utils/core/glossary/entries';
import { entriesFiles, entryShardPath } from '../utils/core/glossary/lazy-entries';
import { matcherForms } from '../utils/core/glossary/match';

const FORMS_MODULE = 'virtual:zhudu-glossary-forms';
const RESOLVED = `\0${FORMS_MODULE}`;

/** The Vite plugin that answers `import { GLOSSARY_MATCHER_FORMS } from 'virtual:zhudu-glossary-forms'`. */
export function glossaryForms(): Plugin {
  return {
    name: 'zhudu-glossary-forms',
    resolveId: (id) => (id === FORMS_MODULE ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export const GLOSSARY_MATCHER_FORMS = ${JSON.stringify(matcherForms(GLOSSARY))};` : null),
  };
}

/** For WXT's `build:publicAssets` hook: adds the entries files, glossary/entries/00.json to 31.json. */
export function addGlossaryAssets(files: ResolvedPublicFile[]): void {
  for (const file of entriesFiles(GLOSSARY)) files.push({ contents: JSON.stringify(file), relativeDest: entryShardPath(file.shard).slice(1) });
}

/** For WXT's `prepare:publicPaths` hook, so that `browser.runtime.getURL` type-checks the entries files' paths. */
export function addGlossaryPublicPaths(paths: PublicPathEntry[]): void {
  paths.push({ type: 'templateLiteral', path: entryShardPath(0).slice(1).replace('00', '${string}') });
}
