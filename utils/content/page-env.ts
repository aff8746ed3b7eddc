import type { Corrections, SavedCorrection } from '../core/pinyin/corrections';
import type { Settings } from '../core/storage/settings';
import type { WordLookup, WordRequest } from '../core/words/word-card';
import type { ArticleScope } from './article-scope';
import type { CreateCardView } from './card-model';
import type { ErrorLog } from './error-log';
import type { LookupLog } from './lookup-log';
import type { ReaderSource } from './reader-source';
import type { TermIndex } from './term-index';
import type { Timers } from './timers';

/** What decides which features run on a page, and how. */
export interface PageState {
  settings: Settings;
  corrections: Corrections;
  /** ZhuDu is on for this page's host and still connected to the extension. */
  enabled: boolean;
}

/** What every page feature is given: the page, its state, and the services the session shares. */
export interface PageEnv {
  doc: Document;
  /** The state now (settings, corrections, on or off). */
  state(): PageState;
  article: ArticleScope;
  /** The pinyin reader, made when the background has sent its tables. */
  reader: ReaderSource;
  /** The glossary terms of the article's blocks. */
  terms: TermIndex;
  lookups: LookupLog;
  errors: ErrorLog;
  /** Timers of the session: they outlive a feature (ruby's revert continues after ruby was switched off). */
  timers: Timers;
  /** The card's view (components/card), given by the entry point so that utils/ never imports components/. */
  createCardView: CreateCardView;
  /** The card of the word at an offset of a sentence, from the background (where CC-CEDICT is). */
  lookUpWord(request: WordRequest): Promise<WordLookup | null>;
  /** The cards of every word of a stretch of text, from the background. */
  lookUpBlock(request: WordRequest): Promise<WordLookup[]>;
  /** Has the background load its dictionary ahead of the first card. */
  prepareWords(): Promise<boolean>;
  /** Stores the user's reading of a word through the background, which checks it (the page carries no syllable table). */
  saveCorrection(word: string, reading: string | null, shown?: string[]): Promise<SavedCorrection>;
}
