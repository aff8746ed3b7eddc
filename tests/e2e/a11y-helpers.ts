// axe-core in a real browser page, and the light/dark theme the page is checked in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { HPage } from './harness/browsers.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs a script text in the page. Extension pages forbid eval and inline scripts; the driver's own evaluate is not bound by that CSP. */
function evaluateSource(page: HPage, source: string): Promise<unknown> {
  return page.raw.kind === 'playwright' ? page.raw.page.evaluate(source) : page.raw.page.evaluate(source);
}

/**
 * Loads axe-core into the page (once) and returns its serious and critical violations (WCAG 2.x A and
 * AA, and best practices). `within`: only the elements a selector picks (ZhuDu's own UI on a news
 * page, whose own markup is not ZhuDu's to judge).
 */
export async function seriousViolations(page: HPage, within?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await evaluateSource(page, `${AXE_SOURCE};void 0`);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: Document | { include: string[] }, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, within);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export type Scheme = 'light' | 'dark';

/**
 * Shows the page in a colour scheme. Chromium emulates prefers-color-scheme (CDP). Firefox over WebDriver
 * BiDi cannot emulate media features, so there the page's own `prefers-color-scheme: dark` rules (in the
 * document and in open shadow roots) are made to apply, and `color-scheme` is set for the form controls.
 * Firefox pages start light (the headless default), so call it on a freshly loaded page.
 */
export async function useScheme(page: HPage, scheme: Scheme): Promise<void> {
  if (page.raw.kind === 'playwright') {
    await page.raw.page.emulateMedia({ colorScheme: scheme });
    return;
  }
  if (scheme === 'light') return;
  await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) {
      for (const sheet of root.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.media.mediaText)) rule.media.mediaText = 'all';
        }
      }
    }
    document.documentElement.style.colorScheme = 'dark';
  });
}

/** Whether the page is shown dark now, as its own stylesheet decides: the luminance of its background. */
export function isDark(page: HPage): Promise<boolean> {
  return page.evaluate(() => {
    const colour = (el: Element) => getComputedStyle(el).backgroundColor;
    const bg = colour(document.body) === 'rgba(0, 0, 0, 0)' ? colour(document.documentElement) : colour(document.body);
    const [r = 0, g = 0, b = 0] = bg.match(/[\d.]+/g)!.map(Number);
    return r + g + b < 3 * 128;
  });
}
