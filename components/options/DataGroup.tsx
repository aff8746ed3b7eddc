import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { readCorrections, watchCorrections } from '@/utils/storage/local-items';
import { deleteAllCorrections, resetSettings } from '@/utils/storage/requests';

type Status = 'reset' | 'deleted' | 'confirm-delete' | { error: string } | null;

/**
 * Sync, "Reset to defaults" (it puts back every setting and keeps the reading corrections, which
 * are the user's own words), a separate way to delete the corrections, and the welcome page.
 */
export function DataGroup() {
  const [status, setStatus] = useState<Status>(null);
  const [corrections, setCorrections] = useState(0);
  useEffect(() => {
    void readCorrections().then((found) => setCorrections(found.size));
    return watchCorrections((found) => setCorrections(found.size));
  }, []);
  const failed = (error: unknown) => setStatus({ error: error instanceof Error ? error.message : String(error) });
  const reset = () => resetSettings().then(() => setStatus('reset'), failed);
  const remove = () => deleteAllCorrections().then(() => setStatus('deleted'), failed);
  const message =
    status === 'reset'
      ? t('resetDone')
      : status === 'deleted'
        ? t('deleteCorrectionsDone')
        : status && typeof status === 'object'
          ? t('storageError', status.error)
          : '';
  return (
    <section class="group" aria-labelledby="group-data">
      <h2 id="group-data">{t('groupData')}</h2>
      <p>{t('syncNote')}</p>
      <p class="muted">{t('resetKeepsCorrections')}</p>
      <p class="row">
        <button type="button" data-testid="reset-defaults" onClick={() => void reset()}>
          {t('resetDefaults')}
        </button>
        {status === 'confirm-delete' ? (
          <>
            <span role="alert">{t('deleteCorrectionsConfirm', corrections)}</span>
            <button type="button" class="danger" data-testid="delete-corrections-confirm" onClick={() => void remove()}>
              {t('deleteCorrections')}
            </button>
            <button type="button" onClick={() => setStatus(null)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="delete-corrections" disabled={corrections === 0} onClick={() => setStatus('confirm-delete')}>
            {t('deleteCorrections')}
          </button>
        )}
        <a href={browser.runtime.getURL('/welcome.html')}>{t('showWelcome')}</a>
      </p>
      <p role="status" class="muted" data-testid="data-status">
        {message || (corrections === 0 ? t('deleteCorrectionsNone') : '')}
      </p>
    </section>
  );
}
