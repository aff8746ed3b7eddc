/**
 * The glossary as the background ships it: the matcher's forms worked out here (each entry's term,
 * aliases and derived short forms, folded), as a module the background script imports
 * (`virtual:zhudu-glossary-forms`), and the entries as a package file it reads when a card first needs
 * one (utils/core/glossary/lazy-entries.ts). The extension's own pages import the whole glossary as
 * before. Both are made from utils/core/glossary/entries.ts on every build: nothing is committed.
 */
import type { Plugin } from 'vite';
import type { PublicPathEntry, ResolvedPublicFile } from 'wxt';
import { GLOSSARY } from '../utils/core/glossary/entries';
import { ENTRIES_FILE_PATH, entriesFile } from '../utils/core/glossary/lazy-entries';
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

/** For WXT's `build:publicAssets` hook: adds glossary/entries.json. */
export function addGlossaryAssets(files: ResolvedPublicFile[]): void {
  files.push({ contents: JSON.stringify(entriesFile(GLOSSARY)), relativeDest: ENTRIES_FILE_PATH.slice(1) });
}

/** For WXT's `prepare:publicPaths` hook, so that `browser.runtime.getURL` type-checks the entries file's path. */
export function addGlossaryPublicPaths(paths: PublicPathEntry[]): void {
  paths.push(ENTRIES_FILE_PATH.slice(1));
}
