import { browser } from '#imports';
import type { TermScan } from './core/glossary/scan';
import type { UiLocale, UiTable } from './i18n';
import type { PinyinTables } from './core/pinyin/tables';
import type { PageEntry } from './core/summary/page-entries';
import type { PlaceQuery } from './core/summary/facts';
import type { PageKind } from './core/site/hosts';
import type { SavedCorrection } from './core/pinyin/corrections';
import type { KeyboardCommand } from './core/storage/commands';
import type { ImportEntry, ImportReport } from './core/storage/corrections-file';
import type { Settings, SettingsChange } from './core/storage/settings';
import type { LookedUp } from './core/study/cards';
import type { WordLookup, WordRequest } from './core/words/word-card';
import type { WordSearchHit } from './core/words/word-search';

/** What the content script knows about its page, for the popup. */
export interface PageStatus {
  host: string;
  kind: PageKind;
  enabled: boolean;
  /** Title of the article ZhuDu found, or null when the page has none. */
  articleTitle: string | null;
  /** Han characters in the regions ZhuDu reads; 0 means the page has no Chinese to read. */
  hanCount: number;
  /** Errors ZhuDu caught in its own code on this page since it loaded. */
  errors: { count: number; last: string | null };
  /** Set when the article is in a frame of the tab (a frameset, an iframe): that frame's address. */
  frameUrl?: string;
  /** How many articles the page lists when it is a headline page with no article (0 otherwise). */
  entryCount?: number;
}

/** A glossary term found in the article, or a quoted slogan the glossary does not explain. */
export interface PageTerm {
  term: string;
  count: number;
  known: boolean;
  id?: string;
  gloss?: string;
  scope?: string;
}

/** The article as the page shows it, for the summary. */
export interface PageArticle {
  title: string | null;
  subtitle: string | null;
  paragraphs: string[];
  source: 'zznews' | 'readability' | 'heuristic' | 'none';
  /** Set when the page's article is longer than what was read: `paragraphs` are its first this-many characters. */
  truncatedAt?: number;
  /** On a headline page (e-paper page view, channel list) with no article: the articles it lists. */
  entries?: PageEntry[];
}

/** What the study sheet needs besides the article and its terms. */
export interface StudyExtras {
  url: string;
  lookups: LookedUp[];
}

/**
 * Every request between extension parts, with its payload and reply. Settings are read from
 * storage, which every part watches; they are changed only by asking the background, their one writer.
 */
export interface ProtocolMap {
  // Popup and study sheet → the tab's content script.
  getPageStatus: { data: undefined; reply: PageStatus };
  getPageTerms: { data: undefined; reply: PageTerm[] };
  revealTerm: { data: { term: string }; reply: boolean };
  getArticle: { data: undefined; reply: PageArticle };
  /** For the study sheet and the Anki cards: the page's address and the words the user looked up there. */
  getStudyExtras: { data: undefined; reply: StudyExtras };
  /** The reading-by-keyboard shortcut: the background asks the tab's page to start the reading cursor. */
  startReading: { data: undefined; reply: boolean };
  // Content script → background.
  /** The pinyin tables, at the first pointer move or ruby (content/pinyin-data.ts). */
  getPinyinTables: { data: undefined; reply: PinyinTables };
  /** The glossary terms of the article's blocks (content/glossary-marks.ts). */
  scanTerms: { data: { texts: string[] }; reply: TermScan };
  /** The word at an offset of a sentence, with its card (content/hover/hover-lookups.ts). */
  lookUpWord: { data: WordRequest; reply: WordLookup | null };
  /** Every word of a stretch of a block, with its card: hovers inside it are then answered in the page. */
  lookUpBlock: { data: WordRequest; reply: WordLookup[] };
  /** A UI language's strings, for a content script whose card speaks a language chosen in the options. */
  getUiTable: { data: { locale: UiLocale }; reply: UiTable };
  /** Loads the dictionary ahead of the first card (the first pointer move); false when it cannot be read. */
  prepareWords: { data: undefined; reply: boolean };
  // Extension pages → background.
  /** Dictionary words for the popup's search: hanzi, pinyin, initials or English. */
  searchWords: { data: { query: string; limit: number }; reply: WordSearchHit[] };
  /** The dictionary's word on each place the summary's rules found (facts.ts placeQueries); null where it has none. */
  checkPlaces: { data: { queries: PlaceQuery[] }; reply: (boolean | null)[] };
  // Extension pages (and, for a correction, the card in a page) → background, the one writer of storage.
  changeSettings: { data: SettingsChange; reply: Settings };
  resetSettings: { data: undefined; reply: Settings };
  saveCorrection: { data: { word: string; reading: string | null; shown?: string[] }; reply: SavedCorrection };
  /** The options page's import: entries read from a file, added where the word has no correction yet. */
  importCorrections: { data: { entries: ImportEntry[] }; reply: ImportReport };
  deleteAllCorrections: { data: undefined; reply: null };
  /** What a keyboard shortcut does, for ZhuDu's own pages (the e2e tests: headless browsers cannot press OS shortcuts). */
  runCommand: { data: { name: KeyboardCommand }; reply: boolean };
}

