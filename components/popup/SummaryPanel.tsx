import { useMemo } from 'preact/hooks';
import { useTabRequest } from '@/hooks/use-tab-request';
import { summarize } from '@/utils/core/summary/summarize';
import { NotSupported } from './NotSupported';
import { ReadAloud } from './ReadAloud';

/** The article's summary, computed here in the popup, offline, from the text the page shows. */
export function SummaryPanel() {
  const answer = useTabRequest('getArticle', undefined);
  const summary = useMemo(
    () =>
      answer.state === 'ready' && answer.value.source !== 'none'
        ? summarize({
            title: answer.value.title ?? '',
            paragraphs: answer.value.paragraphs,
            ...(answer.value.subtitle && { subtitle: answer.value.subtitle }),
          })
        : null,
    [answer],
  );

  if (answer.state === 'loading') return <p class="muted">Reading the article…</p>;
  if (answer.state === 'unsupported') return <NotSupported />;
  const article = answer.value;
  if (article.source === 'none' || !summary) {
    return (
      <p class="notice" role="status" data-testid="no-article">
        ZhuDu found no article on this page (a front page or a list of headlines has none). Open an article to see its
        summary.
      </p>
    );
  }
  const { byline } = summary;
  return (
    <section class="summary" data-testid="summary">
      {article.title && (
        <h2 class="article-title" lang="zh-CN">
          {article.title}
        </h2>
      )}
      <p class="meta">
        {[
          byline.source,
          byline.date,
          byline.reporters.length > 0 && `Reporters: ${byline.reporters.join('、')}`,
          byline.correspondents.length > 0 && `Correspondents: ${byline.correspondents.join('、')}`,
          `${summary.readingMinutes} min read`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {summary.status === 'ok' && (
        <>
          <p class="summary-text" lang="zh-CN" data-testid="summary-text">
            {summary.summary}
          </p>
          <ReadAloud text={summary.summary} />
        </>
      )}
      {summary.status === 'short' && <p class="muted">This article is short enough to read whole; no summary needed.</p>}
      {summary.status === 'empty' && <p class="notice">This page has no Chinese text to summarize.</p>}
      {summary.facts.length > 0 && (
        <>
          <h3>Key facts</h3>
          <ul class="facts" data-testid="facts" lang="zh-CN">
            {summary.facts.slice(0, 14).map((fact, i) => (
              <li key={i} class={`fact fact-${fact.kind}`}>
                <strong>{fact.text}</strong>
                {fact.label && fact.label !== fact.text && <span class="fact-label"> {fact.label}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
