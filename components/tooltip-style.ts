import { DARK, LIGHT, toneRules, type Palette } from './palette';

/** Colours of the card in one theme. */
function cardColours(p: Palette): string {
  return `
.card { background: ${p.bg}; color: ${p.fg}; border-color: ${p.border}; }
.gloss, .item-en, .label, .source, .hint, .status { color: ${p.muted}; }
.term, .speak { border-top-color: ${p.rule}; }
.scope, .period { background: ${p.chip.bg}; color: ${p.chip.fg}; }
.scope-hunan { background: ${p.hunan.bg}; color: ${p.hunan.fg}; }
.scope-zhuzhou { background: ${p.zhuzhou.bg}; color: ${p.zhuzhou.fg}; }
.sources a { color: ${p.link}; }
.speak button { background: ${p.chip.bg}; color: ${p.fg}; border-color: ${p.border}; }
.card.pinned:focus-visible, .card button:focus-visible { outline: 3px solid ${p.focus}; outline-offset: 1px; }
${toneRules(p)}`;
}

/**
 * Styles of the tooltip's shadow root. The host resets everything it inherits (`all: initial`), so
 * the page's CSS — `!important` line-heights, huge z-indexes, user-select rules — cannot reach in.
 * Sizes are in rem and em, so the card follows the reader's font size and zoom; the floor keeps it
 * readable on pages that shrink the root font (html { font-size: 62.5% }).
 */
export const TOOLTIP_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  display: block !important;
}
.card {
  position: fixed;
  box-sizing: border-box;
  max-width: 22em;
  padding: 0.45em 0.7em 0.5em;
  border-radius: 0.5em;
  border: 1px solid;
  box-shadow: 0 0.25em 0.9em rgba(0, 0, 0, 0.18);
  font: max(1rem, 14px)/1.35 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  text-align: left;
  user-select: none;
}
.pinyin { font-size: 1.25em; font-weight: 600; letter-spacing: 0.01em; }
.syllable + .syllable { margin-left: 0.3em; }
.hanzi { font-size: 1.05em; margin-top: 0.1em; }
.name { font-size: 0.9em; margin-top: 0.25em; font-style: italic; }
.gloss { font-size: 0.85em; margin-top: 0.1em; }
.card.pinned { pointer-events: auto; max-height: 70vh; overflow: auto; padding-right: 2em; outline: none; }
.close { position: absolute; top: 0.2em; right: 0.3em; border: 0; background: none; font: inherit; font-size: 1.3em; line-height: 1; cursor: pointer; color: inherit; padding: 0.1em 0.3em; }
.speak { display: flex; flex-wrap: wrap; gap: 0.4em; margin-top: 0.45em; padding-top: 0.45em; border-top: 1px solid; }
.speak button { font: inherit; font-size: 0.85em; border: 1px solid; border-radius: 0.3em; padding: 0.15em 0.6em; cursor: pointer; }
.term { margin-top: 0.45em; padding-top: 0.45em; border-top: 1px solid; font-size: 0.88em; max-width: 26em; }
.term p { margin: 0.2em 0; }
.entry-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4em; }
.entry-term { font-weight: 700; font-size: 1.1em; }
.scope, .period { font-size: 0.8em; border-radius: 0.2em; padding: 0 0.35em; }
.items { margin: 0.2em 0 0.2em 1.4em; padding: 0; }
.hint { font-size: 0.8em; margin: 0.35em 0 0; }
.also { font-size: 0.8em; margin-top: 0.2em; opacity: 0.85; }
.fix { margin-top: 0.4em; font-size: 0.85em; }
.fix summary { cursor: pointer; }
.fix-reading label { display: block; margin: 0.3em 0; }
.fix-label { display: block; margin-bottom: 0.2em; }
.fix-reading input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.2em 0.35em; }
.fix-actions { display: flex; gap: 0.4em; flex-wrap: wrap; }
.fix-actions button { font: inherit; cursor: pointer; }
.fix-error { color: #b3261e; margin: 0.3em 0 0; }
.fix-done { margin: 0.3em 0 0; }
.status { font-style: italic; }
.sources { margin: 0.2em 0 0 1.2em; padding: 0; }
.word-box {
  position: fixed;
  background: rgba(255, 214, 0, 0.35);
  border-radius: 2px;
}
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${cardColours(LIGHT)}
@media (prefers-color-scheme: dark) {
${cardColours(DARK)}
}
`;
