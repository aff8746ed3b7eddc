import { foldPattern } from './fold';
import type { GlossaryForms } from './types';

/** One matchable spelling of an entry: its term, an alias, or a form that counts only when quoted. */
export interface EntryForm {
  form: string;
  folded: string;
  quotedOnly: boolean;
  /**
   * A quote-only form that may also count unquoted when the scan's dictionary allows it (see
   * bare-forms.ts): a Chinese coinage, not marked strictly quoted, not a numbered form.
   */
  mayStandBare?: true;
}

/**
 * Numbered forms (三保, 两新, 一区三园) read as a count when bare: 三首 is also "three songs",
 * 两山 "two mountains". Forms without a Chinese character (1453, 2+2) are figures bare.
 */
const NUMBERED = /^[一二两三四五六七八九十百千万\d]/u;
const HAN = /\p{Script=Han}/u;

/** Whether a quote-only form is one a dictionary may let stand unquoted (see EntryForm.mayStandBare). */
export function mayStandBare(form: string, strictlyQuoted: ReadonlySet<string>): boolean {
  return HAN.test(form) && !NUMBERED.test(form) && !strictlyQuoted.has(form);
}

/**
 * Every spelling the matcher and the search index know for `entry`. The term is matched anywhere
 * unless it is itself listed in `quotedOnly` (两新 is only the slogan between quotes).
 */
export function entryForms(entry: GlossaryForms): EntryForm[] {
  const quoted = new Set(entry.quotedOnly ?? []);
  const strict = new Set(entry.strictlyQuoted ?? []);
  const forms: EntryForm[] = [];
  for (const form of [entry.term, ...entry.aliases]) {
    if (!quoted.has(form)) forms.push({ form, folded: foldPattern(form), quotedOnly: false });
  }
  for (const form of quoted) {
    forms.push({ form, folded: foldPattern(form), quotedOnly: true, ...(mayStandBare(form, strict) && { mayStandBare: true as const }) });
  }
  return forms;
}
