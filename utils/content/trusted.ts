/**
 * Wraps a handler so that it runs for the user's own input only: an event a page script dispatched
 * (a synthetic click, key or submit) has `isTrusted` false and is ignored.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
