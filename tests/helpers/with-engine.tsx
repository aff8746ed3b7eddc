import type { ComponentChildren } from 'preact';
import { EngineContext } from '@/hooks/use-engine';
import { ENGINE } from './engine';

/** Wraps a component as its page's main.tsx does: with the bundled engine (render(…, { wrapper: WithEngine })). */
export function WithEngine({ children }: { children?: ComponentChildren }) {
  return <EngineContext.Provider value={ENGINE}>{children}</EngineContext.Provider>;
}
