import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Reframe',
    description: 'Notice victim-blaming wording in case notes as you type, with a better phrasing and a short explanation. Nothing leaves your browser.',
    permissions: ['storage'],
  },
});
