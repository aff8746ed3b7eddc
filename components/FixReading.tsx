import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** Saves the user's reading of a word; resolves to an error message, or null when it was stored. */
export interface ReadingFix {
  save: (reading: string) => Promise<string | null>;
  reset: () => Promise<void>;
}

interface Props {
  word: string;
  syllables: string[];
  fix: ReadingFix;
}

/**
 * "Fix this reading", in the pinned card: the user types the pinyin they want; it is checked, stored
 * locally, and used for this word everywhere from then on, across restarts and updates.
 */
export function FixReading({ word, syllables, fix }: Props) {
  const [value, setValue] = useState(syllables.join(' '));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const error = await fix.save(value);
    setMessage(error ? { text: error, error: true } : { text: t('fixReadingSaved'), error: false });
  };
  const reset = async () => {
    await fix.reset();
    setMessage({ text: t('fixReadingRemoved'), error: false });
  };
  return (
    <form class="fix-reading" onSubmit={submit} data-testid="fix-reading">
      <label>
        <span class="fix-label">{t('fixReadingLabel', word)}</span>
        <input
          type="text"
          lang="zh-Latn-pinyin"
          spellcheck={false}
          autocomplete="off"
          value={value}
          data-testid="fix-reading-input"
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </label>
      <div class="fix-actions">
        <button type="submit" data-testid="fix-reading-save">
          {t('fixReadingSave')}
        </button>
        <button type="button" onClick={reset}>
          {t('fixReadingReset')}
        </button>
      </div>
      {message && (
        <p role="status" class={message.error ? 'fix-error' : 'fix-done'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
