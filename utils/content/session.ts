import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS, isEnabledOn } from '../core/storage/settings';
import { ACTIVE_ATTRIBUTE, ACTIVE_VALUE } from '../dom-labels';
import { sendToBackground } from '../messaging';
import { readCorrections, readSettings, watchCorrections, watchSettings } from '../storage/local-items';
import { createArticleScope } from './article-scope';
import type { CreateCardView } from './card-model';
import { createErrorLog } from './error-log';
import { runFeatures, type PageState } from './feature';
import { frameHost } from './frames';
import { answerPopup } from './popup-answers';
import { createTermReveal, glossaryMarks } from './glossary-marks';
import { hoverCardFeature } from './hover/hover-card';
import { createLifetime } from './lifetime';
import { createLookupLog } from './lookup-log';
import type { PageEnv } from './page-env';
import { createReaderSource } from './reader-source';
import { readingCursorFeature } from './reading/reading-cursor';
import { rubyMode } from './ruby/ruby-mode';
import { createTermIndex } from './term-index';
import { signalTimers } from './timers';

export interface SessionOptions {
  createCardView: CreateCardView;
  /** Whether the extension is still there (false once it was reloaded, updated or removed). */
  alive: () => boolean;
}

/**
 * ZhuDu on one page (or frame): follows the settings, runs the features the state asks for, answers
 * the popup, and takes everything back out when it is switched off or the extension goes away.
 */
export function startSession(ctx: ContentScriptContext, options: SessionOptions, doc: Document = document): void {
  const win = doc.defaultView!;
  const lifetime = createLifetime(ctx, doc, options.alive);
  const { signal } = lifetime;
  // A copy left on the page after the extension was updated or reloaded can no longer reach the
  // background; it stops quietly instead of logging every failure.
  const errors = createErrorLog((error) => lifetime.check() && console.error('ZhuDu:', error));
  const host = frameHost(win);
  let state: PageState = { settings: { ...DEFAULT_SETTINGS }, corrections: new Map(), enabled: false };
  const article = createArticleScope(doc, () => doc.URL);
  const lookups = createLookupLog();
  const env: PageEnv = {
    doc,
    state: () => state,
    article,
    reader: createReaderSource(() => sendToBackground('getPinyinTables', undefined)),
    terms: createTermIndex((texts) => sendToBackground('scanTerms', { texts }), (error) => !signal.aborted && errors.report(error)),
    lookups,
    errors,
    timers: signalTimers(win, signal),
    createCardView: options.createCardView,
    lookUpWord: (request) => sendToBackground('lookUpWord', request),
    lookUpBlock: (request) => sendToBackground('lookUpBlock', request),
    prepareWords: () => sendToBackground('prepareWords', undefined),
    saveCorrection: (word, reading, shown) => sendToBackground('saveCorrection', { word, reading, ...(shown && { shown }) }),
  };
  const readingCursor = readingCursorFeature();
  const features = runFeatures([glossaryMarks, hoverCardFeature(), rubyMode, readingCursor], env, errors);
  const reveal = createTermReveal(env, signal);

  const apply = (change: Partial<PageState>) => {
    const next = { ...state, ...change };
    state = { ...next, enabled: isEnabledOn(next.settings, host) && !signal.aborted };
    if (state.enabled) doc.documentElement.setAttribute(ACTIVE_ATTRIBUTE, ACTIVE_VALUE);
    else doc.documentElement.removeAttribute(ACTIVE_ATTRIBUTE);
    features.apply(state);
  };

  const stopAnswering = answerPopup(env, reveal, () => readingCursor.begin());

  const stopWatching = [
    watchSettings(errors.guard((settings) => apply({ settings }))),
    watchCorrections(errors.guard((corrections) => apply({ corrections }))),
  ];
  void Promise.all([readSettings(), readCorrections()]).then(
    errors.guard(([settings, corrections]) => apply({ settings, corrections })),
    (error: unknown) => !signal.aborted && errors.report(error),
  );

  signal.addEventListener('abort', () => {
    stopAnswering();
    for (const stop of stopWatching) stop();
    features.stop();
    doc.documentElement.removeAttribute(ACTIVE_ATTRIBUTE);
  });
}
