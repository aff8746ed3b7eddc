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

  it('reads 曾 as the surname in a 、 list of names with no title before it', () => {
    expect(names('出席的有王小明、曾丽华、李强等')).toEqual([[8, 'zēng']]);
    expect(reader.pinyinLine('离退休老领导：曾国荣、何小平、李明')).toContain('zēng guó róng');
    // The adverb keeps its verb (曾任, 曾多次), and other surnames whose everyday reading is a
    // content word are no names in a list (种粮、养殖).
    expect(names('他曾任县长、曾获奖')).toEqual([]);
    expect(names('张三、曾多次获奖')).toEqual([]);
    expect(names('发展种粮、养殖')).toEqual([]);
  });

  it('leaves 曾 the adverb and words that start with a surname character alone', () => {
    expect(names('市长曾多次强调')).toEqual([]);
    expect(reader.pinyinLine('市长曾经说过')).toBe('shì zhǎng céng jīng shuō guò');
    expect(reader.pinyinLine('书记单位走访')).toContain('dān wèi');
  });
});
