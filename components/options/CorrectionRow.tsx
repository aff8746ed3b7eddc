import { useEffect, useRef, useState } from 'preact/hooks';
import { checkCorrection } from '@/utils/core/pinyin/corrections';
import type { SavedCorrection } from '@/utils/core/storage/corrections';
import { correctionMessage } from '@/utils/correction-message';
import { langTag, t } from '@/utils/i18n';
import { saveCorrection } from '@/utils/storage/requests';

interface Props {
  saved: SavedCorrection;
  /** Tells the group what happened, for its status line. */
  done(message: string): void;
}

function savedOn(savedAt: number | null): string {
  return savedAt === null ? t('correctionsSavedEarlier') : new Intl.DateTimeFormat(langTag(), { dateStyle: 'medium' }).format(savedAt);
}

/** One saved correction: its word, reading and date, edited in place (checked as in the card) or deleted. */
export function CorrectionRow({ saved, done }: Props) {
  const { word, reading, savedAt } = saved;
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const isEditing = editing !== null;
  useEffect(() => {
    if (isEditing) input.current?.focus();
  }, [isEditing]);
  const failed = (reason: unknown) => setError(t('storageError', reason instanceof Error ? reason.message : String(reason)));

  const save = async () => {
    const typed = editing ?? '';
    const checked = checkCorrection(word, typed, reading.split(' '));
    if ('problem' in checked) return setError(correctionMessage(checked.problem));
    const { problem } = await saveCorrection(word, typed);
    if (problem) return setError(correctionMessage(problem));
    setEditing(null);
    setError('');
    done(t('correctionSavedAs', word, checked.reading));
  };
  const remove = () => saveCorrection(word, null).then(() => done(t('correctionDeleted', word)), failed);

  return (
    <tr data-testid="correction-row" data-word={word}>
      <th scope="row" lang="zh-CN">
        {word}
      </th>
      <td>
        {editing === null ? (
          <span lang="zh-Latn-pinyin" data-testid="correction-reading">
            {reading}
          </span>
        ) : (
          <form
            class="row"
            onSubmit={(event) => {
              event.preventDefault();
              void save().catch(failed);
            }}
          >
            <input
              ref={input}
              type="text"
              lang="zh-Latn-pinyin"
              spellcheck={false}
              autocomplete="off"
              aria-label={t('fixReadingLabel', word)}
              aria-invalid={error ? true : undefined}
              value={editing}
              data-testid="correction-input"
              onInput={(event) => setEditing((event.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" data-testid="correction-save">
              {t('fixReadingSave')}
            </button>
            <button type="button" onClick={() => (setEditing(null), setError(''))}>
              {t('cancel')}
            </button>
          </form>
        )}
        {error && (
          <p role="alert" class="correction-error" data-testid="correction-error">
            {error}
          </p>
        )}
      </td>
      <td>
        <time dateTime={savedAt === null ? undefined : new Date(savedAt).toISOString()}>{savedOn(savedAt)}</time>
      </td>
      <td class="actions">
        {editing === null && (
          <button type="button" aria-label={t('correctionEditOf', word)} data-testid="correction-edit" onClick={() => setEditing(reading)}>
            {t('correctionEdit')}
          </button>
        )}
        <button type="button" aria-label={t('correctionDeleteOf', word)} data-testid="correction-delete" onClick={() => void remove()}>
          {t('correctionDelete')}
        </button>
      </td>
    </tr>
  );
}
