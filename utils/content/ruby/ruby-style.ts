import { STYLE_ATTRIBUTE } from '../../dom-labels';
import type { DomJournal } from '../../page/dom-journal';
import TONES_CSS from '../../styles/tones.css?inline';
import RUBY_RULES from './ruby.css?inline';

/**
 * The tone colours for the page: the light ones of tones.css (zznews pages are white whatever the
 * system theme), declared on ZhuDu's rubies only, so that nothing is added to the page's own root.
 */
export function pageTones(tones: string): string {
  const light = /:root,\s*:host\s*\{([^}]*)\}/.exec(tones)?.[1] ?? '';
  return `ruby.zhudu-ruby {${light}}`;
}

export const RUBY_CSS = `${pageTones(TONES_CSS)}\n${RUBY_RULES}`;

/** Pinyin smaller than this is hard to read whatever the text's size (an 8 px rt over 16 px text was). */
const MIN_PINYIN_PX = 10;

/**
 * The rules that depend on the pinyin's size: the rt's font size, never under 10 px, and the line
 * height of the rubies, so that a line's pinyin never runs into the line above (the base's glyphs,
 * about 1.4em, and the rt's line, 1.2 times its size). Set on the ruby, an inline box, it only ever
 * raises a line: a page whose own line height is larger keeps it (set on the paragraph, it replaced it).
 */
export function rubySizeCss(em: number): string {
  const pinyin = `max(${MIN_PINYIN_PX}px, ${em}em)`;
  return `ruby.zhudu-ruby > rt { font-size: ${pinyin} !important; }
ruby.zhudu-ruby { line-height: calc(1.45em + ${pinyin} * 1.2) !important; }`;
}

/**
 * Adds the ruby styles to the page and returns the function that takes them out. An adopted
 * stylesheet adds no node at all; where the content script cannot hand one to the page (some
 * Firefox versions), a `<style>` goes in through the journal instead, and its revert removes it.
 */
export function installRubyStyle(doc: Document, journal: DomJournal, sizeEm: number): () => void {
  const css = `${RUBY_CSS}\n${rubySizeCss(sizeEm)}`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (doc.adoptedStyleSheets.includes(sheet)) {
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      };
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, 'ruby');
  style.textContent = css;
  journal.insert(doc.head ?? doc.documentElement, style);
  return () => {}; // the journal's revert removes it
}
