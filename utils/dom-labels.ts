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
