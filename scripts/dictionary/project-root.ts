import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root and a `require` that resolves packages from it. Strings only: under happy-dom
 * (the DOM tests) the global URL is happy-dom's, which node:url does not accept.
 */
export const ROOT = `${dirname(dirname(dirname(fileURLToPath(import.meta.url))))}/`;
export const projectRequire = createRequire(join(ROOT, 'package.json'));
