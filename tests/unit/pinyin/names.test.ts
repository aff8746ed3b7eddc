import { describe, expect, it } from 'vitest';
import { nameReadings } from '@/utils/core/pinyin/names';
import { reader } from '../../helpers/engine';

const names = (text: string) => nameReadings([...text], () => true);

describe('names in bylines and after titles', () => {
  it('reads a polyphonic surname after a title with its surname reading', () => {
    expect(reader.pinyinLine('炎陵高新区党工委副书记曾寿仁介绍')).toContain('fù shū jì zēng shòu rén');
    expect(names('市长单国强出席')).toEqual([[2, 'shàn']]);
  });

  it('walks bylines and lists of names', () => {
    expect(names('（全媒体记者/曾伟 通讯员/仇明 单晓）')).toEqual([
      [7, 'zēng'],
      [14, 'qiú'],
      [17, 'shàn'],
    ]);
    expect(names('市领导陈恢清、曾一鸣、罗厚清参加')).toEqual([[7, 'zēng']]);
  });

  it('leaves 曾 the adverb and words that start with a surname character alone', () => {
    expect(names('市长曾多次强调')).toEqual([]);
    expect(reader.pinyinLine('市长曾经说过')).toBe('shì zhǎng céng jīng shuō guò');
    expect(reader.pinyinLine('书记单位走访')).toContain('dān wèi');
  });
});
