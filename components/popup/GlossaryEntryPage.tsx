import { useEffect, useRef } from 'preact/hooks';
import { useEngine } from '@/hooks/use-engine';
import { relatedEntries, type GlossaryEntry } from '@/utils/core/glossary';
import { t } from '@/utils/i18n';
import { GlossaryEntryView } from '../card/GlossaryEntryView';
import { EntryGloss } from './EntryGloss';

interface Props {
  entry: GlossaryEntry;
  /** Opens another entry (a related one). */
  onOpen: (id: string) => void;
  /** Goes back to the previous entry, or to the list. */
  onBack: () => void;
}

/**
 * One glossary entry on its own page in the popup: term with pinyin, the full entry (items of a
 * numbered slogan, explanation, sources), related entries as links, and a way back. The heading
 * takes focus on every new entry so a keyboard or screen-reader user lands on it.
 */
export function GlossaryEntryPage({ entry, onOpen, onBack }: Props) {
  const { glossary, reader } = useEngine();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const related = relatedEntries(glossary.entries, entry);
  return (
    <article class="entry-page" aria-label={t('glossaryEntryLabel', entry.term)} data-testid="glossary-entry-page" data-entry-page={entry.id}>
      <button type="button" class="back" data-testid="glossary-back" onClick={onBack}>
        {t('glossaryBack')}
      </button>
      <h2 class="entry-page-term" tabIndex={-1} ref={heading}>
        <span lang="zh-CN">{entry.term}</span>{' '}
        <span class="term-pinyin" lang="zh-Latn-pinyin" data-testid="entry-pinyin">
          {reader.pinyinLine(entry.term)}
        </span>
      </h2>
      <GlossaryEntryView entry={entry} detail="full" />
      {related.length > 0 && (
        <nav aria-label={t('glossaryRelated')}>
          <h3>{t('glossaryRelated')}</h3>
          <ul class="related" data-testid="glossary-related">
            {related.map((other) => (
              <li key={other.id}>
                <a
                  href={`#${other.id}`}
                  data-related={other.id}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(other.id);
                  }}
                >
                  <span lang="zh-CN">{other.term}</span>
                </a>{' '}
                <EntryGloss entry={other} />
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
