import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEVELOPMENT_KEY, GECKO_ID } from './lib/extension/identity.js';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // The sources zip for Firefox's reviewers: everything needed to rebuild, nothing generated.
    excludeSources: ['.output/**', 'dist/**', 'coverage/**', 'tests/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Reframe',
    description: 'Notice victim-blaming wording in case notes as you type, with a better phrasing and a short explanation. Nothing leaves your browser.',
    // alarms: the periodic refresh of the organisation's rule packs (docs/privacy.md).
    permissions: ['storage', 'alarms'],
    // Development and test builds carry the key that fixes the Chrome id; store builds (npm run zip) do not.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : { storage: { managed_schema: 'managed_schema.json' }, ...(process.env.REFRAME_STORE_BUILD ? {} : { key: DEVELOPMENT_KEY }) }),
  }),
});
