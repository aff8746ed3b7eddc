/** A plain assertion: cheaper than expect() in a loop of thousands, and its message says what differed. */
export function check(condition: unknown, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

export const show = (value: unknown) => JSON.stringify(value);
