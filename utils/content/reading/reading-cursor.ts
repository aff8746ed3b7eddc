import { lineStep, type LineBox } from '../../core/reading/line-step';
import { CURSOR_HIGHLIGHT } from '../../dom-labels';
import { createPageHighlight } from '../../page/page-highlight';
import { blockOf, proseOf } from '../../page/prose';
import { TEXT_NODE } from '../../page/dom-constants';
import type { Box, CardActions, HoverCard } from '../card-model';
import type { PageFeature } from '../feature';
import { createCardPresenter } from '../hover/card-presenter';
import { readingFix } from '../hover/reading-fix';
import type { PageEnv } from '../page-env';
import HIGHLIGHTS_CSS from '../styles/highlights.css?inline';
import { readingKeyAction, startsReading, type ReadingKeyAction } from './reading-keys';
import { createReadingWords, type ReadingWord, type ReadingWords, type WordPlace } from './reading-words';

/** ↑ and ↓ look this many words ahead for the next line (a line of a narrow column holds a dozen). */
const LINE_LOOKAHEAD = 120;
/** The word is kept this far inside the viewport's top and bottom, px. */
const SCROLL_MARGIN = 80;

export interface ReadingCursorFeature extends PageFeature {
  /** Starts the cursor at the selection, else on the article's first word; false when the feature is not running. */
  begin(): boolean;
}

/**
 * Reading by keyboard: Alt+Shift+L (or ZhuDu's browser shortcut) puts a cursor on the first word of
 * the article, or on the selected one; ← → move it word by word, ↑ ↓ line by line, and the hover
 * card follows. Enter pins the card (it takes focus, as P does for hover), Esc leaves. The cursor is
 * a CSS highlight: the page's DOM is never written, and the page keeps its Tab order and its keys
 * (arrows are taken only while the cursor is on). The card's live region announces each word.
 */
export function readingCursorFeature(): ReadingCursorFeature {
  let begin: (() => void) | null = null;
  let redraw: (() => void) | null = null;
  return {
    name: 'reading-cursor',
    key: () => 'on',
    start(env, signal) {
      ({ begin, redraw } = startReadingCursor(env, signal));
      signal.addEventListener('abort', () => (begin = redraw = null));
    },
    // Tone style, sandhi or corrections changed: the words are read again; colours are drawn again.
    update: () => redraw?.(),
    begin: () => {
      begin?.();
      return begin !== null;
    },
  };
}

interface Reading {
  words: ReadingWords;
  place: WordPlace;
  word: ReadingWord;
  pinned: boolean;
}

