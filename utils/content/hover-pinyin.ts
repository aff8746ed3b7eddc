import type { Box, HoverState } from '@/components/HoverLayer';
import { WORD_HIGHLIGHT } from '../dom-labels';
import { blockTextOf, isProse, type BlockText } from '../page/prose';
import { textPointAt } from '../page/hit-test';
import { createPageHighlight } from '../page/page-highlight';
import type { Corrections } from '../core/pinyin/corrections';
import type { Settings } from '../core/storage/settings';
import { saveCorrection } from '../storage/requests';
import { checkCorrection } from '../core/pinyin/corrections';
import { styleSyllable } from '../core/pinyin/syllable';
import type { ReadingFix } from '@/components/FixReading';
import type { ErrorLog } from './error-log';
import type { TermSpot } from './glossary-marks';
import { sentenceAround } from '../core/text/han';
import { speakChinese, stopSpeaking, watchChineseVoice } from '../speech';
import { hoverKeyAction } from './hover-keys';
import { recordLookup } from './lookup-log';
import { createTooltipHost } from './tooltip-host';
import type { ReaderSource } from './pinyin-data';

export interface HoverEnv {
  doc: Document;
  settings: () => Settings;
  /** The user's own readings, applied before anything else. */
  corrections: () => Corrections;
  /** Whether a text node belongs to the text ZhuDu reads (the article, not nav or footer). */
  inScope: (node: Node) => boolean;
  /** The glossary term at an offset of a block, if any. */
  termAt: (block: BlockText, offset: number) => TermSpot | undefined;
  errors: ErrorLog;
  reader: ReaderSource;
}

const GAP = 6;
const WORD_STYLE = `::highlight(${WORD_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.45); }`;

/** Keeping the pointer on a word this long counts as looking it up (for the study sheet). */
const DWELL_MS = 1_500;

/**
 * Pinyin of the word under the pointer, with the glossary entry when the word is part of a policy
 * term. Pointer moves are coalesced to one lookup per animation frame; the lookup reads only the
 * hovered block, and the page is never written to: the word is marked with a highlight (or boxes
 * in our own shadow root) and the card lives in that shadow root. P pins the card (it then takes
 * focus and shows sources), Esc closes it, S and R read the word and its sentence aloud when the
 * browser has a Chinese voice (hover-keys.ts). Returns the function that stops it and removes all it added.
 */
