import { ZZNEWS_MATCHES } from '@/utils/core/site/hosts';
import { startSession } from '@/utils/content/session';

export default defineContentScript({
  matches: ZZNEWS_MATCHES,
  runAt: 'document_idle',
  // WXT would also announce each start with window.postMessage('*'): the page hears it (its own
  // message listeners run, and it learns ZhuDu is there), and Chromium spent 7–38 ms of the load
  // capturing where the call came from. Its document event, which ZhuDu's own copies listen to, stays.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSession(ctx);
  },
});
