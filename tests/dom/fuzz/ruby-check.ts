import { isHan } from '@/utils/core/text/han';
import { PINYIN_ATTRIBUTE, RUBY_CLASS } from '@/utils/dom-labels';
import type { ReadSentence } from '@/utils/page/ruby';
import { check, show } from './assert';

/** Where no ruby of ours may appear, whoever's text it is (written from the brief, not from ruby.ts). */
const UNTOUCHED =
  'rt, rp, script, style, noscript, template, textarea, input, select, option, button, iframe, svg, math, ruby, [contenteditable]:not([contenteditable="false"])';

/**
 * Checks every ruby ZhuDu put under `root`: that its base is whole Han text with one syllable per
 * character and no pinyin text, and (unless the page has since moved things around) where it sits.
 */
export function checkOurRubies(root: ParentNode, { placement = true } = {}): number {
  const rubies = [...root.querySelectorAll(`ruby.${RUBY_CLASS}`)];
  for (const ruby of rubies) {
    const where = () => `ruby ${show(ruby.textContent)} in <${ruby.parentElement?.localName}>`;
    if (placement) check(ruby.parentElement !== null && ruby.parentElement.closest(UNTOUCHED) === null, () => `${where()} is where it must not be`);
    const [base, rt, ...rest] = [...ruby.childNodes];
    check(base?.nodeType === Node.TEXT_NODE && rt?.nodeName === 'RT' && rest.length === 0, () => `${where()} is not base text + <rt>`);
    const chars = [...(base as Text).data];
    check(chars.length > 0 && chars.every(isHan), () => `${where()}: base is not all Han`);
    const syllables = [...rt!.childNodes];
    check(
      syllables.length === chars.length && syllables.every((s) => s.childNodes.length === 0 && (s as Element).getAttribute(PINYIN_ATTRIBUTE)),
      () => `${where()}: ${syllables.length} syllables for ${chars.length} characters, or pinyin as text`,
    );
  }
  return rubies.length;
}

/** A sentence reader that remembers its answers (readings are pure; the fuzz repeats sentences). */
export function memoize(read: ReadSentence): ReadSentence {
  const known = new Map<string, ReturnType<ReadSentence>>();
  return (sentence) => {
    let reading = known.get(sentence);
    if (!reading) {
      if (known.size > 5_000) known.clear();
      known.set(sentence, (reading = read(sentence)));
    }
    return reading;
  };
}
