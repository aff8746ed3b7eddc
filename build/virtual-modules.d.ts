// Modules the build makes (build/glossary-assets.ts).
declare module 'virtual:zhudu-glossary-forms' {
  import type { MatcherForm } from '../utils/core/glossary/match';
  export const GLOSSARY_MATCHER_FORMS: readonly MatcherForm[];
}
