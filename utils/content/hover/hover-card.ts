import { WORD_HIGHLIGHT } from '../../dom-labels';
import { createPageHighlight } from '../../page/page-highlight';
import type { LookedUp } from '../../core/study/cards';
import type { CardActions, CardTerm, CardWord } from '../card-model';
import type { PageFeature } from '../feature';
import type { PageEnv } from '../page-env';
import HIGHLIGHTS_CSS from '../styles/highlights.css?inline';
import { signalTimers } from '../timers';
import { createCardPresenter } from './card-presenter';
import { listenToUser } from './hover-input';
import { readingFix } from './reading-fix';
import { createHoverLookups } from './hover-lookups';
import type { HoverHit } from './hover-lookup';
import { hoverStep, INITIAL_HOVER, type HoverEffects, type HoverEvent, type HoverState } from './hover-state';

/** Keeping the pointer on a word this long counts as looking it up (for the study sheet). */
const DWELL_MS = 1_500;

/**
 * Pinyin of the word under the pointer, with the glossary entry when the word is part of a policy
 * term. The page is never written to: the word is marked with a highlight and the card lives in
 * ZhuDu's own closed shadow root. P pins the card (it then takes focus and shows sources), Esc
 * closes it, S and R read the word and its sentence aloud when the browser has a Chinese voice.
 * What happens is decided by the pure reducer (hover-state.ts); this file carries out its effects.
 */
export function hoverCardFeature(): PageFeature {
  let running: RunningHover | null = null;
  return {
    name: 'hover-card',
    key: ({ settings }) => (settings.hoverMode === 'off' ? null : 'on'),
    start(env, signal) {
      running = startHover(env, signal);
      signal.addEventListener('abort', () => (running = null));
    },
    // The next event reads the new settings; a card on screen is drawn again with them (tone colours),
    // and the cards fetched for the screen, which a new tone style or correction made stale, again.
    update() {
      running?.redraw();
      running?.refetch();
    },
  };
}

interface RunningHover {
  /** Draws the card again. */
  redraw(): void;
  /** Fetches the cards of the paragraphs on screen again. */
  refetch(): void;
}

/** Starts hover on a page. */
function startHover(env: PageEnv, signal: AbortSignal): RunningHover {
  const { doc, errors } = env;
  const timers = signalTimers(doc.defaultView!, signal);
  const highlighter = createPageHighlight(doc, WORD_HIGHLIGHT, HIGHLIGHTS_CSS);
  signal.addEventListener('abort', errors.guard(() => highlighter.destroy()));
  const presenter = createCardPresenter(env, signal);
  let state: HoverState = INITIAL_HOVER;
  let hit: HoverHit | null = null;
  let dwell = 0;

  const record = () => {
    const card = state.card;
    if (card) env.lookups.record(lookedUp(card.word, card.term, hit?.sentence ?? ''));
  };
  const actions: CardActions = { close: () => dispatch({ type: 'key', action: 'close' }), fix: readingFix(env, () => state.card?.word, (word) => dispatch({ type: 'reading', word })) };
  const render = () => presenter.show(state.card, actions, hit?.sentence ?? '');

  const lookups = createHoverLookups(env, signal, timers, () => (state.card?.pinned ? null : state.pointer), (found) => {
    const wordBoxes = found && !highlighter.set([found.range]) ? found.boxes : [];
    const card = found && { word: found.word, ...(found.term && { term: found.term }), anchor: found.boxes, wordBoxes, pinned: false };
    const before = state;
    dispatch({ type: 'found', card, shown: found?.place ?? null });
    if (state !== before && state.card) hit = found;
  }, presenter.prepare);

  const apply = (effects: HoverEffects, before: HoverState) => {
    if (state.card !== before.card) {
      if (!state.card) {
        hit = null;
        highlighter.set([]);
      }
      render();
      timers.clearTimeout(dwell);
      if (state.card && !state.card.pinned) dwell = timers.timeout(errors.guard(record), DWELL_MS);
    }
    if (effects.record) record();
    if (effects.say) presenter.say(effects.say === 'word' ? (state.card?.word.text ?? '') : (hit?.sentence ?? ''));
    if (effects.focus === 'card') presenter.focusCard();
    if (effects.focus === 'back') presenter.releaseFocus();
    if (effects.lookUp) lookups.schedule();
  };

  function dispatch(event: HoverEvent) {
    const before = state;
    const step = hoverStep(state, event, env.state().settings.hoverMode);
    state = step.state;
    apply(step.effects, before);
  }

  listenToUser(doc, signal, errors, {
    event: dispatch,
    active: lookups.warmUp,
    scrolled: lookups.viewMoved,
    hasCard: () => state.card !== null,
    typingInCard: presenter.isTyping,
  });
  return { redraw: errors.guard(render), refetch: lookups.refresh };
}

/** A card as the study sheet keeps it: the word (a slogan whole), its pinyin, what it means, its sentence. */
function lookedUp(word: CardWord, term: CardTerm | undefined, sentence: string): LookedUp {
  const meaning = term?.entry?.gloss_en ?? word.meanings?.[0]?.senses.slice(0, 3).join('; ') ?? word.inner?.map((inner) => inner.sense).filter(Boolean).join(' + ');
  return {
    word: word.text,
    pinyin: word.syllables.join(' '),
    ...(word.name && { name: word.name }),
    ...(word.gloss && { gloss: word.gloss }),
    ...(meaning && { meaning }),
    ...(sentence && { sentence }),
  };
}
