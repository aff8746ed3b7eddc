import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SavedCorrection } from '@/utils/core/storage/corrections';
import { correctionsFileText } from '@/utils/core/storage/corrections-file';
import { t } from '@/utils/i18n';
import { readSavedCorrections, watchSavedCorrections } from '@/utils/storage/local-items';
import { CorrectionRow } from './CorrectionRow';
import { CorrectionsImport } from './CorrectionsImport';

/** Every saved reading correction (word, reading, date saved), each editable and deletable, with export and import. */
export function CorrectionsGroup() {
  const [saved, setSaved] = useState<SavedCorrection[] | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void readSavedCorrections().then(setSaved);
    return watchSavedCorrections(setSaved);
  }, []);
  return (
    <section class="group" aria-labelledby="group-corrections" data-testid="corrections">
      <h2 id="group-corrections">{t('groupCorrections')}</h2>
      <p>{t('correctionsAbout')}</p>
      {saved && saved.length === 0 && <p class="muted">{t('deleteCorrectionsNone')}</p>}
      {saved && saved.length > 0 && (
        <table class="corrections" data-testid="corrections-list">
          <thead>
            <tr>
              <th scope="col">{t('correctionsWord')}</th>
              <th scope="col">{t('correctionsReading')}</th>
              <th scope="col">{t('correctionsSavedOn')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {saved.map((correction) => (
              <CorrectionRow key={correction.word} saved={correction} done={setStatus} />
            ))}
          </tbody>
        </table>
      )}
      <div class="corrections-tools">
        {saved && saved.length > 0 && <ExportLink saved={saved} />}
        <CorrectionsImport />
      </div>
      <p role="status" class="muted" data-testid="corrections-status">
        {status}
      </p>
    </section>
  );
}

/** A download of the corrections as JSON, made in the page: no download permission needed. */
function ExportLink({ saved }: { saved: SavedCorrection[] }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([correctionsFileText(saved, Date.now())], { type: 'application/json' })), [saved]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a class="button" href={url} download="zhudu-corrections.json" data-testid="corrections-export">
      {t('correctionsExport')}
    </a>
  );
}
