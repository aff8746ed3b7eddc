import { useMemo, useState } from 'preact/hooks';
import { GLOSSARY, glossarySearch, SCOPES, type GlossaryEntry, type Scope } from '@/utils/core/glossary';
import { GlossaryEntryView } from '../GlossaryEntryView';

const SCOPE_NAMES: Record<Scope, string> = { national: 'National', hunan: 'Hunan', zhuzhou: 'Zhuzhou' };

/**
 * The whole glossary, searchable by hanzi, by pinyin with or without tones, and by initials
 * (xzsc → 新质生产力), filterable by scope.
 */
export function GlossaryPanel() {
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<Scope | 'all'>('all');
  const [open, setOpen] = useState<string | null>(null);

  const entries: GlossaryEntry[] = useMemo(() => {
    const scopes = scope === 'all' ? undefined : scope;
    if (!query.trim()) return GLOSSARY.filter((entry) => !scopes || entry.scope === scopes);
    return glossarySearch()
      .search(query, { ...(scopes && { scope: scopes }), limit: 50 })
      .map((result) => result.entry);
  }, [query, scope]);

  return (
    <section class="glossary" aria-label="Glossary">
      <div class="search-row">
        <input
          type="search"
          id="glossary-search"
          aria-label="Search the glossary by hanzi, pinyin or initials"
          placeholder="新质生产力 · xinzhi · xzsc"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select aria-label="Scope" value={scope} onChange={(e) => setScope(e.currentTarget.value as Scope | 'all')}>
          <option value="all">All</option>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {SCOPE_NAMES[s]}
            </option>
          ))}
        </select>
      </div>
      <p class="muted" data-testid="glossary-count">
        {entries.length === 0 ? 'Nothing in the glossary matches.' : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`}
      </p>
      <ul class="entries" data-testid="glossary-results">
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              class="entry-row"
              aria-expanded={open === entry.id}
              onClick={() => setOpen(open === entry.id ? null : entry.id)}
            >
              <span class="term-name" lang="zh-CN">
                {entry.term}
              </span>
              <span class="term-gloss">{entry.gloss_en}</span>
            </button>
            {open === entry.id && <GlossaryEntryView entry={entry} detail="full" />}
          </li>
        ))}
      </ul>
    </section>
  );
}
