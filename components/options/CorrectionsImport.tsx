import { useState } from 'preact/hooks';
import { readCorrectionsFile, type RefusedEntry } from '@/utils/core/storage/corrections-file';
import { correctionMessage } from '@/utils/correction-message';
import { t } from '@/utils/i18n';
import { importCorrections } from '@/utils/storage/requests';

type Outcome = { summary: string; refused: RefusedEntry[] } | null;

/**
 * Import from a JSON file: read and checked here entry by entry, the valid entries added by the
 * background (the one writer; it checks them again and never replaces a saved reading), and every
 * refused entry listed with its reason.
 */
export function CorrectionsImport() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const importFile = async (file: File) => {
    const read = readCorrectionsFile(await file.text());
    if ('error' in read) return setOutcome({ summary: t(read.error === 'json' ? 'correctionsImportNotJson' : 'correctionsImportEmpty'), refused: [] });
    if (read.entries.length === 0 && read.refused.length === 0) return setOutcome({ summary: t('correctionsImportEmpty'), refused: [] });
    const report = read.entries.length > 0 ? await importCorrections(read.entries) : { added: [], same: [], kept: [], refused: [] };
    const refused = [...read.refused, ...report.refused];
    setOutcome({ summary: t('correctionsImported', report.added.length, report.same.length + report.kept.length, refused.length), refused });
  };
  return (
    <>
      <label class="button">
        {t('correctionsImport')}
        <input
          type="file"
          accept=".json,application/json"
          class="sr-only"
          data-testid="corrections-import"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file).catch((error: unknown) => setOutcome({ summary: t('storageError', String(error)), refused: [] }));
          }}
        />
      </label>
      {outcome && (
        <div role="status" class="import-report" data-testid="corrections-import-report">
          <p>{outcome.summary}</p>
          {outcome.refused.length > 0 && (
            <ul>
              {outcome.refused.map(({ word, problem }, index) => (
                <li key={index}>{t('correctionsRefusedItem', word, correctionMessage(problem))}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
