/**
 * The shape of one policy-slogan glossary entry. Entries are data checked like code
 * (tests/unit/glossary/entries.test.ts): unique, sourced, and honest about what is not verified.
 */

/** Who coined or runs the slogan: the central level, Hunan province, or Zhuzhou city (incl. its counties). */
export type Scope = 'national' | 'hunan' | 'zhuzhou';

export const SCOPES: readonly Scope[] = ['national', 'hunan', 'zhuzhou'];

/**
 * verified: meaning and key facts found in a listed source.
 * partial: the term is attested but part of it (items, origin, referent) is not; `missing` says which.
 * unverified: no source for the specific meaning; the gloss is a labelled literal reading.
 */
export type Status = 'verified' | 'partial' | 'unverified';

export type Category =
  | 'economy'
  | 'industry'
  | 'investment'
  | 'planning'
  | 'strategy'
  | 'ideology'
  | 'party-building'
  | 'discipline'
  | 'governance'
  | 'peoples-congress'
  | 'united-front'
  | 'rule-of-law'
  | 'livelihood'
  | 'rural'
  | 'ecology'
  | 'technology'
  | 'infrastructure'
  | 'security'
  | 'culture';

/** Years the slogan applies to ({ from: 2021, to: 2025 }), or a short note when years do not fit ('2025 only'). */
export type Period = { from: number; to?: number } | string;

/** One member of a numbered slogan: 三个高地 has three. */
export interface SloganItem {
  zh: string;
  en: string;
}

export interface Source {
  /** A real address of the page; absent for a print source cited by newspaper, date and page. */
  url?: string;
  publisher: string;
  /** ISO date (or year-month) of the page, when known. */
  date?: string;
  /** Print page of a newspaper source (第1版), when cited without an address. */
  page?: string;
  /** Why this source is weaker or special: a mirror of an official page, a URL built from a site pattern. */
  note?: string;
}

export interface GlossaryEntry {
  /** Stable ASCII slug; the popup and messages refer to entries by it. */
  id: string;
  /** Canonical form, without quotation marks. */
  term: string;
  /**
   * Real variants: short forms, longer official names, older names. Quote marks, brackets and
   * spaces are folded by the matcher, so “十四五”规划 is not a separate alias of 十四五规划.
   */
  aliases: string[];
  /**
   * Forms that are ordinary words, or parts of other words, unless they stand between quotes: 天线
   * (antenna) is the slogan only as 上接“天线”. The term itself may be listed here. With a dictionary
   * a coinage among them also counts unquoted where it cuts no word of the text (抓化债, not 优化债务):
   * see bare-forms.ts; a dictionary word, a run of words or a numbered form (三保) never does.
   */
  quotedOnly?: string[];
  /**
   * Forms of `quotedOnly` that need quotes although no dictionary knows them, because bare they
   * usually mean something else: 深水区 (deep water), 回头看 (to look back).
   */
  strictlyQuoted?: string[];
  scope: Scope;
  period?: Period;
  category: Category;
  /** One line of Chinese. */
  gloss_zh: string;
  /** One to three Chinese sentences. */
  explanation_zh: string;
  /** English rendering; `official` only when a government or state-media English text uses it. */
  english: { text: string; official: boolean };
  /** One line of plain English for learners. */
  gloss_en: string;
  /** The explanation in English for the English UI: one to three sentences, our own words. */
  explanation_en?: string;
  /** The members of a numbered slogan, in their official order. */
  items?: SloganItem[];
  /** Ids of entries worth reading next. */
  related: string[];
  sources: Source[];
  status: Status;
  /** What is not verified, in English; required unless status is 'verified'. */
  missing?: string;
  /** The same note in Chinese for the 中文 UI; without it that UI says only that a part is unverified. */
  missing_zh?: string;
  /** Toneless pinyin of the term when pinyin-pro reads a polyphone wrong (两重: 'liang zhong'). */
  reading?: string;
}

/** What matching reads of an entry: its spellings and the items of a numbered slogan. */
export type GlossaryForms = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'quotedOnly' | 'strictlyQuoted'> & { items?: readonly Pick<SloganItem, 'zh'>[] };

/** One glossary term found in a text. Offsets are UTF-16 indexes into the text that was searched. */
export interface TermHit {
  entryId: string;
  start: number;
  end: number;
  /** The matched slice, as written (it may contain quote marks or line breaks). */
  text: string;
}
