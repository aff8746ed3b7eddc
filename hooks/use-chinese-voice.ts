import { useEffect, useState } from 'preact/hooks';
import { watchChineseVoice } from '@/utils/speech';

/** The browser's Chinese voice, if it has one; the voice list may arrive after the first render. */
export function useChineseVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => watchChineseVoice(setVoice), []);
  return voice;
}
