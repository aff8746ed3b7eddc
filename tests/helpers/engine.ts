// The engine the extension's pages make, for tests and benchmarks: the bundled data, indexes built on first use.
import { BUNDLED_DATA } from '../../utils/core/bundled-data.ts';
import { createEngine } from '../../utils/core/engine.ts';

export const ENGINE = createEngine(BUNDLED_DATA);
export const { reader, glossary } = ENGINE;
