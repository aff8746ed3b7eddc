/**
 * Every name ZhuDu puts into a host page. One prefix, declared once, so that what we add is easy to
 * find, to style and to take back out.
 */
export const PREFIX = 'zhudu';

/** Set on <html> while ZhuDu is active on the page; tests and page authors can rely on it. */
export const ACTIVE_ATTRIBUTE = 'data-zhudu';
export const ACTIVE_VALUE = 'on';

/** Custom element that hosts the tooltip's shadow root. */
export const TOOLTIP_HOST_TAG = 'zhudu-tooltip';

/** CSS Custom Highlight name for the hovered word. */
export const WORD_HIGHLIGHT = 'zhudu-word';

/** CSS Custom Highlight for glossary terms in the article. */
export const TERM_HIGHLIGHT = 'zhudu-term';

/** CSS Custom Highlight for the word the keyboard reading cursor is on. */
export const CURSOR_HIGHLIGHT = 'zhudu-cursor';

/** CSS Custom Highlight that flashes a term the popup asked to show. */
export const FLASH_HIGHLIGHT = 'zhudu-flash';

/** Class of the <ruby> elements ruby mode wraps around each word. */
export const RUBY_CLASS = 'zhudu-ruby';

/** Class of one syllable inside a ruby's <rt>; tone colours add `${TONE_CLASS_PREFIX}1`…`5`. */
export const RUBY_SYLLABLE_CLASS = 'zhudu-syllable';
export const TONE_CLASS_PREFIX = 'zhudu-tone';

/**
 * Holds a syllable's pinyin. The stylesheet shows it with `content: attr(…)`, so the page's DOM
 * carries no pinyin text: copy, find-in-page and the page's own textContent see only the hanzi.
 */
export const PINYIN_ATTRIBUTE = 'data-zhudu-pinyin';

/** Marks the <style> element ZhuDu adds where adoptedStyleSheets cannot be used. */
export const STYLE_ATTRIBUTE = 'data-zhudu-style';

/** Marks the element that hosts ZhuDu's card (a plain element: no custom element name a page could define first). */
export const UI_ATTRIBUTE = 'data-zhudu-ui';
