import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The engine runs in the background service worker, in Node for the CLI and tests, and anywhere else
// the lead engineer puts it: it imports nothing but its own files and keeps no state between calls
// except inside the object createDictionary returns.
const DIR = new URL('../../../utils/core/dictionary/', import.meta.url);
const files = readdirSync(DIR).filter((name) => name.endsWith('.ts'));

describe('utils/core/dictionary is pure', () => {
  it.each(files)('%s imports only its own files', (name) => {
    const source = readFileSync(new URL(name, DIR), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? match[2]);
    for (const specifier of imports) expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\/[\w-]+$/);
    expect(source).not.toMatch(/^\s*import\s+['"]/m); // no side-effect imports
  });

  it.each(files)('%s has no module-level let or var, and no browser globals', (name) => {
    const source = readFileSync(new URL(name, DIR), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(source).not.toMatch(/^(?:export )?(?:let|var)\s/m);
    expect(source).not.toMatch(/\b(?:browser|chrome|document|window)\./);
  });
});
