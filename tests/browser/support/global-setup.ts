// Builds the extension and the test pages once, and serves the pages for every browser test.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTestPages, PAGES_DIR, BUILD_DIR } from './pages.js';
import { serveStatic } from './server.js';

const root = join(import.meta.dirname, '..', '..', '..');

export default async function setup(project: TestProject) {
  for (const [browser, path] of [['Chromium', '/usr/bin/chromium'], ['Firefox ESR', '/usr/bin/firefox-esr']]) {
    if (existsSync(path!)) continue;
    if (process.env.CI) throw new Error(`${path} is missing; .ci/run installs it with apt`);
    console.warn(`${browser} is not installed (apt-get install ${path!.split('/').pop()}): its browser tests will be skipped.`);
  }
  for (const target of ['chrome', 'firefox']) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', '-b', target], { cwd: root, stdio: 'inherit', env: { ...process.env, REFRAME_TEST_BUILD: '1' } });
  }
  await buildTestPages();
  const { server, url } = await serveStatic({ '/': PAGES_DIR, '/build/': BUILD_DIR, '/tinymce/': join(root, 'node_modules', 'tinymce') });
  project.provide('pagesUrl', url);
  project.provide('extensionDir', join(root, '.output', 'chrome-mv3'));
  project.provide('firefoxExtensionDir', join(root, '.output', 'firefox-mv2'));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    pagesUrl: string;
    extensionDir: string;
    firefoxExtensionDir: string;
  }
}
