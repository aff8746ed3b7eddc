import { WORD_HIGHLIGHT } from '../dom-labels';

export interface WordHighlighter {
  /** Marks the range; false when this browser cannot, and the caller must draw the mark itself. */
  show(range: Range): boolean;
  clear(): void;
  destroy(): void;
}

type HighlightWindow = Window & {
  Highlight?: new (...ranges: Range[]) => unknown;
  CSS?: { highlights?: Map<string, unknown> };
};

/**
 * Marks the hovered word with the CSS Custom Highlight API: no element is added around the text and
 * the user's selection is never touched. The ::highlight rule goes in through adoptedStyleSheets, so
 * no <style> node enters the page either.
 */
export function createWordHighlighter(doc: Document): WordHighlighter {
  const win = doc.defaultView as HighlightWindow | null;
  let sheet: CSSStyleSheet | null = null;
  const supported = (() => {
    try {
      if (!win?.Highlight || !win.CSS?.highlights || !('adoptedStyleSheets' in doc)) return false;
      sheet = new CSSStyleSheet();
      sheet.replaceSync(`::highlight(${WORD_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.45); }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return true;
    } catch {
      // Firefox content scripts may not hand their own objects to the page's registries.
      return false;
    }
  })();

  return {
    show(range) {
      if (!supported) return false;
      try {
        win!.CSS!.highlights!.set(WORD_HIGHLIGHT, new win!.Highlight!(range));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      if (supported) win!.CSS!.highlights!.delete(WORD_HIGHLIGHT);
    },
    destroy() {
      this.clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
