import type { Box, HoverState } from '@/components/HoverLayer';
import { readWordAt } from '../core/pinyin/readings';
import { blockTextOf, isSkippedText } from '../page/block-text';
import { textPointAt } from '../page/hit-test';
import { createWordHighlighter } from '../page/word-highlight';
import type { Settings } from '../settings';
import type { ErrorLog } from './error-log';
import { createTooltipHost } from './tooltip-host';

export interface HoverEnv {
  doc: Document;
  settings: () => Settings;
  /** Whether a text node belongs to the text ZhuDu reads (the article, not nav or footer). */
  inScope: (node: Node) => boolean;
  errors: ErrorLog;
}

const GAP = 6;

/**
 * Pinyin of the word under the pointer. Pointer moves are coalesced to one lookup per animation
 * frame; the lookup reads only the hovered block, and the page is never written to: the word is
 * marked with a highlight (or boxes in our own shadow root) and the card lives in that shadow root.
 * Returns the function that stops it and removes everything it added.
 */
export function startHoverPinyin(env: HoverEnv): () => void {
  const { doc, errors } = env;
  const win = doc.defaultView!;
  const tooltip = createTooltipHost(doc);
  const highlighter = createWordHighlighter(doc);
  const lifetime = new AbortController();
  const listen = { passive: true, capture: true, signal: lifetime.signal };

  let pointer: { x: number; y: number } | null = null;
  let altHeld = false;
  let frame = 0;
  let shown: { node: Node; start: number; end: number } | null = null;

  const hide = () => {
    if (!shown) return;
    shown = null;
    highlighter.clear();
    tooltip.render(null, env.settings().toneColors);
  };

  const lookUp = () => {
    frame = 0;
    const { hoverMode } = env.settings();
    if (!pointer || hoverMode === 'off' || (hoverMode === 'alt' && !altHeld)) return hide();
    const point = textPointAt(doc, pointer.x, pointer.y);
    if (!point || isSkippedText(point.node) || !env.inScope(point.node)) return hide();
    const block = blockTextOf(point.node);
    const offset = block.offsetOf(point.node) + point.offset;
    const word = readWordAt(block.text, offset);
    if (!word) return hide();
    const range = block.rangeOf(word.start, word.end);
    if (shown && shown.node === range.startContainer && shown.start === range.startOffset && shown.end === range.endOffset) return;
    shown = { node: range.startContainer, start: range.startOffset, end: range.endOffset };
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    const wordBoxes: Box[] = highlighter.show(range)
      ? []
      : rects.map(({ left, top, width, height }) => ({ left, top, width, height }));
    show({ word, placement: { left: 0, top: 0 }, wordBoxes }, rects);
  };

  /** Renders the card below the word, then moves it to stay inside the viewport. */
  const show = (state: HoverState, rects: DOMRect[]) => {
    const anchor = rects[0] ?? { left: pointer!.x, top: pointer!.y, bottom: pointer!.y };
    const last = rects[rects.length - 1] ?? anchor;
    const { toneColors } = env.settings();
    state.placement = { left: anchor.left, top: last.bottom + GAP };
    tooltip.render(state, toneColors);
    const size = tooltip.cardSize();
    if (!size) return;
    const viewportWidth = doc.documentElement.clientWidth || win.innerWidth;
    const viewportHeight = doc.documentElement.clientHeight || win.innerHeight;
    let { left, top } = state.placement;
    if (top + size.height > viewportHeight) top = Math.max(0, anchor.top - GAP - size.height);
    left = Math.max(0, Math.min(left, viewportWidth - size.width));
    if (left !== state.placement.left || top !== state.placement.top) {
      tooltip.render({ ...state, placement: { left, top } }, toneColors);
    }
  };

  const guardedLookUp = errors.guard(lookUp);
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(guardedLookUp);
  };

  doc.addEventListener(
    'pointermove',
    errors.guard((event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      altHeld = event.altKey;
      // A pressed button means the user is selecting or dragging: stay out of the way.
      if (event.buttons) return hide();
      schedule();
    }),
    listen,
  );
  win.addEventListener(
    'keydown',
    errors.guard((event: KeyboardEvent) => {
      if (event.key === 'Alt') {
        altHeld = true;
        schedule();
      } else if (event.key === 'Escape') {
        hide();
      }
    }),
    listen,
  );
  win.addEventListener(
    'keyup',
    errors.guard((event: KeyboardEvent) => {
      if (event.key === 'Alt') {
        altHeld = false;
        schedule();
      }
    }),
    listen,
  );
  const guardedHide = errors.guard(hide);
  win.addEventListener('blur', errors.guard(() => ((altHeld = false), hide())), listen);
  doc.addEventListener('pointerdown', guardedHide, listen);
  // Scrolling moves the text under a still pointer: look again.
  doc.addEventListener('scroll', errors.guard(() => (hide(), schedule())), listen);
  doc.documentElement.addEventListener('pointerleave', errors.guard(() => ((pointer = null), hide())), listen);

  return () => {
    lifetime.abort();
    if (frame) win.cancelAnimationFrame(frame);
    highlighter.destroy();
    tooltip.destroy();
  };
}
