/** What a key does to the hover card. */
export type HoverKeyAction = 'close' | 'pin' | 'say' | 'sentence';

const LETTERS: Record<string, HoverKeyAction> = { p: 'pin', s: 'say', r: 'sentence' };

/**
 * Keys typed into a field belong to the field. The element that really has the key is the first of
 * the composed path: at window level, an event from inside a shadow root (a page's web component, or
 * our own card) is retargeted to the shadow host, which is neither an input nor editable.
 */
export function isTyping(event: Event): boolean {
  const el = (event.composedPath?.()[0] ?? event.target) as HTMLElement | null;
  return !!el && (el.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

/**
 * The card's keys: Esc closes it (even from a field: nothing is typed by Esc, and it is not
 * swallowed), P pins it, S says the word, R reads its sentence. Letters never act while the user
 * types, nor with Ctrl or ⌘, which belong to the browser and the page. None is ever prevented.
 */
export function hoverKeyAction(event: KeyboardEvent): HoverKeyAction | null {
  if (event.key === 'Escape') return 'close';
  if (event.ctrlKey || event.metaKey || event.repeat || isTyping(event)) return null;
  return LETTERS[event.key.toLowerCase()] ?? null;
}
