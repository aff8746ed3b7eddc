import type { TermHit } from './types';

/**
 * Plenums of one Central Committee named as one list: 二十届二中、三中全会 is 二十届二中全会 and
 * 二十届三中全会. Only the first item carries the 届 and only the last the 全会, so no entry's form
 * matches; each item is looked up as its full name and marked where it is written.
 */
const PLENUM_LIST = /((?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])届)([一二三四五六七八九]中)((?:、[一二三四五六七八九]中)+)全会/gu;

/**
 * Hits for the plenums of every such list in `text` whose full names `find` knows, outside `taken`.
 *
 * @example plenumListHits('二十届二中、三中全会', find, []) →
 *   [{ entryId: 'er-shi-jie-er-zhong-quan-hui', start: 0, end: 5, text: '二十届二中' }, { entryId: 'er-shi-jie-san-zhong-quan-hui', start: 6, end: 10, text: '三中全会' }]
 */
export function plenumListHits(text: string, find: (text: string) => TermHit[], taken: readonly TermHit[]): TermHit[] {
  if (!text.includes('届')) return [];
  const hits: TermHit[] = [];
  for (const match of text.matchAll(PLENUM_LIST)) {
    const [whole, session, first, rest] = match as unknown as [string, string, string, string];
    const end = match.index + whole.length;
    if (taken.some((hit) => hit.start < end && match.index < hit.end)) continue;
    // Each item with where it is written: the first with its 届, the last with its 全会.
    const items = [{ plenum: first, start: match.index, end: match.index + session.length + first.length }];
    for (let at = items[0]!.end; at < match.index + session.length + first.length + rest.length; at += 3) items.push({ plenum: text.slice(at + 1, at + 3), start: at + 1, end: at + 3 });
    items.at(-1)!.end = end;
    for (const item of items) {
      const name = `${session}${item.plenum}全会`;
      const entryId = find(name).find((hit) => hit.start === 0 && hit.end === name.length)?.entryId;
      if (entryId) hits.push({ entryId, start: item.start, end: item.end, text: text.slice(item.start, item.end) });
    }
  }
  return hits;
}
