import { readFileSync } from 'node:fs';

/** The eight seed articles of tests/fixtures/articles.json. */
export interface SeedArticle {
  slug: string;
  pretitle: string;
  title: string;
  subtitle: string;
  paragraphs: string[];
}

export const SEEDS = JSON.parse(readFileSync('tests/fixtures/articles.json', 'utf8')) as SeedArticle[];

export function seed(slug: string): SeedArticle {
  const found = SEEDS.find((s) => s.slug === slug);
  if (!found) throw new Error(`no seed article ${slug}`);
  return found;
}
