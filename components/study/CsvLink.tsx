import { useEffect, useMemo } from 'preact/hooks';
import { toAnkiCsv, type CardRow } from '@/utils/core/study/anki';
import { t } from '@/utils/i18n';

/** A download link for the cards as an Anki CSV file, made in the page: no download permission needed. */
export function CsvLink({ rows, fileName }: { rows: CardRow[]; fileName: string }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([toAnkiCsv(rows)], { type: 'text/csv;charset=utf-8' })), [rows]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <>
      <a class="button" href={url} download={fileName} data-testid="anki-csv">
        {t('studyCsv')}
      </a>
      <span class="muted">{t('studyCsvRows', rows.length)}</span>
    </>
  );
}
