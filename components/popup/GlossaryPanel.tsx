import { t } from '@/utils/i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useEngine } from '@/hooks/use-engine';
import { SCOPES, type GlossaryEntry, type Scope } from '@/utils/core/glossary';
import { scopeName } from '../card/GlossaryEntryView';
import { EntryGloss } from './EntryGloss';
import { GlossaryEntryPage } from './GlossaryEntryPage';
import { DictionaryResults } from './DictionaryResults';

/**
 * The whole glossary, searchable by hanzi, by pinyin with or without tones, by initials
 * (xzsc → 新质生产力) and by English, filterable by scope; a query also searches CC-CEDICT in the
 * background. Every result shows its pinyin; choosing one opens its entry page, whose related
 * links lead on to other entries and whose back control retraces them, then returns to the list.
 */
export function GlossaryPanel() {
  const { glossary, reader } = useEngine();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<Scope | 'all'>('all');
  // The entries opened, most recent last: back pops one; empty shows the list.
  const [trail, setTrail] = useState<string[]>([]);
  const lastOpened = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const current = trail.length > 0 ? glossary.entry(trail.at(-1)!) : undefined;
  // Back on the list, focus returns to the row the reader opened.
  useEffect(() => {
    if (current || !lastOpened.current) return;
    list.current?.querySelector<HTMLElement>(`[data-entry-row="${lastOpened.current}"]`)?.focus();
  }, [current]);

  const entries: GlossaryEntry[] = useMemo(() => {
    const scopes = scope === 'all' ? undefined : scope;
    if (!query.trim()) return glossary.entries.filter((entry) => !scopes || entry.scope === scopes);
    return glossary
      .search(query, { ...(scopes && { scope: scopes }), limit: 50 })
      .map((result) => result.entry);
  }, [query, scope]);

  if (current) {
    return (
      <section class="glossary" aria-label={t('glossaryLabel')}>
        <GlossaryEntryPage entry={current} onOpen={(id) => setTrail([...trail, id])} onBack={() => setTrail(trail.slice(0, -1))} />
      </section>
    );
  }

  return (
    <section class="glossary" aria-label={t('glossaryLabel')}>
      <div class="search-row">
        <input
          type="search"
          id="glossary-search"
          aria-label={t('glossarySearch')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select aria-label={t('scopeLabel')} value={scope} onChange={(e) => setScope(e.currentTarget.value as Scope | 'all')}>
          <option value="all">{t('scopeAll')}</option>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {scopeName(s)}
            </option>
          ))}
        </select>
      </div>
      <p class="muted" data-testid="glossary-count">
        {entries.length === 0 ? t('glossaryNone') : entries.length === 1 ? t('glossaryCountOne') : t('glossaryCountMany', entries.length)}
      </p>
      <ul class="entries" data-testid="glossary-results" ref={list}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              class="entry-row"
              data-entry-row={entry.id}
              onClick={() => {
                lastOpened.current = entry.id;
                setTrail([entry.id]);
              }}
            >
              <span class="term-name" lang="zh-CN">
                {entry.term}
              </span>
              <span class="term-pinyin" lang="zh-Latn-pinyin">
                {reader.pinyinLine(entry.term)}
              </span>
              <EntryGloss entry={entry} />
            </button>
          </li>
        ))}
      </ul>
      <DictionaryResults query={query} />
    </section>
  );
}
