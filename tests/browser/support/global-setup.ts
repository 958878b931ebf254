// Builds the extension and the test pages once, and serves the pages for every browser test.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTestPages, PAGES_DIR, BUILD_DIR } from './pages.js';
import { serveStatic } from './server.js';

const root = join(import.meta.dirname, '..', '..', '..');

export default async function setup(project: TestProject) {
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (process.env.CI) throw new Error(`${chromium} is missing; .ci/run installs it with apt`);
    console.warn('Chromium is not installed (apt-get install chromium): browser tests will be skipped.');
  }
  execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, REFRAME_TEST_BUILD: '1' } });
  await buildTestPages();
  const { server, url } = await serveStatic({ '/': PAGES_DIR, '/build/': BUILD_DIR, '/tinymce/': join(root, 'node_modules', 'tinymce') });
  project.provide('pagesUrl', url);
  project.provide('extensionDir', join(root, '.output', 'chrome-mv3'));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    pagesUrl: string;
    extensionDir: string;
  }
}
