import { browser } from '#imports';
import type { LookedUpWord } from './content/lookup-log';
import type { TermScan } from './core/glossary/scan';
import type { PinyinTables } from './core/pinyin/tables';
import type { PageKind } from './core/site/hosts';

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
}

/** What the study sheet needs besides the article and its terms. */
export interface StudyExtras {
  url: string;
  lookups: LookedUpWord[];
}

/**
 * Every request between extension parts, with its payload and reply. Settings do not travel here:
 * they go through storage, which every part watches.
 */
export interface ProtocolMap {
  getPageStatus: { data: undefined; reply: PageStatus };
  getPageTerms: { data: undefined; reply: PageTerm[] };
  revealTerm: { data: { term: string }; reply: boolean };
  getArticle: { data: undefined; reply: PageArticle };
  /** For the study sheet and the Anki cards: the page's address and the words the user looked up there. */
  getStudyExtras: { data: undefined; reply: StudyExtras };
  /** Content script → background: the pinyin tables, at the first pointer move or ruby (content/pinyin-data.ts). */
  getPinyinTables: { data: undefined; reply: PinyinTables };
  /** Content script → background: the glossary terms of the article's blocks (content/glossary-marks.ts). */
  scanTerms: { data: { texts: string[] }; reply: TermScan };
}

type MessageType = keyof ProtocolMap;
interface Envelope<K extends MessageType> {
  zhudu: K;
  data: ProtocolMap[K]['data'];
}

/** Sends a request to the content script of a tab; rejects when no ZhuDu content script is there. */
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

type Handler<K extends MessageType> = (data: ProtocolMap[K]['data']) => ProtocolMap[K]['reply'] | Promise<ProtocolMap[K]['reply']>;
type Handlers<K extends MessageType> = { [T in K]: Handler<T> };

/** Answers the requests `handlers` names (a content script its page's, the background its own); returns the function that stops listening. */
export function answerMessages<K extends MessageType>(handlers: Handlers<K>): () => void {
  const listener = (message: unknown) => {
    if (!message || typeof message !== 'object' || !('zhudu' in message)) return undefined;
    const type = (message as Envelope<MessageType>).zhudu;
    if (!Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as K] as (data: unknown) => unknown;
    return Promise.resolve(handler((message as Envelope<MessageType>).data));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