export type MessageType = keyof ProtocolMap;

/**
 * Who may ask: `pages` — only ZhuDu's own extension pages (popup, options, study sheet, welcome);
 * `content` — also ZhuDu's content scripts. Nothing else can reach these listeners (no
 * externally_connectable), and a web page never speaks to them directly: only through ZhuDu's
 * content script, whose handlers act on trusted events alone.
 */
const ASKED_BY: { readonly [K in MessageType]: 'pages' | 'content' } = {
  getPageStatus: 'pages',
  getPageTerms: 'pages',
  revealTerm: 'pages',
  getArticle: 'pages',
  getStudyExtras: 'pages',
  startReading: 'pages',
  getPinyinTables: 'content',
  scanTerms: 'content',
  lookUpWord: 'content',
  lookUpBlock: 'content',
  getUiTable: 'content',
  prepareWords: 'content',
  searchWords: 'pages',
  checkPlaces: 'pages',
  changeSettings: 'pages',
  resetSettings: 'pages',
  saveCorrection: 'content',
  importCorrections: 'pages',
  deleteAllCorrections: 'pages',
  runCommand: 'pages',
};

interface Envelope<K extends MessageType> {
  zhudu: K;
  data: ProtocolMap[K]['data'];
}

export interface Sender {
  id?: string;
  url?: string;
}

/** Whether `sender` may ask for `type`: ZhuDu itself, from one of its pages, or (where allowed) its content script. */
export function mayAsk(type: MessageType, sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const fromOwnPage = !!sender.url?.startsWith(extensionOrigin);
  return fromOwnPage || ASKED_BY[type] === 'content';
}

/** Sends a request to the content script of a tab (its top frame's answer wins); rejects when none is there. */
export function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: ProtocolMap[K]['data'],
): Promise<ProtocolMap[K]['reply']> {
  const envelope: Envelope<K> = { zhudu: type, data };
  return browser.tabs.sendMessage(tabId, envelope);
}

/** Sends a request to the background. */
export function sendToBackground<K extends MessageType>(type: K, data: ProtocolMap[K]['data']): Promise<ProtocolMap[K]['reply']> {
  const envelope: Envelope<K> = { zhudu: type, data };
  return browser.runtime.sendMessage(envelope);
}

/** A handler; undefined (or a promise of it) leaves the request to another listener (another frame of the tab). */
type Handler<K extends MessageType> = (
  data: ProtocolMap[K]['data'],
) => ProtocolMap[K]['reply'] | Promise<ProtocolMap[K]['reply']> | undefined;
export type Handlers<K extends MessageType> = { [T in K]: Handler<T> };

/**
 * Answers the requests `handlers` names (a content script its page's, the background its own) from
 * the senders allowed to ask them; returns the function that stops listening. A handler that
 * returns undefined leaves the request to another listener (another frame of the tab).
 */
export function answerMessages<K extends MessageType>(handlers: Handlers<K>): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (!message || typeof message !== 'object' || !('zhudu' in message)) return undefined;
    const type = (message as Envelope<MessageType>).zhudu;
    if (!Object.hasOwn(handlers, type) || !Object.hasOwn(ASKED_BY, type)) return undefined;
    if (!mayAsk(type, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const handler = handlers[type as K] as (data: unknown) => unknown;
    const reply = handler((message as Envelope<MessageType>).data);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
