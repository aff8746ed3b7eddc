import type { GlossaryEntry } from './types';

/**
 * The entries worth reading next from `entry`: those it lists, then those that list it, so a link
 * goes both ways (三高四新 ↔ 三个高地) even when only one side names the other. Unknown ids are dropped.
 *
 * @example relatedEntries(entries, <三个高地>).map((e) => e.term) → ['三高四新', …]
 */
export function relatedEntries(entries: readonly GlossaryEntry[], entry: GlossaryEntry): GlossaryEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const ids = [...entry.related, ...entries.filter((e) => e.related.includes(entry.id)).map((e) => e.id)];
  return [...new Set(ids)].filter((id) => id !== entry.id).flatMap((id) => byId.get(id) ?? []);
}
