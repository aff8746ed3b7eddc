import { useEffect, useMemo } from 'preact/hooks';
import { toAnkiCsv, toSpreadsheetCsv, type CardRow } from '@/utils/core/study/anki';
import { t } from '@/utils/i18n';

/** An object URL for a CSV text, made in the page (no download permission needed) and released with it. */
function useCsvUrl(text: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })), [text]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

/**
 * The cards as two downloads: for Anki (its `#` header lines) and for spreadsheets (a plain header
 * row). `fileName` is the Anki file's; the table's gets `-table` before `.csv`.
 */
export function CsvLink({ rows, fileName }: { rows: CardRow[]; fileName: string }) {
  const anki = useCsvUrl(useMemo(() => toAnkiCsv(rows), [rows]));
  const table = useCsvUrl(useMemo(() => toSpreadsheetCsv(rows), [rows]));
  return (
    <>
      <a class="button" href={anki} download={fileName} data-testid="anki-csv">
        {t('studyCsv')}
      </a>
      <a class="button" href={table} download={fileName.replace(/\.csv$/, '-table.csv')} data-testid="table-csv">
        {t('studyCsvSheet')}
      </a>
      <span class="muted">{t('studyCsvRows', rows.length)}</span>
    </>
  );
}
