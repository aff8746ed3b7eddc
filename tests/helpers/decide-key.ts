/**
 * Dispatches a keydown on `target` and returns what `decide` made of it in a window-level capture
 * listener: where ZhuDu's key handlers sit, so a key typed into a field reaches them as it would.
 */
export function decideKey<T>(target: EventTarget, init: KeyboardEventInit, decide: (event: KeyboardEvent) => T): T {
  let seen: { value: T } | undefined;
  const listener = (event: KeyboardEvent) => (seen = { value: decide(event) });
  window.addEventListener('keydown', listener, { capture: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, ...init }));
  window.removeEventListener('keydown', listener, { capture: true });
  if (!seen) throw new Error('the keydown never reached the window');
  return seen.value;
}
