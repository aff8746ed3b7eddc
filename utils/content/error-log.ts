/**
 * Catches what goes wrong inside ZhuDu's own handlers on a page, so that a bug in ZhuDu never
 * surfaces as an uncaught error in someone else's page, and is still counted: the popup reports it,
 * and the browser tests assert that it stays at zero on every fixture.
 */
export interface ErrorLog {
  /** Wraps a handler so that its errors are recorded and logged instead of thrown. */
  guard<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void;
  /** Records an error caught elsewhere (a failed request). */
  report(error: unknown): void;
  readonly count: number;
  readonly last: string | null;
}

export function createErrorLog(log: (error: unknown) => void = (error) => console.error('ZhuDu:', error)): ErrorLog {
  let count = 0;
  let last: string | null = null;
  const report = (error: unknown) => {
    count++;
    last = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    log(error);
  };
  return {
    guard(handler) {
      return (...args) => {
        try {
          handler(...args);
        } catch (error) {
          report(error);
        }
      };
    },
    report,
    get count() {
      return count;
    },
    get last() {
      return last;
    },
  };
}
