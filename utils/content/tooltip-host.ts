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
 * page's own body children, its text and its selection are never touched. Made at the first card,
 * not when ZhuDu starts: a page nobody hovers gets no element and pays nothing for it.
 */
export function createTooltipHost(doc: Document): TooltipHost {
  let made: { host: HTMLElement; root: HTMLElement; stopFollowing: () => void } | null = null;
  const make = () => {
    const host = doc.createElement(TOOLTIP_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    const root = doc.createElement('div');
    shadow.append(style, root);
    doc.documentElement.append(host);
    // The card speaks the language chosen in the options; it picks a change up at its next render.
    return { host, root, stopFollowing: followUiLanguage() };
  };
  let returnFocus: HTMLElement | null = null;
  return {
    render(state, toneColors, onClose, speech, fix) {
      if (!made && !state) return;
      made ??= make();
      render(h(HoverLayer, { state, toneColors, onClose, ...(speech && { speech }), ...(fix && { fix }) }), made.root);
    },
    focusCard() {
      if (!made) return;
      const active = doc.activeElement as HTMLElement | null;
      returnFocus = active && active !== made.host && active !== doc.body ? active : null;
      made.root.querySelector<HTMLElement>('.card')?.focus();
    },
    releaseFocus() {
      if (!made) return;
      const target = returnFocus;
      returnFocus = null;
      if (doc.activeElement === made.host && target?.isConnected) target.focus({ preventScroll: true });
      else if (doc.activeElement === made.host) made.host.blur();
    },
    cardSize() {
      const card = made?.root.querySelector('.card');
      if (!card) return null;
      const rect = card.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    },
    destroy() {
      if (!made) return;
      made.stopFollowing();
      render(null, made.root);
      made.host.remove();
      made = null;
    },
  };
}
