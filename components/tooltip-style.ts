/**
 * Styles of the tooltip's shadow root. The host resets everything it inherits (`all: initial`), so
 * the page's CSS — `!important` line-heights, huge z-indexes, user-select rules — cannot reach in.
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
  border-radius: 8px;
  background: #fffef8;
  color: #1f2328;
  border: 1px solid #d0c8b0;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18);
  font: 16px/1.35 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  text-align: left;
  user-select: none;
}
.pinyin { font-size: 1.25em; font-weight: 600; letter-spacing: 0.01em; }
.syllable + .syllable { margin-left: 0.3em; }
.hanzi { font-size: 1.05em; margin-top: 0.1em; }
.name { font-size: 0.9em; margin-top: 0.25em; font-style: italic; }
.gloss { font-size: 0.85em; color: #57606a; margin-top: 0.1em; }
.tone1 { color: #c62828; }
.tone2 { color: #a35200; }
.tone3 { color: #2e7d32; }
.tone4 { color: #1f5fbf; }
.tone5 { color: #5f6368; }
.card.pinned { pointer-events: auto; max-height: 70vh; overflow: auto; padding-right: 2em; outline: none; }
.card.pinned:focus-visible { box-shadow: 0 0 0 3px #1f5fbf, 0 4px 14px rgba(0, 0, 0, 0.18); }
.close { position: absolute; top: 0.2em; right: 0.3em; border: 0; background: none; font: inherit; font-size: 1.3em; line-height: 1; cursor: pointer; color: inherit; padding: 0.1em 0.3em; }
.term { margin-top: 0.45em; padding-top: 0.45em; border-top: 1px solid #e3dccb; font-size: 0.88em; max-width: 26em; }
.term p { margin: 0.2em 0; }
.entry-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4em; }
.entry-term { font-weight: 700; font-size: 1.1em; }
.scope, .period { font-size: 0.8em; border-radius: 3px; padding: 0 0.35em; background: #eef2f7; color: #33475b; }
.scope-hunan { background: #f6ece0; color: #6b3f12; }
.scope-zhuzhou { background: #f7e6e4; color: #7d2119; }
.items { margin: 0.2em 0 0.2em 1.4em; padding: 0; }
.item-en, .label, .source, .hint, .status { color: #57606a; }
.hint { font-size: 0.8em; }
.status { font-style: italic; }
.sources { margin: 0.2em 0 0 1.2em; padding: 0; }
.sources a { color: #1f5fbf; }
.word-box {
  position: fixed;
  background: rgba(255, 214, 0, 0.35);
  border-radius: 2px;
}
@media (prefers-color-scheme: dark) {
  .card { background: #22262b; color: #e6edf3; border-color: #444c56; }
  .gloss, .item-en, .label, .source, .hint, .status { color: #9da7b3; }
  .term { border-top-color: #444c56; }
  .scope, .period { background: #2d333b; color: #c9d1d9; }
  .sources a { color: #79c0ff; }
  .tone1 { color: #ff7b72; }
  .tone2 { color: #f0a34a; }
  .tone3 { color: #7ee787; }
  .tone4 { color: #79c0ff; }
  .tone5 { color: #b1bac4; }
}
`;
