import type { Plugin } from 'vite';

/**
 * Removes Preact's one HTML sink, the `dangerouslySetInnerHTML` branch that assigns `innerHTML`.
 * ZhuDu never renders HTML strings (page text and glossary data are always text), so the branch is
 * dead code; replacing it with a throw makes any future use fail loudly, and leaves `web-ext lint`
 * with nothing to warn about. The build fails if Preact's code no longer has exactly one such
 * assignment, so an upgrade cannot silently bring a sink back.
 */
export function noHtmlSinks(): Plugin {
  const ASSIGNMENT = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;
  return {
    name: 'zhudu-no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const found = code.match(ASSIGNMENT)?.length ?? 0;
      if (found !== 1) throw new Error(`no-html-sinks: expected 1 innerHTML assignment in Preact, found ${found}`);
      return {
        code: code.replace(ASSIGNMENT, '(()=>{throw new Error("ZhuDu renders no HTML strings")})()'),
        map: null,
      };
    },
  };
}
