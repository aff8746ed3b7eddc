/**
 * Word frequencies for ranking English search: @pinyin-pro/data's complete dictionary (ISC, already a
 * devDependency for the pinyin data), 348,838 words with their frequency in running text. CEDICT has
 * none, and "common before obscure" needs one: 投资 (1.4e-8) is what "invest" should find first, not
 * 入股 (1.8e-10). Only a rank byte per entry reaches the packed file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRequire } from './project-root';

const require = projectRequire;

export interface WordFrequency {
  frequency: (word: string) => number | undefined;
  /** `@pinyin-pro/data@1.3.1 complete.json`. */
  source: string;
}

export function readWordFrequency(): WordFrequency {
  const path = require.resolve('@pinyin-pro/data/complete.json');
  // The package maps every subpath into json/, so its package.json is found from there.
  const manifest = join(dirname(path), '..', 'package.json');
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const words = JSON.parse(readFileSync(path, 'utf8')) as Record<string, [string, number]>;
  return {
    frequency: (word) => (Object.hasOwn(words, word) ? words[word]![1] : undefined),
    source: `@pinyin-pro/data@${version} complete.json`,
  };
}
