import { browser } from '#imports';
import { useMemo } from 'preact/hooks';
import { useEngine } from '@/hooks/use-engine';
import { summarize } from '@/utils/core/summary/summarize';
import { t } from '@/utils/i18n';
import { GlossaryEntryView } from '../card/GlossaryEntryView';
import { SAMPLE_ARTICLE } from './sample-article';
import { SampleArticle } from './SampleArticle';

/** After install: the three features on a bundled sample article, and the way to the settings. */
export function WelcomePage() {
  const { title, paragraphs } = SAMPLE_ARTICLE;
  const { glossary } = useEngine();
  const terms = useMemo(() => glossary.summarize([title, ...paragraphs].join('\n')).filter((term) => term.entry).slice(0, 3), []);
  const summary = useMemo(() => summarize({ title, paragraphs }), []);
  return (
    <main class="welcome">
      <header class="brand">
        <span class="logo" aria-hidden="true">
          株
        </span>
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p>{t('welcomeIntro')}</p>
      <section class="group" aria-labelledby="feature-hover">
        <h2 id="feature-hover">{t('featureHover')}</h2>
        <p>{t('featureHoverText')}</p>
        <SampleArticle title={title} paragraphs={paragraphs} />
      </section>
      <section class="group" aria-labelledby="feature-glossary">
        <h2 id="feature-glossary">{t('featureGlossary')}</h2>
        <p>{t('featureGlossaryText')}</p>
        <div data-testid="welcome-terms">
          {terms.map(({ entry }) => entry && <GlossaryEntryView key={entry.id} entry={entry} detail="compact" />)}
        </div>
      </section>
      <section class="group" aria-labelledby="feature-summary">
        <h2 id="feature-summary">{t('featureSummary')}</h2>
        <p>{t('featureSummaryText')}</p>
        <blockquote class="summary-text" lang="zh-CN" data-testid="welcome-summary">
          {summary.summary}
        </blockquote>
      </section>
      <p>{t('welcomeNext')}</p>
      <p>
        <button type="button" class="primary" data-testid="welcome-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </p>
    </main>
  );
}
