import { h, render } from 'preact';
import type { CardView } from '@/utils/content/card-model';
import { UI_ATTRIBUTE } from '@/utils/dom-labels';
import TONES_CSS from '@/utils/styles/tones.css?inline';
import { followUiLanguage } from '@/utils/ui-language';
import CARD_CSS from './card.css?inline';
import { CardLayer } from './CardLayer';
import { PinyinTooltip } from './PinyinTooltip';

/**
 * The shadow root is closed, so page scripts cannot reach into the card (read it, fill its form,
 * click its buttons). The e2e build (`wxt build --mode e2e`) opens it so that the browser tests can
 * read the card; the production build has no such path (tests/e2e/build.e2e.ts checks).
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/** The hidden card prepare() draws: a word with every part a card has (pinyin, hanzi, senses, words inside). */
const SAMPLE_CARD: Parameters<typeof PinyinTooltip>[0] = {
  word: {
    text: '株洲市长',
    syllables: ['zhū', 'zhōu', 'shì', 'zhǎng'],
    kind: 'word',
    meanings: [{ pinyin: 'shì zhǎng', senses: ['mayor'], classifiers: ['位 wèi'], labels: [] }],
    inner: [
      { text: '株洲', pinyin: 'zhū zhōu', sense: 'Zhuzhou, prefecture-level city in Hunan' },
      { text: '市长', pinyin: 'shì zhǎng', sense: 'mayor' },
    ],
  },
  anchor: [{ left: 0, top: 0, width: 64, height: 20 }],
  toneColors: true,
  pinned: false,
  onClose: () => {},
};

/**
 * The card's host: a plain <div> with ZhuDu's attribute, under <html> rather than <body>, so the page's
 * own body children, text and selection are never touched. A plain element, not a custom element: a
 * page that defines an element of ZhuDu's name first would otherwise own the host (attachShadow throws).
 * Made at the first card, not when ZhuDu starts: a page nobody hovers gets no element.
 */
export function createCardView(doc: Document): CardView {
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTRIBUTE, 'card');
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = `${TONES_CSS}\n${CARD_CSS}`;
  const root = doc.createElement('div');
  shadow.append(style, root);
  doc.documentElement.append(host);
  let shown: Parameters<CardView['render']> | null = null;
  const draw = () => shown && render(h(CardLayer, { card: shown[0], toneColors: shown[1], actions: shown[2] }), root);
  // The card speaks the language chosen in the options, drawn again when it changes (or its strings arrive).
  const stopFollowing = followUiLanguage(() => draw());
  let returnFocus: HTMLElement | null = null;
  let prepared = false;
  return {
    render(card, toneColors, actions) {
      shown = [card, toneColors, actions];
      draw();
    },
    prepare() {
      if (prepared) return;
      prepared = true;
      // A hidden sample card, drawn, laid out and taken away while the word is looked up: the first real
      // card then finds its code compiled and its styles and fonts resolved (bench:tooltip's cold start).
      const sample = doc.createElement('div');
      sample.className = 'card-sample';
      sample.setAttribute('aria-hidden', 'true');
      shadow.append(sample);
      render(h(PinyinTooltip, SAMPLE_CARD), sample); // it places itself next to its anchor: laid out here
      render(null, sample);
      sample.remove();
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
    isTyping() {
      const active = shadow.activeElement as HTMLElement | null;
      return !!active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
    },
    destroy() {
      stopFollowing();
      render(null, root);
      host.remove();
    },
  };
}
