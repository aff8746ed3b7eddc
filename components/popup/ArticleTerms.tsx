import { t } from '@/utils/i18n';
import { tellTab, useTabRequest } from '@/hooks/use-tab-request';
import { useEngine } from '@/hooks/use-engine';
import type { PageTerm } from '@/utils/messaging';
import { EntryGloss } from './EntryGloss';

function TermGloss({ term }: { term: PageTerm }) {
  const { glossary } = useEngine();
  const entry = term.id ? glossary.entry(term.id) : undefined;
  if (!term.known) return <span class="term-gloss">{t('termNotInGlossary')}</span>;
  if (entry) return <EntryGloss entry={entry} />;
  return (
    <span class="term-gloss" lang="en">
      {term.gloss ?? ''}
    </span>
  );
}

/**
 * The policy terms of this article with their counts; unexplained slogans are flagged. Clicking one
 * scrolls the page to its first occurrence and flashes it.
 */
export function ArticleTerms() {
  const answer = useTabRequest('getPageTerms', undefined);
  if (answer.state !== 'ready') return null;
  const terms = answer.value;
  return (
    <section class="article-terms" aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t('termsHeading')}</h2>
      {terms.length === 0 ? (
        <p class="muted">{t('termsNone')}</p>
      ) : (
        <ul data-testid="page-terms">
          {terms.map((term) => (
            <li key={term.term}>
              <button
                type="button"
                class={term.known ? 'term-row' : 'term-row unexplained'}
                data-term={term.id ?? term.term}
                title={term.known ? t('termShow') : t('termUnexplainedTitle')}
                onClick={() => void tellTab('revealTerm', { term: term.id ?? term.term })}
              >
                <span class="term-name" lang="zh-CN">
                  {term.term}
                </span>
                <span class="count" data-testid="term-count">
                  ×{term.count}
                </span>
                <TermGloss term={term} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
