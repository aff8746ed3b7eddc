import { defineConfig } from 'wxt';
import { noHtmlSinks } from './build/no-html-sinks';

// Firefox needs a fixed add-on id for storage and for the e2e harness to pin its UUID.
export const GECKO_ID = 'zhudu@zhudu.example';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'ZhuDu 株读',
    description: 'Word pinyin on hover for Zhuzhou local news (株洲新闻网, 株洲日报).',
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'ZhuDu 株读' },
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
  vite: () => ({ plugins: [noHtmlSinks()] }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['e2e-output/**', 'demo-output/**'],
  },
});
