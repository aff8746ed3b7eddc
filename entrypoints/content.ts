import { ZZNEWS_MATCHES } from '@/utils/core/site/hosts';
import { startSession } from '@/utils/content/session';

export default defineContentScript({
  matches: ZZNEWS_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startSession(ctx);
  },
});
