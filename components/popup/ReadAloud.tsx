import { useEffect, useState } from 'preact/hooks';
import { useChineseVoice } from '@/hooks/use-chinese-voice';
import { t } from '@/utils/i18n';
import { speakChinese, stopSpeaking } from '@/utils/speech';

/** Reads a text aloud with a Chinese voice; hidden when the browser has no Chinese voice. */
export function ReadAloud({ text }: { text: string }) {
  const voice = useChineseVoice();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => stopSpeaking(), []);
  if (!voice) return null;
  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    speakChinese(text, voice, () => setSpeaking(false));
    setSpeaking(true);
  };
  return (
    <button type="button" class="read-aloud" onClick={toggle}>
      {speaking ? t('stopReading') : t('readAloud')}
    </button>
  );
}
