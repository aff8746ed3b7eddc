import { h, render } from 'preact';
import { HoverLayer, type HoverState } from '@/components/HoverLayer';
import { TOOLTIP_CSS } from '@/components/tooltip-style';
import { TOOLTIP_HOST_TAG } from '../dom-labels';

export interface TooltipHost {
  render(state: HoverState | null, toneColors: boolean, onClose: () => void): void;
  /** Moves keyboard focus into the card (when it is pinned). */
  focusCard(): void;
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
  return {
    render(state, toneColors, onClose) {
      render(h(HoverLayer, { state, toneColors, onClose }), root);
    },
    focusCard() {
      root.querySelector<HTMLElement>('.card')?.focus();
    },
    cardSize() {
      const card = root.querySelector('.card');
      if (!card) return null;
      const rect = card.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    },
    destroy() {
      render(null, root);
      host.remove();
    },
  };
}
