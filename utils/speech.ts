/**
 * Reading aloud with the browser's own speech synthesis (nothing leaves the machine ZhuDu runs on
 * beyond what the browser's voice itself does). Pure helpers over the Web Speech API.
 */

/** Mandarin in simplified script first; Taiwan Mandarin next; Cantonese last, it reads the text in another language. */
const PREFERENCE = [/^zh[-_](CN|Hans)/i, /^cmn/i, /^zh$/i, /^zh[-_](TW|Hant)/i, /^(zh|yue)/i];

/**
 * Only voices the browser runs locally: a remote voice (Chrome's "Google 普通话") would send the
 * article's text to a speech service, and ZhuDu makes no network requests.
 */
export function pickChineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService !== false);
  for (const pattern of PREFERENCE) {
    const voice = local.find((v) => pattern.test(v.lang));
    if (voice) return voice;
  }
  return null;
}

function synth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

export function chineseVoice(): SpeechSynthesisVoice | null {
  const s = synth();
  return s ? pickChineseVoice(s.getVoices()) : null;
}

/** Calls back with the Chinese voice now and whenever the voice list changes (it often fills in late). */
export function watchChineseVoice(callback: (voice: SpeechSynthesisVoice | null) => void): () => void {
  const s = synth();
  if (!s) {
    callback(null);
    return () => {};
  }
  const pick = () => callback(pickChineseVoice(s.getVoices()));
  pick();
  s.addEventListener('voiceschanged', pick);
  return () => s.removeEventListener('voiceschanged', pick);
}

/** Speaks `text`, cutting off whatever was being read; `onEnd` runs when it finishes or is cancelled. */
export function speakChinese(text: string, voice: SpeechSynthesisVoice, onEnd?: () => void): void {
  const s = synth();
  if (!s) return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  if (onEnd) {
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
  }
  s.speak(utterance);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