export function startHoverPinyin(env: HoverEnv): () => void {
  const { doc, errors } = env;
  const win = doc.defaultView!;
  const tooltip = createTooltipHost(doc);
  const highlighter = createPageHighlight(doc, WORD_HIGHLIGHT, WORD_STYLE);
  const lifetime = new AbortController();
  const listen = { passive: true, capture: true, signal: lifetime.signal };

  let pointer: { x: number; y: number } | null = null;
  let altHeld = false;
  let frame = 0;
  let shown: { node: Node; start: number; end: number } | null = null;
  let state: HoverState | null = null;
  /** The sentence around the shown word, for reading aloud. */
  let sentence = '';
  let dwell = 0;
  let voice: SpeechSynthesisVoice | null = null;
  let stopVoices: (() => void) | null = null;
  let spoke = false;

  const lookedUp = () => {
    if (state) recordLookup(doc, state.word);
  };
  const say = (text: string) => {
    if (!voice || !text) return;
    lookedUp();
    spoke = true;
    speakChinese(text, voice);
  };
  const speech = {
    sayWord: errors.guard(() => say(state?.word.text ?? '')),
    readSentence: errors.guard(() => say(sentence)),
  };

  // "Fix this reading": stored through the settings module; the pinned card shows the new reading at once.
  const fix: ReadingFix = {
    save: async (reading) => {
      const word = state?.word;
      if (!word) return null;
      const { error } = await saveCorrection(word.text, reading);
      if (error) return error;
      const corrected = (checkCorrection(word.text, reading) as { reading: string }).reading.split(' ');
      const { toneStyle } = env.settings();
      if (state?.word === word) state = { ...state, word: { ...word, syllables: corrected.map((s) => styleSyllable(s, toneStyle)), polyphones: [] } };
      shown = null;
      render();
      return null;
    },
    reset: async () => {
      if (state) await saveCorrection(state.word.text, null);
    },
  };

  const render = () => {
    // Voices are asked for at the first card, not on every page load: some platforms start a speech engine for it.
    stopVoices ??= watchChineseVoice((found) => (voice = found));
    tooltip.render(state, env.settings().toneColors, close, voice ? speech : undefined, fix);
  };

  const hide = () => {
    // Keyed on the card, not on `shown`: saving a fix clears `shown` while the card stays up.
    if (!state || state.pinned) return;
    shown = null;
    state = null;
    win.clearTimeout(dwell);
    highlighter.set([]);
    render();
  };

  function close() {
    const wasPinned = state?.pinned;
    if (state) state = { ...state, pinned: false };
    hide();
    if (wasPinned) tooltip.releaseFocus();
  }

  const lookUp = () => {
    frame = 0;
    if (state?.pinned) return;
    const { hoverMode, toneStyle, toneSandhi } = env.settings();
    if (!pointer || hoverMode === 'off' || (hoverMode === 'alt' && !altHeld)) return hide();
    const reader = env.reader.current();
    if (!reader) return; // the first pointer move asked for it; warmUp looks again
    const point = textPointAt(doc, pointer.x, pointer.y);
    if (!point || !isProse(point.node) || !env.inScope(point.node)) return hide();
    const block = blockTextOf(point.node);
    const offset = block.offsetOf(point.node) + point.offset;
    const word = reader.readWordAt(block.text, offset, { toneStyle, toneSandhi, corrections: env.corrections() });
    if (!word) return hide();
    const range = block.rangeOf(word.start, word.end);
    if (shown && shown.node === range.startContainer && shown.start === range.startOffset && shown.end === range.endOffset) return;
    shown = { node: range.startContainer, start: range.startOffset, end: range.endOffset };
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    const wordBoxes: Box[] = highlighter.set([range])
      ? []
      : rects.map(({ left, top, width, height }) => ({ left, top, width, height }));
    const around = sentenceAround(block.text, word.start);
    sentence = block.text.slice(around.start, around.end).trim();
    const spot = env.termAt(block, offset);
    const term = spot && { text: spot.text, ...(spot.entry && { entry: spot.entry }) };
    show({ word, ...(term && { term }), placement: { left: 0, top: 0 }, wordBoxes, pinned: false }, rects);
  };

  /** Renders the card below the word, then moves it to stay inside the viewport. */
  const show = (next: HoverState, rects: DOMRect[]) => {
    const anchor = rects[0] ?? { left: pointer!.x, top: pointer!.y, bottom: pointer!.y };
    const last = rects[rects.length - 1] ?? anchor;
    state = { ...next, placement: { left: anchor.left, top: last.bottom + GAP } };
    render();
    win.clearTimeout(dwell);
    dwell = win.setTimeout(errors.guard(lookedUp), DWELL_MS);
    const size = tooltip.cardSize();
    if (!size) return;
    const viewportWidth = doc.documentElement.clientWidth || win.innerWidth;
    const viewportHeight = doc.documentElement.clientHeight || win.innerHeight;
    let { left, top } = state.placement;
    if (top + size.height > viewportHeight) top = Math.max(0, anchor.top - GAP - size.height);
    left = Math.max(0, Math.min(left, viewportWidth - size.width));
    if (left !== state.placement.left || top !== state.placement.top) {
      state = { ...state, placement: { left, top } };
      render();
    }
  };

  const guardedLookUp = errors.guard(lookUp);
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(guardedLookUp);
  };

  // The first pointer move says someone is reading with a mouse: fetch the pinyin tables, then get
  // the reader ready one step per task, so that the first card is not one long task (~40 ms of
  // setting up in Chromium). A page nobody points at pays nothing.
  let warm = false;
  const warmUp = () => {
    warm = true;
    const steps: (() => void)[] = [];
    const next = errors.guard(() => {
      if (lifetime.signal.aborted) return;
      steps.shift()?.();
      if (steps.length > 0) win.setTimeout(next, 0);
      else schedule(); // the pointer may have been resting on a word all along
    });
    env.reader.load().then(
      (reader) => (steps.push(...reader.warmUp), win.setTimeout(next, 0)),
      errors.guard((error: unknown) => {
        warm = false; // the next pointer move asks again
        throw error;
      }),
    );
  };

  doc.addEventListener(
    'pointermove',
    errors.guard((event: PointerEvent) => {
      if (!warm && env.settings().hoverMode !== 'off') warmUp();
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
        return;
      }
      const action = state && hoverKeyAction(event);
      if (!state || !action) return;
      if (action === 'close') close();
      else if (action === 'say') speech.sayWord();
      else if (action === 'sentence') speech.readSentence();
      else if (state.pinned) close();
      else {
        state = { ...state, pinned: true };
        lookedUp();
        render();
        tooltip.focusCard();
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
  win.addEventListener('blur', errors.guard(() => ((altHeld = false), hide())), listen);
  doc.addEventListener('pointerdown', errors.guard(hide), listen);
  // Scrolling moves the text under a still pointer: look again.
  doc.addEventListener('scroll', errors.guard(() => (hide(), schedule())), listen);
  doc.documentElement.addEventListener('pointerleave', errors.guard(() => ((pointer = null), hide())), listen);

  return () => {
    stopVoices?.();
    if (spoke) stopSpeaking();
    win.clearTimeout(dwell);
    lifetime.abort();
    if (frame) win.cancelAnimationFrame(frame);
    highlighter.destroy();
    tooltip.destroy();
  };
}
