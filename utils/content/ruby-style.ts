import { PINYIN_ATTRIBUTE, RUBY_CLASS, RUBY_SYLLABLE_CLASS, STYLE_ATTRIBUTE, TONE_CLASS_PREFIX } from '../dom-labels';
import type { DomJournal } from '../page/dom-journal';

const RT = `ruby.${RUBY_CLASS} > rt`;
const SYLLABLE = `${RT} > .${RUBY_SYLLABLE_CLASS}`;

/** Readable on the white of the zznews pages; the same hues as the hover card's light theme. */
const TONE_COLORS = ['#c62828', '#a35200', '#2e7d32', '#1f5fbf', '#5f6368'];

/**
 * Ruby mode's page styles. Everything is `!important` with a class in the selector, because pages
 * restyle `ruby`, `rt` and `span` with `!important` (tests/fixtures/pages/hostile-css.html). The
 * pinyin is generated content, so it is never selected, copied or found in the page: the DOM has
 * none (verified in Chromium and Firefox: selection, clipboard, innerText, window.find).
 */
export const RUBY_CSS = `
ruby.${RUBY_CLASS} {
  display: ruby !important;
  ruby-position: over !important;
  ruby-align: center !important;
}
${RT} {
  display: ruby-text !important;
  font-size: 0.5em !important;
  /* Latin fonts first: the page's CJK stack may draw ā but not ǎ (seen with zh-CN fallbacks on Linux). */
  font-family: "Segoe UI", Arial, "Helvetica Neue", "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif !important;
  font-weight: normal !important;
  font-style: normal !important;
  line-height: 1.15 !important;
  letter-spacing: normal !important;
  word-spacing: normal !important;
  text-transform: none !important;
  text-indent: 0 !important;
  text-decoration: none !important;
  white-space: nowrap !important;
  color: inherit !important;
  padding: 0 0.15em !important;
  visibility: visible !important;
  opacity: 1 !important;
  -webkit-user-select: none !important;
  user-select: none !important;
}
${SYLLABLE} {
  display: inline !important;
  font: inherit !important;
  position: static !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: none !important;
}
${SYLLABLE} + .${RUBY_SYLLABLE_CLASS} { margin-left: 0.3em !important; }
${SYLLABLE}::before { content: attr(${PINYIN_ATTRIBUTE}) !important; }
${TONE_COLORS.map((color, i) => `${RT} > .${TONE_CLASS_PREFIX}${i + 1} { color: ${color} !important; }`).join('\n')}
`;

/**
 * Adds the ruby styles to the page and returns the function that takes them out. An adopted
 * stylesheet adds no node at all; where the content script cannot hand one to the page (some
 * Firefox versions), a `<style>` goes in through the journal instead, and its revert removes it.
 */
export function installRubyStyle(doc: Document, journal: DomJournal): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RUBY_CSS);
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
  style.textContent = RUBY_CSS;
  journal.insert(doc.head ?? doc.documentElement, style);
  return () => {}; // the journal's revert removes it
}
