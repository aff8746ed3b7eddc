import { describe, expect, it } from 'vitest';
import { pickChineseVoice } from '@/utils/speech';

const voice = (lang: string, localService: boolean, name = lang) => ({ lang, localService, name }) as SpeechSynthesisVoice;

describe('pickChineseVoice', () => {
  it('never picks a remote voice, which would send the text to a speech service', () => {
    expect(pickChineseVoice([voice('zh-CN', false, 'Google 普通话')])).toBeNull();
    expect(pickChineseVoice([voice('zh-CN', false), voice('zh-TW', true)])?.lang).toBe('zh-TW');
  });

  it('prefers mainland Mandarin among local voices', () => {
    expect(pickChineseVoice([voice('en-US', true), voice('zh-TW', true), voice('zh-CN', true)])?.lang).toBe('zh-CN');
  });
});
