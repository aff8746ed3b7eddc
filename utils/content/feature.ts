import type { ErrorLog } from './error-log';
import type { PageEnv, PageState } from './page-env';

export type { PageState } from './page-env';

/**
 * One thing ZhuDu does on a page. `key` says from the state whether it runs and how: null means
 * off, and a different key means start again (ruby drawn with other tone marks). Everything a
 * feature adds — listeners, timers, observers, marks, nodes — is tied to `signal`, and taken back
 * when it aborts. `update` hears a state change that kept its key.
 */
export interface PageFeature {
  readonly name: string;
  key(state: PageState): string | null;
  start(env: PageEnv, signal: AbortSignal): void;
  update?(state: PageState): void;
}

export interface FeatureRunner {
  /** Starts, restarts, updates or stops each feature for this state. */
  apply(state: PageState): void;
  stop(): void;
}

/** Runs a list of features over a page, one AbortController each (the shape of refined-github's feature manager). */
export function runFeatures(features: readonly PageFeature[], env: PageEnv, errors: ErrorLog): FeatureRunner {
  const running = new Map<PageFeature, { key: string; controller: AbortController }>();
  const stopOne = (feature: PageFeature) => {
    running.get(feature)?.controller.abort();
    running.delete(feature);
  };
  return {
    apply(state) {
      for (const feature of features) {
        const key = state.enabled ? feature.key(state) : null;
        const current = running.get(feature);
        if (current && current.key === key) {
          errors.guard(() => feature.update?.(state))();
          continue;
        }
        stopOne(feature);
        if (key === null) continue;
        const controller = new AbortController();
        running.set(feature, { key, controller });
        errors.guard(() => feature.start(env, controller.signal))();
      }
    },
    stop() {
      for (const feature of [...running.keys()]) stopOne(feature);
    },
  };
}
