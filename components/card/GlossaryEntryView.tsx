import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import type { GlossaryEntry, Period, Scope, Source } from '@/utils/core/glossary/types';

const SCOPE_KEY: Record<Scope, MessageKey> = { national: 'scopeNational', hunan: 'scopeHunan', zhuzhou: 'scopeZhuzhou' };

export function scopeName(scope: Scope): string {
  return t(SCOPE_KEY[scope]);
}

/** The one-line meaning in the UI language: the Chinese gloss for a Chinese UI, else the English one. */
export function glossOf(entry: GlossaryEntry): { text: string; lang: string } {
  return uiLocale() === 'zh_CN' ? { text: entry.gloss_zh, lang: 'zh-CN' } : { text: entry.gloss_en, lang: 'en' };
}

/** The explanation in the UI language: English (when the entry has it) for an English UI, else Chinese. */
export function explanationOf(entry: GlossaryEntry): { text: string; lang: string } {
  return uiLocale() !== 'zh_CN' && entry.explanation_en ? { text: entry.explanation_en, lang: 'en' } : { text: entry.explanation_zh, lang: 'zh-CN' };
}

/** What is not verified, in the UI language; the 中文 UI says it generically when no Chinese note exists. */
function missingNote(entry: GlossaryEntry): { text: string; lang: string } {
  if (uiLocale() !== 'zh_CN') return { text: entry.missing ?? t('unverifiedPartGeneric'), lang: 'en' };
  return { text: entry.missing_zh ?? t('unverifiedPartGeneric'), lang: 'zh-CN' };
}

/** A source as a line of text: publisher, date, print page, and (English UI only) its English note. */
export function sourceText(source: Source): string {
  const parts = [source.publisher, source.date, source.page].filter((part): part is string => Boolean(part));
  const note = source.note && uiLocale() !== 'zh_CN' ? ` (${source.note})` : '';
  return parts.reduce((line, part) => t('sourceJoin', line, part)) + note;
}

export function periodLabel(period: Period | undefined): string | null {
  if (period === undefined) return null;
  if (typeof period === 'string') return period;
  return period.to === undefined ? `${period.from}–` : period.from === period.to ? `${period.from}` : `${period.from}–${period.to}`;
}

interface Props {
  entry: GlossaryEntry;
  /** Compact shows the gloss and items only; full adds explanation, related and sources. */
  detail: 'compact' | 'full';
}

/**
 * One glossary entry: meaning, the items of a numbered slogan, English, scope and period,
 * sources, and an honest note when it is not fully verified. Shared by the hover card and the popup.
 */
export function GlossaryEntryView({ entry, detail }: Props) {
  const period = periodLabel(entry.period);
  const primary = entry.sources[0];
  const explanation = explanationOf(entry);
  const missing = missingNote(entry);
  return (
    <div class="entry" data-entry={entry.id}>
      <div class="entry-head">
        <span class="entry-term" lang="zh-CN">
          {entry.term}
        </span>
        <span class={`scope scope-${entry.scope}`}>{scopeName(entry.scope)}</span>
        {period && <span class="period">{period}</span>}
      </div>
      <p class="gloss-en" lang="en">{entry.gloss_en}</p>
      <p class="gloss-zh" lang="zh-CN">
        {entry.gloss_zh}
      </p>
      {entry.items && entry.items.length > 0 && (
        <ol class="items">
          {entry.items.map((item, i) => (
            <li key={i}>
              <span lang="zh-CN">{item.zh}</span> <span class="item-en" lang="en">{item.en}</span>
            </li>
          ))}
        </ol>
      )}
      <p class="english">
        <span class="label">{entry.english.official ? t('officialEnglishLabel') : t('suggestedEnglishLabel')}</span> <span lang="en">{entry.english.text}</span>
      </p>
      {detail === 'full' && (
        <p class="explanation" lang={explanation.lang}>
          {explanation.text}
        </p>
      )}
      {entry.status !== 'verified' && (
        <p class="status" lang={missing.lang}>
          {t(entry.status === 'partial' ? 'partlyVerifiedNote' : 'notVerifiedNote', missing.text)}
        </p>
      )}
      {detail === 'compact' && primary && (
        <p class="source">
          {t('sourceLine', sourceText({ ...primary, page: undefined, note: undefined }))}
        </p>
      )}
      {detail === 'full' && (
        <ul class="sources">
          {entry.sources.map((source, i) => (
            <li key={i}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {sourceText(source)}
                </a>
              ) : (
                sourceText(source)
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
