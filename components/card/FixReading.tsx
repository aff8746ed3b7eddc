import { useState } from 'preact/hooks';
import type { ReadingFix } from '@/utils/content/card-model';
import { trusted } from '@/utils/content/trusted';
import { correctionMessage } from '@/utils/correction-message';
import { t } from '@/utils/i18n';

interface Props {
  word: string;
  syllables: string[];
  fix: ReadingFix;
}

/**
 * "Fix this reading", in the pinned card: the user types the pinyin they want; it is checked, stored
 * locally, and used for this word everywhere from then on, across restarts and updates. Only the
 * user's own typing and clicks count: a page cannot fill or submit the form with synthetic events.
 */
export function FixReading({ word, syllables, fix }: Props) {
  const [value, setValue] = useState(syllables.join(' '));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const save = async () => {
    const problem = await fix.save(value);
    setMessage(problem ? { text: correctionMessage(problem), error: true } : { text: t('fixReadingSaved'), error: false });
  };
  const reset = async () => {
    await fix.reset();
    setMessage({ text: t('fixReadingRemoved'), error: false });
  };
  return (
    <form
      class="fix-reading"
      data-testid="fix-reading"
      // Saving answers the user's own click or Enter only: a submit event is trusted even when a
      // script caused it (button.click(), requestSubmit()), so the form itself never saves.
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        <span class="fix-label">{t('fixReadingLabel', word)}</span>
        <input
          type="text"
          lang="zh-Latn-pinyin"
          spellcheck={false}
          autocomplete="off"
          value={value}
          aria-invalid={message?.error ? true : undefined}
          data-testid="fix-reading-input"
          onInput={trusted((event: InputEvent) => setValue((event.currentTarget as HTMLInputElement).value))}
          onKeyDown={trusted((event: KeyboardEvent) => event.key === 'Enter' && void save())}
        />
      </label>
      <div class="fix-actions">
        <button type="button" data-testid="fix-reading-save" onClick={trusted(() => void save())}>
          {t('fixReadingSave')}
        </button>
        <button type="button" data-testid="fix-reading-reset" onClick={trusted(() => void reset())}>
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
