import type { HoverMode } from '../../core/storage/settings';
import type { CardWord, HoverCard } from '../card-model';
import type { HoverKeyAction } from './hover-keys';

/** Where a word is in the page: a text node and offsets in it (and the term it belongs to, -1 for none). */
export interface HoverPlace {
  node: object;
  start: number;
  end: number;
  term: number;
}

const samePlace = (a: HoverPlace | null, b: HoverPlace | null) =>
  !!a && !!b && a.node === b.node && a.start === b.start && a.end === b.end && a.term === b.term;

/** What hover knows between events: where the pointer is, whether Alt is held, and the card it shows. */
export interface HoverState {
  pointer: { x: number; y: number } | null;
  alt: boolean;
  card: HoverCard | null;
  /** Where the word the card is about is, so that a pointer moving within it draws nothing new. */
  shown: HoverPlace | null;
}

export type HoverEvent =
  | { type: 'pointer'; x: number; y: number; alt: boolean; pressed: boolean }
  | { type: 'leave' }
  | { type: 'press' }
  | { type: 'blur' }
  | { type: 'scroll' }
  | { type: 'alt'; held: boolean }
  | { type: 'key'; action: HoverKeyAction }
  | { type: 'found'; card: HoverCard | null; shown: HoverPlace | null }
  | { type: 'reading'; word: CardWord };

/** What the feature must do after a step: the reducer itself touches nothing. */
export interface HoverEffects {
  /** Look up the word under the pointer (in the next animation frame). */
  lookUp?: boolean;
  focus?: 'card' | 'back';
  say?: 'word' | 'sentence';
  /** The word counts as looked up (pinned, read aloud). */
  record?: boolean;
}

export const INITIAL_HOVER: HoverState = { pointer: null, alt: false, card: null, shown: null };

const reads = (mode: HoverMode, alt: boolean) => mode === 'always' || (mode === 'alt' && alt);

/** The card goes away unless it is pinned. */
const hide = (state: HoverState): HoverState => (state.card?.pinned ? state : { ...state, card: null, shown: null });

/**
 * One step of hover: pointer moves, keys and lookup results in, the next state and its effects out.
 * A pinned card stays until Esc, P or its close button; a pressed button means the user selects or
 * drags, and hover stays out of the way.
 */
export function hoverStep(state: HoverState, event: HoverEvent, mode: HoverMode): { state: HoverState; effects: HoverEffects } {
  const pinned = state.card?.pinned === true;
  const lookUpIf = (next: HoverState) =>
    pinned ? { state: next, effects: {} } : reads(mode, next.alt) && next.pointer ? { state: next, effects: { lookUp: true } } : { state: hide(next), effects: {} };
  switch (event.type) {
    case 'pointer': {
      const next = { ...state, pointer: { x: event.x, y: event.y }, alt: event.alt };
      return event.pressed ? { state: hide(next), effects: {} } : lookUpIf(next);
    }
    case 'leave':
      return { state: hide({ ...state, pointer: null }), effects: {} };
    case 'press':
      return { state: hide(state), effects: {} };
    case 'blur':
      return { state: hide({ ...state, alt: false }), effects: {} };
    case 'scroll':
      // Scrolling moves the text under a still pointer: look again.
      return lookUpIf(hide(state));
    case 'alt':
      return lookUpIf({ ...state, alt: event.held });
    case 'found':
      if (pinned || !reads(mode, state.alt)) return { state: pinned ? state : hide(state), effects: {} };
      if (!event.card) return { state: hide(state), effects: {} };
      if (samePlace(event.shown, state.shown)) return { state, effects: {} };
      return { state: { ...state, card: event.card, shown: event.shown }, effects: {} };
    case 'reading':
      return state.card ? { state: { ...state, card: { ...state.card, word: event.word } }, effects: {} } : { state, effects: {} };
    case 'key':
      return keyStep(state, event.action);
  }
}

function keyStep(state: HoverState, action: HoverKeyAction): { state: HoverState; effects: HoverEffects } {
  const card = state.card;
  if (!card) return { state, effects: {} };
  if (action === 'say') return { state, effects: { say: 'word', record: true } };
  if (action === 'sentence') return { state, effects: { say: 'sentence', record: true } };
  if (action === 'pin' && !card.pinned) return { state: { ...state, card: { ...card, pinned: true } }, effects: { focus: 'card', record: true } };
  // Esc, or P on a pinned card: close it, and give focus back if the card had it.
  return { state: { ...state, card: null, shown: null }, effects: card.pinned ? { focus: 'back' } : {} };
}
