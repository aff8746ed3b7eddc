import { useMemo } from 'preact/hooks';
import { useEngine } from '@/hooks/use-engine';
import { useGrowingCount } from '@/hooks/use-growing-count';
import { useSettings } from '@/hooks/use-settings';
import { useStudyData, type StudyData } from '@/hooks/use-study-data';
import type { ReadingOptions } from '@/utils/core/pinyin/readings';
import { foundEntries, studyCards } from '@/utils/core/study/cards';
import { summarize } from '@/utils/core/summary/summarize';
import { langTag, t, tParts } from '@/utils/i18n';
import type { Settings } from '@/utils/core/storage/settings';
import { GlossaryEntryView } from '../card/GlossaryEntryView';
import { CsvLink } from './CsvLink';
import { RubyText } from './RubyText';

/** A file name from the article's address: zhudu-400004.csv for …/400004.shtml. */
function csvName(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? 'article';
  return `zhudu-${last.replace(/\.[a-z]+$/i, '').replace(/[^\w-]/g, '') || 'article'}.csv`;
}

function Sheet({ data, settings }: { data: StudyData; settings: Settings }) {
  const engine = useEngine();
  const { article, extras } = data;
  // The terms of the text the sheet shows, in the order they first appear.
  const terms = useMemo(
    () =>
      engine.glossary
        .summarize([article.title ?? '', article.subtitle ?? '', ...article.paragraphs].join('\n'))
        .map((found) => ({ known: found.known, ...(found.entry && { id: found.entry.id }) })),
    [article],
  );
  const options: ReadingOptions = useMemo(() => ({ toneStyle: settings.toneStyle, toneSandhi: settings.toneSandhi }), [settings]);
  const ruby = (text: string) => <RubyText text={text} options={options} toneColors={settings.toneColors} />;
  const entries = useMemo(() => foundEntries(terms, engine.glossary), [terms]);
  const cards = useMemo(() => studyCards(engine, terms, extras.lookups, extras.url, options), [terms, extras, options]);
  const summary = useMemo(
    () => summarize({ title: article.title ?? '', paragraphs: article.paragraphs, ...(article.subtitle && { subtitle: article.subtitle }) }),
    [article],
  );
  // Paragraphs with ruby are drawn a few at a time: a long article never freezes the sheet. Their
  // elements are made once, so each step renders only the new ones (Preact skips an unchanged element).
  const paragraphs = useMemo(() => article.paragraphs.map((paragraph, i) => <p key={i}>{ruby(paragraph)}</p>), [article, options, settings.toneColors]);
  const [shown, showAll] = useGrowingCount(article.paragraphs.length);
  const printAll = () => {
    showAll();
    requestAnimationFrame(() => setTimeout(() => print(), 0));
  };
  return (
    <main class="study" lang="zh-CN">
      <div class="toolbar no-print" lang={langTag()}>
        <button type="button" class="primary" onClick={printAll}>
          {t('studyPrint')}
        </button>
        <CsvLink rows={cards} fileName={csvName(extras.url)} />
      </div>
      <h1 data-testid="study-title">{ruby(article.title ?? '')}</h1>
      {article.subtitle && <p class="subtitle">{ruby(article.subtitle)}</p>}
      <p class="source" lang={langTag()}>
        {tParts('studySource', <a href={extras.url}>{extras.url}</a>)}
      </p>
      <section aria-labelledby="study-text">
        <h2 id="study-text" lang={langTag()}>{t('studyText')}</h2>
        {article.truncatedAt && (
          <p class="muted" lang={langTag()} data-testid="study-truncated">
            {t('articleTruncated', article.truncatedAt.toLocaleString())}
          </p>
        )}
        <div class="ruby-text" data-testid="study-text" aria-busy={shown < article.paragraphs.length}>
          {paragraphs.slice(0, shown)}
        </div>
      </section>
      <section aria-labelledby="study-terms" data-testid="study-terms">
        <h2 id="study-terms" lang={langTag()}>{t('studyTerms')}</h2>
        {entries.length === 0 && <p class="muted">{t('studyNoTerms')}</p>}
        {entries.map((entry) => (
          <GlossaryEntryView key={entry.id} entry={entry} detail="full" />
        ))}
      </section>
      {extras.lookups.length > 0 && (
        <section aria-labelledby="study-lookups">
          <h2 id="study-lookups" lang={langTag()}>{t('studyLookups')}</h2>
          <ul class="lookups" data-testid="study-lookups">
            {extras.lookups.map((word) => (
              <li key={word.word}>
                <ruby>
                  {word.word}
                  <rt lang="zh-Latn-pinyin">{word.pinyin}</rt>
                </ruby>
                {word.name && <span class="muted"> {word.name}</span>}
                {word.meaning && (
                  <span class="lookup-meaning" lang="en">
                    {' '}
                    {word.meaning}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.status === 'ok' && (
        <section aria-labelledby="study-summary">
          <h2 id="study-summary" lang={langTag()}>{t('studySummary')}</h2>
          <p class="summary-text" data-testid="study-summary">
            {ruby(summary.summary)}
          </p>
        </section>
      )}
    </main>
  );
}

/**
 * The study sheet of one article: title and text with ruby pinyin, the glossary entries found, the
 * words looked up and the summary, laid out to print (or save as PDF), with the Anki cards as CSV.
 */
export function StudySheet() {
  const answer = useStudyData();
  const [settings] = useSettings();
  if (answer.state === 'loading' || !settings) return <p class="muted">{t('studyLoading')}</p>;
  if (answer.state === 'missing')
    return (
      <main>
        <p role="alert" data-testid="study-missing">
          {t('studyNoArticle')}
        </p>
      </main>
    );
  return <Sheet data={answer.data} settings={settings} />;
}