function startReadingCursor(env: PageEnv, signal: AbortSignal): { begin(): void; redraw(): void } {
  const { doc, errors } = env;
  let reading: Reading | null = null;
  signal.addEventListener('abort', () => (reading = null));
  const view = createCursorView(env, signal);
  let readingKey = '';
  const run = serialRunner(env, signal);

  const actions: CardActions = {
    close: () => leave(),
    // A pinned card can fix its word's reading, as hover's can; the card shows it at once.
    fix: readingFix(env, () => (reading?.pinned ? reading.word.lookup.word : undefined), (word) => {
      if (reading) view.show((reading = { ...reading, word: { ...reading.word, lookup: { ...reading.word.lookup, word } } }), actions);
    }),
  };

  const moveTo = async (words: ReadingWords, place: WordPlace | null) => {
    if (!place || signal.aborted) return;
    const word = await words.at(place);
    if (!word || signal.aborted || (reading && reading.words !== words)) return;
    if (reading?.pinned) view.presenter.releaseFocus();
    reading = { words, place, word, pinned: false };
    view.show(reading, actions);
  };

  const leave = () => {
    const was = reading;
    reading = null;
    view.hide(actions, was?.pinned ?? false);
  };

  /** Reads the article's words afresh (with the current tone style and corrections) and goes to a place in them. */
  const restart = (placeIn: (words: ReadingWords) => Promise<WordPlace | null>) =>
    run(async () => {
      leave();
      readingKey = stateKey(env);
      const words = createReadingWords(env);
      await moveTo(words, await placeIn(words));
    });

  const begin = () =>
    restart(async (words) => {
      const start = selectionStart(doc, env);
      return (start && (await words.near(start.root, start.offset))) ?? words.first();
    });

  /** The reading, its words read again if the tone style or corrections changed while its card was pinned (a fix made there). */
  const current = async (): Promise<Reading | null> => {
    const now = reading;
    if (!now || stateKey(env) === readingKey) return now;
    readingKey = stateKey(env);
    const again = await readAgain(env, now);
    return signal.aborted || reading !== now ? null : (reading = again);
  };

  const act = (action: ReadingKeyAction) =>
    run(async () => {
      if (action === 'leave') return leave();
      const now = await current();
      if (!now || (action === 'pin' && now.pinned)) return;
      if (action !== 'pin') return moveTo(now.words, await placeFor(action, now));
      view.show((reading = { ...now, pinned: true }), actions);
      view.presenter.focusCard();
      return recordLookup(env, now);
    });

  const redraw = errors.guard(() => {
    if (!reading) return;
    const { block, start } = reading.word;
    // Read again with the new tone style or corrections, from the same word; a pinned card keeps its
    // word (a fix made there shows already) and the words are read again at the next key.
    if (stateKey(env) !== readingKey && !reading.pinned) restart((words) => words.near(block.root, start));
    else view.show(reading, actions);
  });

  listenForKeys(env, signal, { reading: () => reading, begin, act, isTyping: () => view.presenter.isTyping() });
  // The card follows its word when the page scrolls under it.
  doc.addEventListener('scroll', errors.guard(() => reading && !reading.pinned && view.show(reading, actions)), { capture: true, passive: true, signal });
  return { begin, redraw };
}

/** The cursor as the reader sees it: a highlight on its word and the card beside it. */
function createCursorView(env: PageEnv, signal: AbortSignal) {
  const highlighter = createPageHighlight(env.doc, CURSOR_HIGHLIGHT, HIGHLIGHTS_CSS);
  signal.addEventListener('abort', env.errors.guard(() => highlighter.destroy()));
  const presenter = createCardPresenter(env, signal);
  return {
    presenter,
    show(now: Reading, actions: CardActions) {
      const range = now.word.block.rangeOf(now.word.start, now.word.end);
      keepInView(env.doc.defaultView!, range);
      const boxes = boxesOf(range);
      presenter.show(cardOf(now, boxes, highlighter.set([range])), actions, now.word.sentence);
    },
    hide(actions: CardActions, wasPinned: boolean) {
      highlighter.set([]);
      presenter.show(null, actions, '');
      if (wasPinned) presenter.releaseFocus();
    },
  };
}

/** `now` with the article's words read again (new tone style or corrections), on the same word; null when it is gone. */
async function readAgain(env: PageEnv, now: Reading): Promise<Reading | null> {
  const words = createReadingWords(env);
  const place = await words.near(now.word.block.root, now.word.start);
  const word = place && (await words.at(place));
  return place && word ? { ...now, words, place, word } : null;
}

/** Where a key takes the cursor: the next or previous word, or the nearest word a line down or up. */
function placeFor(action: Exclude<ReadingKeyAction, 'pin' | 'leave'>, now: Reading): Promise<WordPlace | null> {
  if (action === 'next') return now.words.next(now.place);
  if (action === 'previous') return now.words.previous(now.place);
  return lineFrom(now, action);
}

/** What the words were read with: a change means reading them again. */
function stateKey(env: PageEnv): string {
  const { settings, corrections } = env.state();
  return `${settings.toneStyle}|${settings.toneSandhi}|${[...corrections].join(';')}`;
}

/** The hover card for the word under the cursor; word boxes only where the highlight API is missing. */
function cardOf(now: Reading, boxes: Box[], marked: boolean): HoverCard {
  const { lookup } = now.word;
  return { word: lookup.word, ...(lookup.term && { term: lookup.term }), anchor: boxes, wordBoxes: marked ? [] : boxes, pinned: now.pinned };
}

