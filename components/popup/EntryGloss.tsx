import type { GlossaryEntry } from '@/utils/core/glossary';
import { glossOf } from '../card/GlossaryEntryView';

/** An entry's one-line gloss in the UI language, as every glossary list of the popup shows it. */
export function EntryGloss({ entry }: { entry: GlossaryEntry }) {
  const gloss = glossOf(entry);
  return (
    <span class="term-gloss" lang={gloss.lang}>
      {gloss.text}
    </span>
  );
}
