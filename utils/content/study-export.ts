import type { StudyExtras } from '../messaging';
import { lookupsOf } from './lookup-log';

/**
 * Answers the study sheet's getStudyExtras: the page's address (the extension has no "tabs"
 * permission, so only the page can tell it) and the words looked up on it.
 */
export function studyExtras(doc: Document, loc: Location): StudyExtras {
  return { url: loc.href, lookups: lookupsOf(doc) };
}
