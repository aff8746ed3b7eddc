import { tellTab, useTabRequest } from '@/hooks/use-tab-request';

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
      <h2 id="terms-heading">In this article</h2>
      {terms.length === 0 ? (
        <p class="muted">No policy terms found on this page.</p>
      ) : (
        <ul data-testid="page-terms">
          {terms.map((term) => (
            <li key={term.term}>
              <button
                type="button"
                class={term.known ? 'term-row' : 'term-row unexplained'}
                data-term={term.id ?? term.term}
                title={term.known ? 'Show it in the article' : 'A slogan ZhuDu’s glossary does not explain yet'}
                onClick={() => void tellTab('revealTerm', { term: term.id ?? term.term })}
              >
                <span class="term-name" lang="zh-CN">
                  {term.term}
                </span>
                <span class="count" data-testid="term-count">
                  ×{term.count}
                </span>
                <span class="term-gloss">{term.known ? term.gloss : 'not in the glossary'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
