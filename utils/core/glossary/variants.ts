import type { GlossaryForms } from './types';

/**
 * Spellings news uses that no entry lists: statistical short forms, the items of a known list
 * written out in a row, and short forms that stand for a longer entry. The matcher adds them after
 * every entry's own forms, and never where an entry already claims the form (an entry wins).
 */
export interface DerivedForm {
  form: string;
  entryId: string;
  /** The form counts only when the same text also holds this word (学习教育 needs 八项规定). */
  requires?: string;
}

/** Statistical phrases and the short forms local news prints for them (规模以上工业 → 规上工业, 规模工业). */
const SHORTENINGS: readonly [long: string, short: readonly string[]][] = [
  ['规模以上', ['规上', '规模']],
  ['限额以上', ['限上']],
];

/**
 * Short forms of an entry's term met in real news, and the word that must be nearby when the short
 * form alone is ambiguous. 以旧换新 is the consumer half of 两新; 学习教育 is the name the 2025
 * campaign goes by once 八项规定 has been named.
 */
const SHORT_FORMS: readonly DerivedForm[] = [
  { form: '以旧换新', entryId: 'liang-xin' },
  { form: '设备更新和消费品以旧换新', entryId: 'liang-xin' },
  { form: '学习教育', entryId: 'ba-xiang-gui-ding-xue-xi-jiao-yu', requires: '八项规定' },
];

/** Items of a list this short are written out in a row (高端化、智能化、绿色化); longer ones are sentences. */
const MAX_LIST_ITEM = 6;

function shortenings(form: string): string[] {
  const out: string[] = [];
  for (const [long, shorts] of SHORTENINGS) {
    if (form.includes(long) && form !== long) for (const short of shorts) out.push(form.replace(long, short));
  }
  return out;
}

/** The items of a numbered slogan joined by 、, when it has 2–6 short items. */
function listForm(entry: GlossaryForms): string | undefined {
  const items = entry.items ?? [];
  if (items.length < 2 || items.length > 6 || items.some((item) => item.zh.length > MAX_LIST_ITEM)) return undefined;
  return items.map((item) => item.zh).join('、');
}

/** Every derived form of `entries`, in entry order, then the short-form table. */
export function derivedForms(entries: readonly GlossaryForms[]): DerivedForm[] {
  const out: DerivedForm[] = [];
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.aliases]) for (const short of shortenings(form)) out.push({ form: short, entryId: entry.id });
    const list = listForm(entry);
    if (list) out.push({ form: list, entryId: entry.id });
  }
  const ids = new Set(entries.map((entry) => entry.id));
  return [...out, ...SHORT_FORMS.filter((short) => ids.has(short.entryId))];
}
