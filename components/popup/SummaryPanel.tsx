import { t } from '@/utils/i18n';
import { useMemo } from 'preact/hooks';
import { useCheckedFacts } from '@/hooks/use-checked-facts';
import { useTabRequest } from '@/hooks/use-tab-request';
import { summarize } from '@/utils/core/summary/summarize';
import { factCategory, type Fact, type FactCategory } from '@/utils/core/summary/facts';
import type { MessageKey } from '@/utils/i18n';
import { NotSupported } from './NotSupported';
import { PageArticles } from './PageArticles';
import { ReadAloud } from './ReadAloud';

const FACT_LABELS: Record<FactCategory, MessageKey> = {
  investment: 'factInvestment',
  money: 'factMoney',
  figure: 'factFigure',
  date: 'factDate',
  place: 'factPlace',
  organisation: 'factOrganisation',
  person: 'factPerson',
};

/** One key fact: what it is (金额, 地点…), the fact, and what it counts. */
function FactChip({ fact }: { fact: Fact }) {
  const category = factCategory(fact);
  return (
    <li class={`fact fact-${category}`} data-category={category}>
      <span class="fact-tag">
        {t(FACT_LABELS[category])}
      </span>{' '}
      <strong>{fact.text}</strong>
      {fact.label && fact.label !== fact.text && fact.kind !== 'person' && <span class="fact-label"> {fact.label}</span>}
    </li>
  );
}

/**
 * The article's summary, computed here in the popup, offline, from the text the page shows; on a headline page,
 * its listed articles instead. Places are checked against the gazetteer and the summary's lexicon (facts.ts),
 * then against CC-CEDICT, which the background holds (useCheckedFacts): the key facts show once it has answered.
 */
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
  const facts = useCheckedFacts(summary);

  if (answer.state === 'loading') return <p class="muted">{t('readingArticle')}</p>;
  if (answer.state === 'unsupported') return <NotSupported />;
  const article = answer.value;
  if ((article.source === 'none' || !summary) && article.entries?.length) return <PageArticles entries={article.entries} />;
  if (article.source === 'none' || !summary) {
    return (
      <p class="notice" role="status" data-testid="no-article">
        {t('noArticle')}
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
      {article.truncatedAt && (
        <p class="muted" data-testid="article-truncated">
          {t('articleTruncated', article.truncatedAt.toLocaleString())}
        </p>
      )}
      <p class="meta">
        {[
          byline.source,
          byline.date,
          byline.reporters.length > 0 && t('reporters', byline.reporters.join('、')),
          byline.correspondents.length > 0 && t('correspondents', byline.correspondents.join('、')),
          t('readingMinutes', summary.readingMinutes),
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
      {summary.status === 'short' && <p class="muted">{t('summaryShort')}</p>}
      {summary.status === 'empty' && <p class="notice">{t('summaryEmpty')}</p>}
      {facts && facts.length > 0 && (
        <>
          <h3>{t('keyFacts')}</h3>
          <ul class="facts" data-testid="facts" lang="zh-CN">
            {facts.slice(0, 14).map((fact, i) => (
              <FactChip key={i} fact={fact} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
