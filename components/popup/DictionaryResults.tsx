import { useDictionarySearch } from '@/hooks/use-dictionary-search';
import { t } from '@/utils/i18n';

/** Dictionary words for the popup's search, each with its pinyin and first senses. */
export function DictionaryResults({ query }: { query: string }) {
  const search = useDictionarySearch(query);
  if (search.state === 'idle') return null;
  return (
    <section class="dictionary" aria-label={t('dictionaryHeading')} aria-busy={search.state === 'searching'}>
      <h2 class="section-heading">{t('dictionaryHeading')}</h2>
      {search.state === 'searching' && <p class="muted">{t('dictionarySearching')}</p>}
      {search.state === 'failed' && (
        <p class="muted" role="alert">
          {t('dictionaryFailed')}
        </p>
      )}
      {search.state === 'done' && search.hits.length === 0 && <p class="muted">{t('dictionaryNone')}</p>}
      {search.state === 'done' && search.hits.length > 0 && (
        <ul class="entries" data-testid="dictionary-results">
          {search.hits.map((hit) => (
            <li key={`${hit.word}\t${hit.pinyin}`} class="word-row">
              <span class="term-name" lang="zh-CN">
                {hit.word}
              </span>{' '}
              <span class="term-pinyin" lang="zh-Latn-pinyin">
                {hit.pinyin}
              </span>
              <span class="term-gloss" lang="en">
                {hit.senses.join('; ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
