export interface PageHighlight {
  /** Marks these ranges (replacing the previous ones); false when this browser cannot. */
  set(ranges: AbstractRange[]): boolean;
  /** Marks these ranges too, keeping the ones marked (no new set is built: painting a long page in slices stays linear). */
  add(ranges: AbstractRange[]): boolean;
  destroy(): void;
}

interface HighlightSet {
  add(range: AbstractRange): void;
}
type HighlightWindow = Window & {
  Highlight?: new (...ranges: AbstractRange[]) => HighlightSet;
  CSS?: { highlights?: Map<string, HighlightSet> };
};

/**
 * A named CSS Custom Highlight: ranges of the page's text are painted without adding an element
 * around them and without touching the user's selection. Its ::highlight rule goes in through
 * adoptedStyleSheets, so no <style> node enters the page either. Where either API is missing,
 * `set` returns false and the caller draws the mark itself.
 */
export function createPageHighlight(doc: Document, name: string, css: string): PageHighlight {
  const win = doc.defaultView as HighlightWindow | null;
  let sheet: CSSStyleSheet | null = null;
  let supported = Boolean(win?.Highlight && win.CSS?.highlights && 'adoptedStyleSheets' in doc);
  let styled = false;
  // The rule goes in with the first marks, not before: adopting a sheet restyles the whole page,
  // which a page nobody hovers (or without terms) should not pay for as it loads.
  const addStyle = () => {
    if (styled || !css) return;
    styled = true;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null;
      supported = false;
    }
  };

  const clear = () => {
    if (supported) win!.CSS!.highlights!.delete(name);
  };

  return {
    set(ranges) {
      if (!supported) return false;
      if (ranges.length === 0) {
        clear();
        return true;
      }
      addStyle();
      if (!supported) return false;
      try {
        win!.CSS!.highlights!.set(name, new win!.Highlight!(...ranges));
        return true;
      } catch {
        return false;
      }
    },
    add(ranges) {
      if (!supported) return false;
      if (ranges.length === 0) return true;
      addStyle();
      if (!supported) return false;
      try {
        const current = win!.CSS!.highlights!.get(name);
        if (!current) win!.CSS!.highlights!.set(name, new win!.Highlight!(...ranges));
        else for (const range of ranges) current.add(range);
        return true;
      } catch {
        return false;
      }
    },
    destroy() {
      clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
