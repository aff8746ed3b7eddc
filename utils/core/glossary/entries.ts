import { COUNTY_A } from './data/county-a';
import { ECONOMY_E } from './data/economy-e';
import { ECONOMY_F } from './data/economy-f';
import { HUNAN } from './data/hunan';
import { INNOVATION_A } from './data/innovation-a';
import { JARGON_ECONOMY } from './data/jargon-a';
import { JARGON_SOCIETY } from './data/jargon-b';
import { JARGON_ECONOMY_C } from './data/jargon-c';
import { JARGON_GOVERNANCE_D } from './data/jargon-d';
import { JARGON_E } from './data/jargon-e';
import { JARGON_F } from './data/jargon-f';
import { JARGON_G } from './data/jargon-g';
import { JARGON_H } from './data/jargon-h';
import { METAPHOR_A } from './data/metaphor-a';
import { HUNAN_PROGRAMMES } from './data/hunan-b';
import { HUNAN_C } from './data/hunan-c';
import { HUNAN_D } from './data/hunan-d';
import { HUNAN_E } from './data/hunan-e';
import { HUNAN_CITIES_A } from './data/hunan-cities-a';
import { NATIONAL_FRONT_PAGE } from './data/national-a';
import { NATIONAL_PARTY } from './data/national-b';
import { NATIONAL_POLICY } from './data/national-c';
import { NATIONAL_STRATEGY } from './data/national-d';
import { NATIONAL_POLITICS } from './data/national-e';
import { NATIONAL_JARGON_F } from './data/national-f';
import { NATIONAL_MEETINGS } from './data/national-g';
import { NATIONAL_H } from './data/national-h';
import { NATIONAL_I } from './data/national-i';
import { NATIONAL_J } from './data/national-j';
import { RECALL_JARGON } from './data/recall-a';
import { RECURRING_A } from './data/recurring-a';
import { SOCIETY_A } from './data/society-a';
import { ZHUZHOU } from './data/zhuzhou';
import { ZHUZHOU_BRANDS } from './data/zhuzhou-b';
import { ZHUZHOU_C } from './data/zhuzhou-c';
import { ZHUZHOU_D } from './data/zhuzhou-d';
import { ZHUZHOU_E } from './data/zhuzhou-e';
import type { GlossaryEntry } from './types';

/**
 * The whole glossary, sorted by id. The data files group entries by scope and theme; facts come
 * from shared/research/slogans-facts.md and sources re-checked for this project, wording is ours.
 * Code reads it through a glossary object (`createGlossary` in glossary.ts).
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
  ...NATIONAL_FRONT_PAGE,
  ...NATIONAL_PARTY,
  ...NATIONAL_POLICY,
  ...NATIONAL_STRATEGY,
  ...NATIONAL_POLITICS,
  ...NATIONAL_JARGON_F,
  ...NATIONAL_MEETINGS,
  ...NATIONAL_H,
  ...NATIONAL_I,
  ...NATIONAL_J,
  ...HUNAN,
  ...JARGON_ECONOMY,
  ...JARGON_SOCIETY,
  ...JARGON_ECONOMY_C,
  ...JARGON_GOVERNANCE_D,
  ...JARGON_E,
  ...JARGON_F,
  ...JARGON_G,
  ...JARGON_H,
  ...HUNAN_PROGRAMMES,
  ...HUNAN_C,
  ...HUNAN_D,
  ...HUNAN_E,
  ...HUNAN_CITIES_A,
  ...ZHUZHOU,
  ...ZHUZHOU_BRANDS,
  ...ZHUZHOU_C,
  ...ZHUZHOU_D,
  ...ZHUZHOU_E,
  ...RECALL_JARGON,
  ...RECURRING_A,
  ...ECONOMY_E,
  ...ECONOMY_F,
  ...SOCIETY_A,
  ...INNOVATION_A,
  ...COUNTY_A,
  ...METAPHOR_A,
].sort((a, b) => a.id.localeCompare(b.id));
