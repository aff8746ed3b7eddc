import { foldPattern } from './fold';
import type { GlossaryForms } from './types';

/** One matchable spelling of an entry: its term, an alias, or a form that counts only when quoted. */
export interface EntryForm {
  form: string;
  folded: string;
  quotedOnly: boolean;
}

/**
 * Every spelling the matcher and the search index know for `entry`. The term is matched anywhere
 * unless it is itself listed in `quotedOnly` (两新 is only the slogan between quotes).
 */
export function entryForms(entry: GlossaryForms): EntryForm[] {
  const quoted = new Set(entry.quotedOnly ?? []);
  const forms: EntryForm[] = [];
  for (const form of [entry.term, ...entry.aliases]) {
    if (!quoted.has(form)) forms.push({ form, folded: foldPattern(form), quotedOnly: false });
  }
  for (const form of quoted) forms.push({ form, folded: foldPattern(form), quotedOnly: true });
  return forms;
}
