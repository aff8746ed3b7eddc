import { h, render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CardTerm, CardWord } from '@/utils/content/card-model';
import { uiLocale } from '@/utils/i18n';
import TONES_CSS from '@/utils/styles/tones.css?inline';
import CARD_CSS from './card.css?inline';
import { PinyinTooltip } from './PinyinTooltip';

export interface ShownCard {
  word: CardWord;
  term?: CardTerm;
}

/** The card's own stylesheet, with the cards laid out in the flow of the page instead of over it. */
const IN_FLOW_CSS = `${TONES_CSS}\n${CARD_CSS}
:host { position: relative !important; width: auto !important; height: auto !important; pointer-events: auto !important; }
.cards { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start; }`;

/**
 * Hover cards shown inside an extension page (the options preview, the welcome page): the same
 * component and stylesheet as on a news page, in a shadow root of their own, so what is shown is
 * what the reader gets there.
 */
export function ShadowCards({ cards, toneColors, testId }: { cards: ShownCard[]; toneColors: boolean; testId?: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current!;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    if (!shadow.firstChild) {
      const style = document.createElement('style');
      style.textContent = IN_FLOW_CSS;
      shadow.append(style, document.createElement('div'));
    }
    const cardList = cards.map(({ word, term }) => h(PinyinTooltip, { key: word.text, word, ...(term && { term }), toneColors, pinned: false, onClose: () => {} }));
    render(h('div', { class: 'cards' }, cardList), shadow.lastChild as HTMLElement);
  }, [cards, toneColors, uiLocale()]);
  useEffect(() => {
    const root = hostRef.current!.shadowRoot?.lastChild as HTMLElement | undefined;
    return () => root && render(null, root); // the ref is cleared before this runs: hold the root here
  }, []);
  return <div ref={hostRef} class="shadow-cards" data-testid={testId} />;
}
