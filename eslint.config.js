// ESLint: typescript-eslint's recommended rules, no HTML sinks, and the layers of the code as
// import boundaries (import-x/no-restricted-paths: a file may not import from the zones named).
// `npm run lint` runs it with --max-warnings 0; `npm test` runs that first.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/** Modules that touch the browser or a framework: the pure core may import none of them. */
const BROWSER_AND_FRAMEWORKS = ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', '@wxt-dev/*', 'webextension-polyfill'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'e2e-output/**', 'tests/real-news/**/work/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './utils/core',
              from: ['./utils/page', './utils/content', './utils/storage', './utils/background', './utils/messaging.ts', './utils/i18n.ts', './utils/speech.ts', './utils/ui-language.ts', './components', './hooks', './entrypoints'],
              message: 'utils/core is pure: it imports only utils/core.',
            },
            { target: './utils', from: ['./components', './hooks', './entrypoints'], message: 'utils/ never imports the UI: components and hooks import utils, not the other way.' },
            { target: './utils/page', from: ['./utils/content', './utils/storage', './utils/background', './utils/messaging.ts'], message: 'utils/page is DOM logic with no extension APIs.' },
            { target: './components', from: ['./entrypoints'], message: 'Entry points compose components, not the reverse.' },
          ],
        },
      ],
    },
  },
  {
    // Page and data text never becomes HTML (the build also strips Preact's one innerHTML branch).
    // Tests may build their fixtures from markup; the product never does.
    files: ['utils/**', 'components/**', 'entrypoints/**', 'hooks/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No string is ever set as HTML: build nodes with createElement/textContent or Preact.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]", message: 'No string is ever parsed as HTML.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No string is ever written as HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No string is ever set as HTML.' },
      ],
    },
  },
  {
    files: ['utils/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: BROWSER_AND_FRAMEWORKS, message: 'utils/core runs without a browser: no wxt, preact or extension APIs.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'location', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['utils/page/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*'], message: 'utils/page takes the DOM as parameters and uses no extension API or framework.' }] }],
    },
  },
);
