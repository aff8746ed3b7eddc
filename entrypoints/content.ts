import { createCardView } from '@/components/card/card-view';
import { startSession } from '@/utils/content/session';
import { ZZNEWS_MATCHES } from '@/utils/core/site/hosts';

export default defineContentScript({
  matches: ZZNEWS_MATCHES,
  // In frames too, where a zznews page holds its article in one (a frameset, an iframe, a srcdoc frame).
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would also announce each start with window.postMessage('*'): the page hears it (its own
  // message listeners run, and it learns ZhuDu is there), and Chromium spent 7–38 ms of the load
  // capturing where the call came from. Its document event, which ZhuDu's own copies listen to, stays.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSession(ctx, { createCardView, alive: () => browser.runtime?.id != null });
  },
});