/** A pinned word goes to the study sheet's looked-up words, as a pinned hover card does. */
function recordLookup(env: PageEnv, now: Reading): void {
  const { word, term } = now.word.lookup;
  env.lookups.record({ word: word.text, pinyin: word.syllables.join(' '), sentence: now.word.sentence, ...(term?.entry && { meaning: term.entry.gloss_en }) });
}

/** The place ↓ or ↑ goes to: the word of the next line nearest across, or the last word before the end. */
async function lineFrom(now: Reading, direction: 'down' | 'up'): Promise<WordPlace | null> {
  const rects = boxesOf(now.word.block.rangeOf(now.word.start, now.word.end));
  const from = direction === 'down' ? rects[rects.length - 1] : rects[0];
  if (!from) return null;
  const places: WordPlace[] = [];
  const boxes: LineBox[] = [];
  let place: WordPlace | null = now.place;
  while (places.length < LINE_LOOKAHEAD) {
    place = place && (await (direction === 'down' ? now.words.next(place) : now.words.previous(place)));
    if (!place) break;
    const word = await now.words.at(place);
    const wordBoxes = word ? boxesOf(word.block.rangeOf(word.start, word.end)) : [];
    const box = direction === 'down' ? wordBoxes[0] : wordBoxes[wordBoxes.length - 1];
    if (!box) continue;
    places.push(place);
    boxes.push(box);
    const step = lineStep(from, boxes, direction);
    if (step.complete) return places[step.index] ?? null;
  }
  const step = lineStep(from, boxes, direction);
  return places[step.index] ?? places[places.length - 1] ?? null;
}

interface KeyTargets {
  reading(): Reading | null;
  begin(): void;
  act(action: ReadingKeyAction): void;
  isTyping(): boolean;
}

/** Trusted keys only: the start key when the cursor is off; the cursor's keys, taken from the page, while it is on. */
function listenForKeys(env: PageEnv, signal: AbortSignal, to: KeyTargets): void {
  env.doc.defaultView!.addEventListener(
    'keydown',
    env.errors.guard((event: KeyboardEvent) => {
      if (!event.isTrusted) return;
      const reading = to.reading();
      if (!reading) {
        if (!startsReading(event)) return;
        event.preventDefault();
        to.begin();
        return;
      }
      const action = readingKeyAction(event);
      // Enter on a pinned card belongs to the card (its buttons); the fix-reading field keeps its keys.
      if (!action || (action !== 'leave' && to.isTyping()) || (action === 'pin' && reading.pinned)) return;
      event.preventDefault();
      event.stopPropagation();
      to.act(action);
    }),
    { capture: true, signal },
  );
}

/** Keys are carried out one after another: a word may have to be fetched before the next key moves on. */
function serialRunner(env: PageEnv, signal: AbortSignal): (task: () => Promise<void>) => void {
  let queue: Promise<void> = Promise.resolve();
  return (task) => {
    queue = queue.then(task).catch((error: unknown) => {
      if (!signal.aborted) env.errors.report(error);
    });
  };
}

/** Where the selection starts, when it is in the article: the cursor starts on the word there. */
function selectionStart(doc: Document, env: PageEnv): { root: Node; offset: number } | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  if (node.nodeType !== TEXT_NODE || !env.article.contains(node)) return null;
  const root = blockOf(node);
  const offset = proseOf(root).offsetOf(node as Text);
  return offset < 0 ? null : { root, offset: offset + range.startOffset };
}

function boxesOf(range: Range): Box[] {
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0).map(({ left, top, width, height }) => ({ left, top, width, height }));
}

/** Scrolls the page so that the word is in view, with some room above and below it. */
function keepInView(win: Window, range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= SCROLL_MARGIN && rect.bottom <= win.innerHeight - SCROLL_MARGIN) return;
  win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' });
}
