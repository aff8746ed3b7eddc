import type { ErrorLog } from '../error-log';
import type { HoverEvent } from './hover-state';
import { hoverKeyAction } from './hover-keys';

/**
 * The user's pointer and keys, as hover events. Every listener acts on trusted events only: a page
 * dispatching its own pointer or key events cannot show, pin or fill the card. Letters typed into
 * the card's own field are the user's reading, not commands (Esc still closes).
 */
export function listenToUser(
  doc: Document,
  signal: AbortSignal,
  errors: ErrorLog,
  handlers: {
    event(event: HoverEvent): void;
    /** The reader is here (pointer, scroll or keys): keep the words ready (throttled by the handler). */
    active(): void;
    /** The page scrolled. */
    scrolled(): void;
    hasCard(): boolean;
    typingInCard(): boolean;
  },
): void {
  const win = doc.defaultView!;
  const on = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) =>
    target.addEventListener(
      type,
      errors.guard((event: Event) => {
        if (event.isTrusted) handler(event as E);
      }),
      { capture: true, passive: true, signal },
    );
  const send = handlers.event;

  on<PointerEvent>(doc, 'pointermove', (event) => {
    handlers.active();
    send({ type: 'pointer', x: event.clientX, y: event.clientY, alt: event.altKey, pressed: event.buttons !== 0 });
  });
  on<KeyboardEvent>(win, 'keydown', (event) => {
    handlers.active();
    if (event.key === 'Alt') return send({ type: 'alt', held: true });
    const action = handlers.hasCard() && hoverKeyAction(event);
    if (action && (action === 'close' || !handlers.typingInCard())) send({ type: 'key', action });
  });
  on<KeyboardEvent>(win, 'keyup', (event) => {
    if (event.key === 'Alt') send({ type: 'alt', held: false });
  });
  on(win, 'blur', () => send({ type: 'blur' }));
  on(doc, 'pointerdown', () => send({ type: 'press' }));
  on(doc, 'scroll', () => {
    // Someone scrolling through an article is about to point at a word: Chrome's worker should not be
    // asleep then (a cold start costs the first card ~0.6 s).
    handlers.active();
    handlers.scrolled();
    send({ type: 'scroll' });
  });
  on(doc.documentElement, 'pointerleave', () => send({ type: 'leave' }));
}
