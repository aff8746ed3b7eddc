import { foldPattern } from './fold';
import { entryForms } from './forms';
import type { GlossaryEntry, Scope } from './types';

/** How a query met an entry: by characters, by full pinyin, by the initials of the syllables, or by its English. */
export type SearchKind = 'hanzi' | 'pinyin' | 'initials' | 'english';
export type SearchRank = 'exact' | 'prefix' | 'substring';

export interface SearchResult {
  entry: GlossaryEntry;
  rank: SearchRank;
  kind: SearchKind;
  /** The term or alias that matched. */
  form: string;
}

export interface SearchOptions {
  scope?: Scope | readonly Scope[];
  /** At most this many results (default 20). */
  limit?: number;
}

export interface GlossarySearch {
  /**
   * Finds entries by a hanzi substring, by pinyin with or without tones and spaces, or by syllable
   * initials; exact beats prefix beats substring, then hanzi beats pinyin beats initials.
   *
   * @example search('xzsc')[0].entry.term === '新质生产力'; search('xīn zhì') and search('xinzhi') find it too
   */
  search(query: string, options?: SearchOptions): SearchResult[];
}

interface IndexedForm {
  form: string;
  isTerm: boolean;
  folded: string;
  /** Toneless pinyin, no spaces, ü as v. */
  spelled: string;
  /** Offsets in `spelled` where a syllable starts; pinyin substrings must start on one. */
  syllableStarts: number[];
  initials: string;
}

const RANK_ORDER: Record<SearchRank, number> = { exact: 0, prefix: 1, substring: 2 };
const KIND_ORDER: Record<SearchKind, number> = { hanzi: 0, pinyin: 1, initials: 2, english: 3 };

const HAN = /\p{Script=Han}/u;
/** Words of English: three letters or more, no tone marks or digits. */
const ENGLISH_QUERY = /^[a-zA-Z][a-zA-Z'\- ]{2,}$/;
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const PINYIN_QUERY = /^[a-zA-Z\u00c0-\u024f\u1e00-\u1eff\s'’1-5:]+$/u;

/** 'xīn zhì', 'xin1 zhi4', "Xi'an" and 'lüse' all become plain letters: 'xinzhi', 'xian', 'lvse'. */
export function normalizePinyinQuery(query: string): string {
  return query
    .toLowerCase()
    .replace(/[ǖǘǚǜü]|u:/g, 'v')
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .replace(/([a-z])[1-5]/g, '$1')
    .replace(/[^a-z]/g, '');
}

/**
 * Toneless syllables of a form, ü as v (`绿色` → ['lv', 'se']); [] when they are not known. The
 * engine reads them with ZhuDu's own reader, so the glossary brings no pinyin library of its own.
 */
export type SpellForm = (form: string) => readonly string[];

function syllablesOf(form: string, reading: string | undefined, spell: SpellForm): string[] {
  const raw = reading ? reading.split(/\s+/) : spell(form);
  return raw.map((s) => normalizePinyinQuery(s).replace(/[^a-z0-9+]/g, '')).filter(Boolean);
}

function indexEntry(entry: GlossaryEntry, spell: SpellForm): IndexedForm[] {
  return entryForms(entry).map(({ form, folded }) => {
    const isTerm = form === entry.term;
    const syllables = syllablesOf(form, isTerm ? entry.reading : undefined, spell);
    const syllableStarts: number[] = [];
    let spelled = '';
    for (const syllable of syllables) {
      syllableStarts.push(spelled.length);
      spelled += syllable;
    }
    return { form, isTerm, folded, spelled, syllableStarts, initials: syllables.map((s) => s.charAt(0)).join('') };
  });
}

function rankIn(haystack: string, needle: string, starts?: readonly number[]): SearchRank | undefined {
  if (!needle || !haystack) return undefined;
  if (haystack === needle) return 'exact';
  if (haystack.startsWith(needle)) return 'prefix';
  if (!starts) return haystack.includes(needle) ? 'substring' : undefined;
  return starts.some((at) => at > 0 && haystack.startsWith(needle, at)) ? 'substring' : undefined;
}

function better(a: SearchResult, b: SearchResult): number {
  return (
    RANK_ORDER[a.rank] - RANK_ORDER[b.rank] ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    Number(b.form === b.entry.term) - Number(a.form === a.entry.term) ||
    a.entry.term.length - b.entry.term.length ||
    a.entry.id.localeCompare(b.entry.id)
  );
}

/** A search over `entries`; pinyin is computed for an entry the first time a search needs it. */
export function createGlossarySearch(entries: readonly GlossaryEntry[], spell: SpellForm = () => []): GlossarySearch {
  const index = new Map<string, IndexedForm[]>();
  const formsOf = (entry: GlossaryEntry): IndexedForm[] => {
    let forms = index.get(entry.id);
    if (!forms) index.set(entry.id, (forms = indexEntry(entry, spell)));
    return forms;
  };

  function matchEntry(entry: GlossaryEntry, query: string, byPinyin: boolean): SearchResult | undefined {
    let best: SearchResult | undefined;
    const offer = (rank: SearchRank | undefined, kind: SearchKind, form: string): void => {
      if (!rank) return;
      const candidate = { entry, rank, kind, form };
      if (!best || better(candidate, best) < 0) best = candidate;
    };
    for (const f of formsOf(entry)) {
      if (!byPinyin) {
        offer(rankIn(f.folded, query), 'hanzi', f.form);
        continue;
      }
      offer(rankIn(f.spelled, query, f.syllableStarts), 'pinyin', f.form);
      offer(rankIn(f.initials, query), 'initials', f.form);
    }
    return best;
  }

  /** English words met at word starts in the entry's English and gloss: `productive forces` → 新质生产力. */
  function matchEnglish(entry: GlossaryEntry, words: readonly string[]): SearchResult | undefined {
    const official = entry.english.text.toLowerCase();
    const haystack = `${official} ${entry.gloss_en.toLowerCase()}`;
    if (!words.every((word) => new RegExp(`(?:^|[^a-z])${word}`).test(haystack))) return undefined;
    const phrase = words.join(' ');
    const rank: SearchRank = official === phrase ? 'exact' : haystack.includes(phrase) ? 'prefix' : 'substring';
    return { entry, rank, kind: 'english', form: entry.term };
  }

  function search(rawQuery: string, options: SearchOptions = {}): SearchResult[] {
    const trimmed = rawQuery.trim();
    if (!trimmed) return [];
    const byPinyin = !HAN.test(trimmed) && PINYIN_QUERY.test(trimmed);
    const query = byPinyin ? normalizePinyinQuery(trimmed) : foldPattern(trimmed);
    if (!query) return [];
    const english = ENGLISH_QUERY.test(trimmed) ? trimmed.toLowerCase().split(/\s+/).map(escapeRegExp) : undefined;
    const scopes = options.scope === undefined ? undefined : new Set<Scope>([options.scope].flat());
    const results: SearchResult[] = [];
    for (const entry of entries) {
      if (scopes && !scopes.has(entry.scope)) continue;
      const result = matchEntry(entry, query, byPinyin) ?? (english && matchEnglish(entry, english));
      if (result) results.push(result);
    }
    return results.sort(better).slice(0, options.limit ?? 20);
  }

  return { search };
}
