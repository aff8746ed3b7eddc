import { describe, expect, it } from 'vitest';
import { CHAR_TABLE } from '@/utils/core/pinyin/data/char-table';
import { MANDARIN_SYLLABLES } from '@/utils/core/pinyin/inventory';
import { bareSyllable } from '@/utils/core/pinyin/syllable';
import { markSyllable, readTypedSyllable } from '@/utils/core/pinyin/typed-syllable';

describe('the syllable inventory', () => {
  it('holds every toneless reading of the character table, and nothing else', () => {
    const inData = new Set(CHAR_TABLE.split('\n').flatMap((line) => line.split('|')[0]!.split(' ').filter(Boolean).map(bareSyllable)));
    expect([...inData].filter((syllable) => !MANDARIN_SYLLABLES.has(syllable))).toEqual([]);
    expect([...MANDARIN_SYLLABLES].filter((syllable) => !inData.has(syllable))).toEqual([]);
    expect(MANDARIN_SYLLABLES.size).toBeGreaterThan(400);
    for (const syllable of ['lü', 'lüe', 'nü', 'nüe', 'er', 'zhuang', 'yi']) expect(MANDARIN_SYLLABLES.has(syllable)).toBe(true);
    for (const syllable of ['xyz', 'lv', 'jü', 'bia', 'fong']) expect(MANDARIN_SYLLABLES.has(syllable)).toBe(false);
  });

  it('every reading in the character table reads back as itself', () => {
    const readings = new Set(CHAR_TABLE.split('\n').flatMap((line) => line.split('|')[0]!.split(' ').filter(Boolean)));
    const misread = [...readings].filter((marked) => {
      const read = readTypedSyllable(marked);
      return !read.ok || markSyllable(read.bare, read.tone ?? 5) !== marked.normalize('NFC');
    });
    expect(misread).toEqual([]);
  });
});

describe('tone marks', () => {
  it('go on a or e, the o of ou, else the last vowel', () => {
    expect(markSyllable('hao', 3)).toBe('hǎo');
    expect(markSyllable('xue', 2)).toBe('xué');
    expect(markSyllable('zhou', 1)).toBe('zhōu');
    expect(markSyllable('liu', 2)).toBe('liú');
    expect(markSyllable('gui', 4)).toBe('guì');
    expect(markSyllable('lü', 4)).toBe('lǜ');
    expect(markSyllable('nüe', 4)).toBe('nüè');
    expect(markSyllable('er', 2)).toBe('ér');
    expect(markSyllable('ng', 2)).toBe('ńg');
    expect(markSyllable('ma', 5)).toBe('ma');
  });
});

describe('a typed syllable', () => {
  it('takes a tone number, a tone mark or a neutral dot', () => {
    expect(readTypedSyllable('hao3')).toEqual({ ok: true, bare: 'hao', tone: 3 });
    expect(readTypedSyllable('hǎo')).toEqual({ ok: true, bare: 'hao', tone: 3 });
    expect(readTypedSyllable('HAO4')).toEqual({ ok: true, bare: 'hao', tone: 4 });
    expect(readTypedSyllable('ma5')).toEqual({ ok: true, bare: 'ma', tone: 5 });
    expect(readTypedSyllable('ma0')).toEqual({ ok: true, bare: 'ma', tone: 5 });
    expect(readTypedSyllable('·ma')).toEqual({ ok: true, bare: 'ma', tone: 5 });
    expect(readTypedSyllable('hao')).toEqual({ ok: true, bare: 'hao', tone: null });
    expect(readTypedSyllable('hao'.normalize('NFD'))).toEqual({ ok: true, bare: 'hao', tone: null });
  });

  it('reads ü as v, u: or ü, and j/q/x/y + ü as u', () => {
    for (const typed of ['lv4', 'lu:4', 'lü4', 'lǜ', 'lu\u0308\u0300']) expect(readTypedSyllable(typed)).toEqual({ ok: true, bare: 'lü', tone: 4 });
    expect(readTypedSyllable('nv3')).toEqual({ ok: true, bare: 'nü', tone: 3 });
    expect(readTypedSyllable('nüe4')).toEqual({ ok: true, bare: 'nüe', tone: 4 });
    expect(readTypedSyllable('xv3')).toEqual({ ok: true, bare: 'xu', tone: 3 });
  });

  it('accepts a breve for the third tone, as keyboards often give it', () => {
    expect(readTypedSyllable('hăo')).toEqual({ ok: true, bare: 'hao', tone: 3 });
  });

  it('refuses what is no syllable and tones written twice or out of range', () => {
    expect(readTypedSyllable('xyz')).toEqual({ ok: false, why: 'notSyllable' });
    expect(readTypedSyllable('hao6')).toEqual({ ok: false, why: 'tone' });
    expect(readTypedSyllable('hǎo3')).toEqual({ ok: false, why: 'tone' });
    expect(readTypedSyllable('·hao3')).toEqual({ ok: false, why: 'tone' });
    expect(readTypedSyllable('hǎó')).toEqual({ ok: false, why: 'tone' });
  });
});
