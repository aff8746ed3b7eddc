import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How long ZhuDu runs on a page: until the extension itself is gone (reloaded, updated, removed).
 *
 * WXT's context also stops a copy when *any* script in the page dispatches its start-up event
 * with ZhuDu's name (meant for a newer copy of ZhuDu announcing itself), so a page could switch
 * ZhuDu off by forging it. The event is only taken as a hint here: this copy stops only when it
 * really is cut off from the extension (its runtime id is gone), which is true of the old copy when
 * a new one starts, and never true while ZhuDu is installed and running.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** Stops now if the extension is gone; true while it is alive. Cheap: call it from handlers. */
  check(): boolean;
  stop(): void;
}

/** WXT's name for its start-up event (a static its context class keeps private; the name holds ZhuDu's id). */
const STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

export function createLifetime(ctx: Pick<ContentScriptContext, 'onInvalidated'>, doc: Document, alive: () => boolean): Lifetime {
  const controller = new AbortController();
  const check = () => {
    if (!controller.signal.aborted && !alive()) controller.abort();
    return !controller.signal.aborted;
  };
  ctx.onInvalidated(check);
  // Heard again even after a forged event made WXT stop listening: a real newer copy must still stop this one.
  doc.addEventListener(STARTED_EVENT, check, { signal: controller.signal });
  return { signal: controller.signal, check, stop: () => controller.abort() };
}
