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
