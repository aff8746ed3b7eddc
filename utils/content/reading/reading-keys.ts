import { isTyping } from '../hover/hover-keys';

/** What a key does to the reading cursor. */
export type ReadingKeyAction = 'next' | 'previous' | 'down' | 'up' | 'pin' | 'leave';

const WHILE_READING: Record<string, ReadingKeyAction> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'down',
  ArrowUp: 'up',
  Enter: 'pin',
  Escape: 'leave',
};

/**
 * Alt+Shift+L starts reading by keyboard: the browser's shortcut for ZhuDu's command when it is set,
 * heard in the page too for when the browser does not pass it on (a shortcut taken by another
 * extension, or removed by the user). By `code`, since Alt changes the letter on some layouts.
 */
export function startsReading(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL' && !event.repeat && !isTyping(event);
}

/**
 * The keys of the reading cursor, while it is on: arrows move it, Enter pins the card, Esc leaves.
 * With Ctrl, Alt or ⌘ (or Shift, which selects) a key stays the page's and the browser's, and so
 * does every key typed into a field.
 */
export function readingKeyAction(event: KeyboardEvent): ReadingKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null;
  const action = WHILE_READING[event.key] ?? null;
  if (action !== 'leave' && isTyping(event)) return null;
  return action;
}
