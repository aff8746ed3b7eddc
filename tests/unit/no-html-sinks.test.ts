import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source folders that ship in the extension. Tests may build constant fixtures with innerHTML. */
const SHIPPED = ['entrypoints', 'components', 'hooks', 'utils'];
const SINKS = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('no HTML sinks', () => {
  it('no shipped source sets HTML from a string', () => {
    const offenders = SHIPPED.flatMap(sourceFiles).filter((file) => SINKS.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the scan itself catches a sink', () => {
    expect(SINKS.test('el.innerHTML = text')).toBe(true);
    expect(SINKS.test('el.insertAdjacentHTML("beforeend", x)')).toBe(true);
    expect(SINKS.test('el.textContent = text')).toBe(false);
  });
});
