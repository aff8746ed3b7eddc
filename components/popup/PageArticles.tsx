import { t } from '@/utils/i18n';
import { entryLine, type PageEntry } from '@/utils/core/summary/page-entries';

/**
 * The articles a headline page lists (e-paper page view, channel list), each with its one line and a link, shown
 * where an article page would show its summary.
 */
export function PageArticles({ entries }: { entries: PageEntry[] }) {
  return (
    <section class="page-articles" data-testid="page-articles" aria-labelledby="page-articles-heading">
      <h2 id="page-articles-heading">{t('pageArticlesHeading', entries.length)}</h2>
      <p class="muted">{t('pageArticlesNote')}</p>
      <ul>
        {entries.map((entry) => {
          const line = entryLine(entry);
          return (
            <li key={entry.url} data-testid="page-article">
              <a href={entry.url} target="_blank" rel="noopener noreferrer" lang="zh-CN">
                {entry.title}
              </a>
              {line !== entry.title && (
                <p class="entry-line" lang="zh-CN" data-testid="page-article-line">
                  {line}
                </p>
              )}
              {entry.date && <span class="meta"> {entry.date}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
