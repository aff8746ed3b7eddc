import { describe, expect, it } from 'vitest';
import { sandhiReading } from '@/utils/core/pinyin/sandhi';
import { reader } from '../../helpers/engine';

const line = (text: string, toneSandhi = true) =>
  reader.readChars(text, { toneStyle: 'marks', toneSandhi })
    .map((r) => r.pinyin)
    .join(' ');

describe('一/不 sandhi', () => {
  it('follows the next syllable: yí/bú before a fourth tone, yì before the others', () => {
    expect(sandhiReading('不', undefined, '断', 'duàn')).toBe('bú');
    expect(sandhiReading('一', undefined, '批', 'pī')).toBe('yì');
    expect(sandhiReading('一', '看', '看', 'kàn')).toBe('yi');
    expect(sandhiReading('一', undefined, '是', 'shì')).toBe('yī');
    expect(sandhiReading('不', undefined, undefined, undefined)).toBe('bù');
  });

  it('leaves ordinals and word-final 一 alone, as the dictionary writes them', () => {
    expect(line('一期投资')).toBe('yī qī tóu zī');
    expect(line('奋力实现一季度开门红')).toContain('yī jì dù');
    expect(line('统一战线')).toBe('tǒng yī zhàn xiàn');
    expect(line('第一批客户')).toBe('dì yī pī kè hù');
  });

  it('uses the reading of the next character in context', () => {
    expect(line('一样')).toBe('yí yàng');
    expect(line('睡了一觉')).toBe('shuì le yí jiào'); // 觉 is jiào here, so 一 is yí
    expect(line('整改一个问题')).toBe('zhěng gǎi yí gè wèn tí');
  });

  it('gives dictionary tones everywhere when off', () => {
    expect(line('一样不断一期', false)).toBe('yī yàng bù duàn yī qī');
  });
});
