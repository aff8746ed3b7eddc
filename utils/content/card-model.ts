import type { WordCard, WordTerm } from '../core/words/word-card';
import type { CorrectionProblem } from '../core/pinyin/corrections';

/**
 * What the hover card shows: the word and the term under the pointer as the background looked them
 * up (core/words/word-card.ts). The view (components/card) draws it, the hover feature decides it.
 */
export type CardWord = WordCard;
export type CardTerm = WordTerm;

/** A box in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface HoverCard {
  word: CardWord;
  term?: CardTerm;
  /** The hovered word's line boxes: the card goes above or below them, never over them. */
  anchor: Box[];
  /** Boxes drawn over the word where the browser has no Highlight API. */
  wordBoxes: Box[];
  pinned: boolean;
}

/** Reading aloud from the card; absent when the browser has no Chinese voice. */
export interface CardSpeech {
  sayWord(): void;
  readSentence(): void;
}

/** "Fix this reading": save resolves to an error message, or null once stored. */
export interface ReadingFix {
  /** Resolves to null when saved, else to what is wrong with the reading. */
  save(reading: string): Promise<CorrectionProblem | null>;
  reset(): Promise<void>;
}

export interface CardActions {
  close(): void;
  speech?: CardSpeech;
  fix?: ReadingFix;
}

/** Where the card is drawn: a host element of ZhuDu's own with a closed shadow root. */
export interface CardView {
  render(card: HoverCard | null, toneColors: boolean, actions: CardActions): void;
  /**
   * Gets the first card's styles and fonts ready while its word is being looked up: the browser
   * matches them at the first card drawn (10–50 ms in Chromium), which otherwise comes after the answer.
   */
  prepare(): void;
  /** Moves keyboard focus into the (pinned) card, remembering where it was. */
  focusCard(): void;
  /** Gives focus back to where it was before the card took it, if the card still has it. */
  releaseFocus(): void;
  /**
   * Whether the user is typing in the card (its "fix this reading" field). Keys typed there reach
   * the window as keys of the card's host: its shadow root is closed, so only the view can tell.
   */
  isTyping(): boolean;
  destroy(): void;
}

export type CreateCardView = (doc: Document) => CardView;
