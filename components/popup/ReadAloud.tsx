import { useEffect, useState } from 'preact/hooks';

/** The browser's Chinese voice, if it has one; voices may arrive after the first call. */
function useChineseVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const pick = () => setVoice(speechSynthesis.getVoices().find((v) => /^zh(-|_)?(CN|Hans)?/i.test(v.lang)) ?? null);
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => speechSynthesis.removeEventListener('voiceschanged', pick);
  }, []);
  return voice;
}

/** Reads a text aloud with a zh-CN voice; hidden when the browser has no Chinese voice. */
export function ReadAloud({ text }: { text: string }) {
  const voice = useChineseVoice();
  const [speaking, setSpeaking] = useState(false);
  if (!voice) return null;
  const toggle = () => {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    speechSynthesis.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" class="read-aloud" onClick={toggle}>
      {speaking ? 'Stop reading' : 'Read aloud'}
    </button>
  );
}
