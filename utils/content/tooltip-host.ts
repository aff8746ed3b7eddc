import type { ReadingFix } from '@/components/FixReading';
import { h, render } from 'preact';
import { HoverLayer, type HoverState } from '@/components/HoverLayer';
import type { TooltipSpeech } from '@/components/PinyinTooltip';
import { TOOLTIP_CSS } from '@/components/tooltip-style';
import { TOOLTIP_HOST_TAG } from '../dom-labels';
import { followUiLanguage } from '../ui-language';

export interface TooltipHost {
  render(state: HoverState | null, toneColors: boolean, onClose: () => void, speech?: TooltipSpeech, fix?: ReadingFix): void;
  /** Moves keyboard focus into the card (when it is pinned), remembering where it was. */
  focusCard(): void;
  /** Gives focus back to where it was before the card took it, if the card still has it. */
  releaseFocus(): void;
  /** The card's size after the last render, to keep it inside the viewport. */
  cardSize(): { width: number; height: number } | null;
  destroy(): void;
}

/**
 * One custom element under <html> with an open shadow root. Placed under <html>, not <body>, so the
 * page's own body children, its text and its selection are never touched.
 */
export function createTooltipHost(doc: Document): TooltipHost {
  const host = doc.createElement(TOOLTIP_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  const root = doc.createElement('div');
  shadow.append(style, root);
  doc.documentElement.append(host);
  let returnFocus: HTMLElement | null = null;
  // The card speaks the language chosen in the options; it picks a change up at its next render.
  const stopFollowing = followUiLanguage();
  return {
    render(state, toneColors, onClose, speech, fix) {
      render(h(HoverLayer, { state, toneColors, onClose, ...(speech && { speech }), ...(fix && { fix }) }), root);
    },
    focusCard() {
      const active = doc.activeElement as HTMLElement | null;
      returnFocus = active && active !== host && active !== doc.body ? active : null;
      root.querySelector<HTMLElement>('.card')?.focus();
    },
    releaseFocus() {
      const target = returnFocus;
      returnFocus = null;
      if (doc.activeElement === host && target?.isConnected) target.focus({ preventScroll: true });
      else if (doc.activeElement === host) host.blur();
    },
    cardSize() {
      const card = root.querySelector('.card');
      if (!card) return null;
      const rect = card.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    },
    destroy() {
      stopFollowing();
      render(null, root);
      host.remove();
    },
  };
}
