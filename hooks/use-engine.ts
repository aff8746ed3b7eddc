import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Engine } from '@/utils/core/engine';

/** The engine of an extension page, made once by its entry point (main.tsx) from the bundled data. */
export const EngineContext = createContext<Engine | null>(null);

export function useEngine(): Engine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('ZhuDu: no engine (render the page inside <EngineContext.Provider>)');
  return engine;
}
