import { describe, expect, it } from 'vitest';
import { lexiconSpans } from '@/utils/core/pinyin/segment';
import { reader } from '../../helpers/engine';

const texts = (text: string) => reader.segmentWords(text).map((word) => word.text);

describe('segmentWords', () => {
  it('keeps lexicon words whole and cuts around them', () => {
    expect(texts('攸县长株潭')).toEqual(['攸县', '长株潭']);
    expect(texts('株洲北斗')).toContain('株洲');
  });

  it('prefers the longest lexicon word', () => {
    expect(lexiconSpans('株洲日报讯').map((s) => s.text)).toEqual(['株洲日报']);
    expect(lexiconSpans('渌口区').map((s) => s.text)).toEqual(['渌口区']);
  });

  it('covers the text exactly, in order, with offsets that slice back to each word', () => {
    const text = '株洲日报讯（全媒体记者/周蒿）2月8日，市委书记曹慧泉走访团结大院。';
    const words = reader.segmentWords(text);
    expect(words.map((w) => w.text).join('')).toBe(text);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
    words.slice(1).forEach((word, i) => expect(word.start).toBe(words[i]!.end));
  });
});
