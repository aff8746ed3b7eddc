import { describe, expect, it } from 'vitest';
import type { WordLookup, WordRequest } from '@/utils/core/words/word-card';
import { createWordCache } from '@/utils/content/hover/word-cache';
import type { HoverTarget } from '@/utils/content/hover/hover-lookup';
import { blockTextOf } from '@/utils/page/prose';

const TEXT = '市长陈恢清说。要加快发展新质生产力。';

function setup() {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = TEXT;
  document.body.append(p);
  const block = blockTextOf(p.firstChild as Text);
  const target = (offset: number): HoverTarget => ({ block, offset, start: 0, end: TEXT.length, sentence: '' });
  const asked: WordRequest[] = [];
  // One two-character "word" per pair of characters, as a stand-in for the background.
  const fetch = async (request: WordRequest): Promise<WordLookup[]> => {
    asked.push(request);
    return Array.from({ length: Math.ceil(request.text.length / 2) }, (_, i) => ({
      start: i * 2,
      end: Math.min(request.text.length, i * 2 + 2),
      word: { text: request.text.slice(i * 2, i * 2 + 2), syllables: [], kind: 'word' as const },
    }));
  };
  return { target, asked, cache: createWordCache(fetch, (error) => { throw error; }) };
}

/** One paragraph of `text` on the page, and a cache whose background answers nothing but records each request. */
function paragraphWithCache(text: string) {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const asked: WordRequest[] = [];
  const cache = createWordCache(async (request) => (asked.push(request), []), (error) => { throw error; });
  return { block: blockTextOf(p.firstChild as Text), asked, cache };
}

const key = { toneStyle: 'marks' as const, toneSandhi: true, corrections: new Map<string, string>() };

describe('the hover word cache', () => {
  it('answers from a stretch once the background sent it, and asks once per stretch', async () => {
    const { target, asked, cache } = setup();
    expect(cache.find(target(3), key)).toBeNull();
    cache.want(target(3), key);
    cache.want(target(4), key);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toBe(TEXT);
    await Promise.resolve();
    const found = cache.find(target(12), key)!;
    expect(found.lookup.word.text).toBe(TEXT.slice(12, 14));
    expect(found.target.start + found.lookup.start).toBe(12);
  });

  it('says whether a stretch asked for is still on its way, so the stretches below the screen go one at a time', async () => {
    const { target, cache } = setup();
    expect(cache.waiting()).toBe(false);
    cache.want(target(3), key);
    expect(cache.waiting()).toBe(true);
    await Promise.resolve();
    expect(cache.waiting()).toBe(false);
  });

  it('keeps a word answered on its own without counting it as a fetched stretch', async () => {
    const { target, asked, cache } = setup();
    const lookup: WordLookup = { start: 2, end: 5, word: { text: '陈恢清', syllables: ['chén', 'huī', 'qīng'], kind: 'name' } };
    cache.remember(target(3), lookup, key);
    expect(cache.find(target(4), key)!.lookup.word.text).toBe('陈恢清');
    expect(cache.find(target(6), key)).toBeNull();
    cache.want(target(3), key);
    expect(asked).toHaveLength(1);
  });

  it('forgets everything when the tone style or the corrections change', async () => {
    const { target, cache } = setup();
    cache.want(target(3), key);
    await Promise.resolve();
    expect(cache.find(target(3), key)).not.toBeNull();
    expect(cache.find(target(3), { ...key, toneStyle: 'numbers' })).toBeNull();
    expect(cache.find(target(3), { ...key, corrections: new Map([['市长', 'shì zhǎng']]) })).toBeNull();
  });

  it('keeps everything when only the map of the same corrections is new (any settings change, ruby or marks, makes one)', async () => {
    const { target, cache } = setup();
    const mine = { ...key, corrections: new Map([['市长', 'shì zhǎng']]) };
    cache.want(target(3), mine);
    await Promise.resolve();
    expect(cache.find(target(3), { ...mine, corrections: new Map([['市长', 'shì zhǎng']]) })).not.toBeNull();
  });

  it('reads ahead: the stretch after the hovered one, and a paragraph from its start, each asked for once', async () => {
    const long = `${'株洲市加快建设制造名城。'.repeat(30)}`;
    const { block, asked, cache } = paragraphWithCache(long);
    const at: HoverTarget = { block, offset: 10, start: 0, end: 12, sentence: '' };
    cache.want(at, key);
    cache.wantAhead(at, key);
    cache.wantAhead(at, key);
    expect(asked).toHaveLength(2);
    const first = asked[0]!.text.length;
    expect(long.startsWith(asked[0]!.text + asked[1]!.text)).toBe(true);
    expect(first).toBeGreaterThan(0);
    cache.wantFrom(block, 0, key);
    expect(asked).toHaveLength(2);
    cache.wantFrom(block, long.length, key);
    expect(asked).toHaveLength(2);
  });

  it('fetches a paragraph on screen whole, in stretches that join up, at most as many as asked, each once', async () => {
    const long = '株洲市加快建设制造名城。'.repeat(60);
    const { block, asked, cache } = paragraphWithCache(long);
    cache.wantBlock(block, key, 3);
    expect(asked).toHaveLength(3);
    expect(long.startsWith(asked.map((request) => request.text).join(''))).toBe(true);
    cache.wantBlock(block, key, 100);
    const all = asked.map((request) => request.text).join('');
    expect(all).toBe(long);
    const count = asked.length;
    cache.wantBlock(block, key, 100);
    cache.want({ block, offset: long.length - 1, start: 0, end: long.length, sentence: '' }, key);
    expect(asked).toHaveLength(count);
  });

  it('fetches nothing for a paragraph without Han characters', () => {
    const { block, asked, cache } = paragraphWithCache('2025 ZHUZHOU');
    cache.wantBlock(block, key, 4);
    expect(asked).toHaveLength(0);
  });
});
