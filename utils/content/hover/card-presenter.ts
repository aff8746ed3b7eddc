import { speakChinese, stopSpeaking, watchChineseVoice } from '../../speech';
import type { CardActions, CardView, HoverCard } from '../card-model';
import type { PageEnv } from '../page-env';

/** The card on screen: made at the first card, drawn again on every change, taken away with hover. */
export interface CardPresenter {
  show(card: HoverCard | null, actions: CardActions, sentence: string): void;
  /** A word is being looked up in the background: the first card's element, voice and fonts get ready meanwhile. */
  prepare(): void;
  focusCard(): void;
  releaseFocus(): void;
  isTyping(): boolean;
  say(text: string): void;
}

export function createCardPresenter(env: PageEnv, signal: AbortSignal): CardPresenter {
  const { doc, errors } = env;
  let view: CardView | null = null;
  let voice: SpeechSynthesisVoice | null = null;
  let stopVoices: (() => void) | null = null;
  let spoke = false;

  const say = (text: string) => {
    if (!voice || !text) return;
    spoke = true;
    speakChinese(text, voice);
  };

  signal.addEventListener(
    'abort',
    errors.guard(() => {
      stopVoices?.();
      if (spoke) stopSpeaking();
      view?.destroy();
    }),
  );

  const ready = () => {
    // Voices are asked for at the first card, not on every page load: some platforms start a speech engine for it.
    stopVoices ??= watchChineseVoice((found) => (voice = found));
    return (view ??= env.createCardView(doc));
  };

  return {
    show(card, actions, sentence) {
      if (!card && !view) return;
      const drawn = ready();
      const speech = voice && card ? { sayWord: errors.guard(() => say(card.word.text)), readSentence: errors.guard(() => say(sentence)) } : undefined;
      drawn.render(card, env.state().settings.toneColors, { ...actions, ...(speech && { speech }) });
    },
    prepare: () => ready().prepare(),
    focusCard: () => view?.focusCard(),
    releaseFocus: () => view?.releaseFocus(),
    isTyping: () => view?.isTyping() ?? false,
    say,
  };
}
